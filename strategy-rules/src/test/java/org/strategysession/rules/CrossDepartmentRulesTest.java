package org.strategysession.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.Goal;
import org.strategysession.model.Need;
import org.strategysession.model.Remark;
import org.strategysession.model.RemarkKind;
import org.strategysession.model.Task;
import org.strategysession.model.TaskStatus;
import org.strategysession.rules.testing.ReportAssert;
import org.strategysession.rules.testing.RuleVerifier;

/**
 * cross-department.drl: NEED_UNANSWERED, NEED_TO_OWN_DEPARTMENT, SUPPORT_TOO_LATE,
 * SYSTEMIC_PROBLEM_UNADDRESSED.
 */
class CrossDepartmentRulesTest {
  private static final Department SALES = department("sales", "Sales", DepartmentKind.SALES);
  private static final Department MARKETING =
      department("marketing", "Marketing", DepartmentKind.MARKETING);
  private static final Department HR = department("hr", "HR", DepartmentKind.HR);

  /** Sales' task that needs leads from marketing, months 3–6. */
  private static final Task MEETINGS = Task.builder().id("sales.t2").title("Distributor meetings")
      .addMonths(3, 4, 5, 6).addNeeds(Need.of("marketing", "300 qualified leads")).build();

  /** A department without a head, so that no other finding gets in the way. */
  private static Department department(String id, String name, DepartmentKind kind) {
    return Department.builder().id(id).name(name).kind(kind).build();
  }

  private static DepartmentPlan plan(String department, Task... tasks) {
    return DepartmentPlan.builder().department(department).addTasks(tasks).build();
  }

  private static Task campaign(int... months) {
    return Task.builder().id("marketing.t1").title("Lead campaign").addMonths(months)
        .addSupports("sales.t2").build();
  }

  private static Task dropped(Task task) {
    return Task.builder().from(task).status(TaskStatus.DROPPED).build();
  }

  // ---- NEED_UNANSWERED ------------------------------------------------------------------

  @Test
  void NEED_UNANSWERED_fires_on_the_task_with_the_need() {
    ReportAssert report = RuleVerifier.forRule("NEED_UNANSWERED")
        .given(SALES, MARKETING, plan("sales", MEETINGS), plan("marketing"))
        .fires("NEED_UNANSWERED").on("sales.t2", 1)
        .firesNothingElse();
    Finding f = report.findings("NEED_UNANSWERED", "sales.t2").get(0);
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/plans/0/tasks/0/needs/0");
    assertThat(f.message()).isEqualTo("Task sales.t2 \"Distributor meetings\" needs from "
        + "department marketing \"Marketing\": 300 qualified leads; no task of marketing "
        + "\"Marketing\" supports it");
  }

  @Test
  void NEED_UNANSWERED_fires_once_per_need_when_the_document_repeats_the_task_and_the_department() {
    // Each copy of the task has its need: 200 findings, not one per combination of the 200
    // tasks, 200 departments and 200 needs (eight million), which took minutes.
    Object[] facts = new Object[203];
    Task[] tasks = new Task[200];
    for (int i = 0; i < 200; i++) {
      tasks[i] = MEETINGS;
      facts[i] = MARKETING;
    }
    facts[200] = SALES;
    facts[201] = plan("sales", tasks);
    facts[202] = plan("marketing");
    ReportAssert report = RuleVerifier.forRule("NEED_UNANSWERED").given(facts)
        .fires("NEED_UNANSWERED").on("sales.t2", 200)
        .firesNothingElse();
    assertThat(report.findings("NEED_UNANSWERED", "sales.t2")).extracting(Finding::message)
        .containsOnly("Task sales.t2 \"Distributor meetings\" needs from department marketing"
            + " \"Marketing\": 300 qualified leads; no task of marketing \"Marketing\" supports it");
  }

  @Test
  void NEED_UNANSWERED_negative_control_a_task_of_the_asked_department_supports_it() {
    RuleVerifier.forRule("NEED_UNANSWERED")
        .given(SALES, MARKETING, plan("sales", MEETINGS), plan("marketing", campaign(2, 3)))
        .firesNothing();
  }

  @Test
  void NEED_UNANSWERED_fires_when_the_only_support_is_dropped_or_from_another_department() {
    RuleVerifier.forRule("NEED_UNANSWERED")
        .given(SALES, MARKETING, plan("sales", MEETINGS),
            plan("marketing", dropped(campaign(2, 3))))
        .fires("NEED_UNANSWERED").on("sales.t2", 1)
        .firesNothingElse();
    Task hrHelp = Task.builder().id("hr.t1").addSupports("sales.t2").build();
    RuleVerifier.forRule("NEED_UNANSWERED")
        .given(SALES, MARKETING, HR, plan("sales", MEETINGS), plan("hr", hrHelp))
        .fires("NEED_UNANSWERED").on("sales.t2", 1)
        .firesNothingElse();
  }

  @Test
  void NEED_UNANSWERED_fires_once_per_unanswered_need() {
    Task twoNeeds = Task.builder().from(MEETINGS)
        .addNeeds(Need.of("hr", "A recruiter"), Need.of("marketing", "A presentation")).build();
    ReportAssert report = RuleVerifier.forRule("NEED_UNANSWERED")
        .given(SALES, MARKETING, HR, plan("sales", twoNeeds), plan("hr"))
        .fires("NEED_UNANSWERED").on("sales.t2", 3)
        .firesNothingElse();
    assertThat(report.findings("NEED_UNANSWERED", "sales.t2"))
        .extracting(f -> f.path().orElseThrow())
        .containsExactlyInAnyOrder("/plans/0/tasks/0/needs/0", "/plans/0/tasks/0/needs/1",
            "/plans/0/tasks/0/needs/2");
    // one marketing task answers both needs addressed to marketing
    RuleVerifier.forRule("NEED_UNANSWERED")
        .given(SALES, MARKETING, HR, plan("sales", twoNeeds), plan("marketing", campaign(2)))
        .fires("NEED_UNANSWERED").on("sales.t2", 1)
        .firesNothingElse();
  }

  @Test
  void NEED_UNANSWERED_negative_control_dropped_task_with_the_need() {
    RuleVerifier.forRule("NEED_UNANSWERED")
        .given(SALES, MARKETING, plan("sales", dropped(MEETINGS)), plan("marketing"))
        .firesNothing();
  }

  @Test
  void NEED_UNANSWERED_stays_silent_for_a_need_naming_no_department() {
    Task needsNobody = Task.builder().id("sales.t2").addNeeds(Need.of("legal", "A contract"))
        .build();
    RuleVerifier.forRule("NEED_UNANSWERED", "UNKNOWN_REFERENCE")
        .given(SALES, plan("sales", needsNobody))
        .fires("UNKNOWN_REFERENCE").on("sales.t2", 1)
        .firesNothingElse();
  }

  // ---- NEED_TO_OWN_DEPARTMENT -----------------------------------------------------------

  @Test
  void NEED_TO_OWN_DEPARTMENT_fires_on_the_task() {
    Task ownNeed = Task.builder().id("sales.t1").title("Key accounts")
        .addNeeds(Need.of("sales", "Two more managers")).build();
    ReportAssert report = RuleVerifier.forRule("NEED_TO_OWN_DEPARTMENT")
        .given(SALES, plan("sales", ownNeed))
        .fires("NEED_TO_OWN_DEPARTMENT").on("sales.t1", 1)
        .firesNothingElse();
    Finding f = report.findings("NEED_TO_OWN_DEPARTMENT", "sales.t1").get(0);
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/plans/0/tasks/0/needs/0");
    assertThat(f.message()).isEqualTo(
        "Task sales.t1 \"Key accounts\" addresses a need to its own department sales \"Sales\"");
  }

  @Test
  void NEED_TO_OWN_DEPARTMENT_negative_control_need_to_another_department() {
    RuleVerifier.forRule("NEED_TO_OWN_DEPARTMENT")
        .given(SALES, MARKETING, plan("sales", MEETINGS))
        .firesNothing();
  }

  @Test
  void NEED_TO_OWN_DEPARTMENT_negative_control_dropped_task() {
    Task ownNeed = Task.builder().id("sales.t1").status(TaskStatus.DROPPED)
        .addNeeds(Need.of("sales", "Two more managers")).build();
    RuleVerifier.forRule("NEED_TO_OWN_DEPARTMENT")
        .given(SALES, plan("sales", ownNeed))
        .firesNothing();
  }

  // ---- SUPPORT_TOO_LATE -----------------------------------------------------------------

  @Test
  void SUPPORT_TOO_LATE_fires_on_the_supporting_task() {
    ReportAssert report = RuleVerifier.forRule("SUPPORT_TOO_LATE")
        .given(SALES, MARKETING, plan("sales", MEETINGS), plan("marketing", campaign(5, 4)))
        .fires("SUPPORT_TOO_LATE").on("marketing.t1", 1)
        .firesNothingElse();
    Finding f = report.findings("SUPPORT_TOO_LATE", "marketing.t1").get(0);
    assertThat(f.department()).contains("marketing");
    assertThat(f.path()).contains("/plans/1/tasks/0/supports/0");
    assertThat(f.message()).isEqualTo("Task marketing.t1 \"Lead campaign\" starts in month 4, "
        + "after the task it supports, sales.t2 \"Distributor meetings\", starts in month 3");
  }

  @Test
  void SUPPORT_TOO_LATE_negative_control_starting_in_the_same_month() {
    RuleVerifier.forRule("SUPPORT_TOO_LATE")
        .given(SALES, MARKETING, plan("sales", MEETINGS), plan("marketing", campaign(3, 4)))
        .firesNothing();
  }

  @Test
  void SUPPORT_TOO_LATE_negative_control_dropped_or_unscheduled_tasks() {
    RuleVerifier.forRule("SUPPORT_TOO_LATE")
        .given(SALES, MARKETING, plan("sales", MEETINGS),
            plan("marketing", dropped(campaign(5))))
        .firesNothing();
    RuleVerifier.forRule("SUPPORT_TOO_LATE")
        .given(SALES, MARKETING, plan("sales", dropped(MEETINGS)), plan("marketing", campaign(5)))
        .firesNothing();
    RuleVerifier.forRule("SUPPORT_TOO_LATE")
        .given(SALES, MARKETING, plan("sales", MEETINGS), plan("marketing", campaign()))
        .firesNothing();
    Task unscheduled = Task.builder().from(MEETINGS).months(List.of()).build();
    RuleVerifier.forRule("SUPPORT_TOO_LATE")
        .given(SALES, MARKETING, plan("sales", unscheduled), plan("marketing", campaign(5)))
        .firesNothing();
  }

  @Test
  void SUPPORT_TOO_LATE_fires_once_per_supported_task() {
    // sales.t2 listed twice, and a second supported task sales.t3 starting in month 1
    Task early = Task.builder().id("sales.t3").addMonths(1).build();
    Task campaign = Task.builder().from(campaign(4)).addSupports("sales.t2", "sales.t3").build();
    RuleVerifier.forRule("SUPPORT_TOO_LATE")
        .given(SALES, MARKETING, plan("sales", MEETINGS, early), plan("marketing", campaign))
        .fires("SUPPORT_TOO_LATE").on("marketing.t1", 2)
        .firesNothingElse();
  }

  @Test
  void SUPPORT_TOO_LATE_takes_the_first_copy_of_a_repeated_supporting_task() {
    // fifty copies of the supporting task: one finding, on the supports of the first copy
    Task[] copies = new Task[50];
    java.util.Arrays.fill(copies, campaign(5, 4));
    ReportAssert report = RuleVerifier.forRule("SUPPORT_TOO_LATE")
        .given(SALES, MARKETING, plan("sales", MEETINGS), plan("marketing", copies))
        .fires("SUPPORT_TOO_LATE").on("marketing.t1", 1)
        .firesNothingElse();
    assertThat(report.findings("SUPPORT_TOO_LATE", "marketing.t1").get(0).path())
        .contains("/plans/1/tasks/0/supports/0");
  }

  @Test
  void SUPPORT_TOO_LATE_names_a_copy_of_the_supported_task_that_starts_earlier() {
    // the supported id twice: the copy that starts in month 6 is not earlier, the one in 3 is
    Task late = Task.builder().from(MEETINGS).months(List.of(6)).build();
    ReportAssert report = RuleVerifier.forRule("SUPPORT_TOO_LATE")
        .given(SALES, MARKETING, plan("sales", late, MEETINGS), plan("marketing", campaign(5)))
        .fires("SUPPORT_TOO_LATE").on("marketing.t1", 1)
        .firesNothingElse();
    assertThat(report.findings("SUPPORT_TOO_LATE", "marketing.t1").get(0).message())
        .endsWith("starts in month 3");
    // negative control: no copy starts earlier
    RuleVerifier.forRule("SUPPORT_TOO_LATE")
        .given(SALES, MARKETING, plan("sales", late, late), plan("marketing", campaign(5)))
        .firesNothing();
  }

  @Test
  void SUPPORT_TOO_LATE_stays_silent_for_a_support_naming_no_task() {
    Task campaign = Task.builder().id("marketing.t1").addMonths(9).addSupports("sales.t9")
        .build();
    RuleVerifier.forRule("SUPPORT_TOO_LATE", "UNKNOWN_REFERENCE")
        .given(SALES, MARKETING, plan("sales", MEETINGS), plan("marketing", campaign))
        .fires("UNKNOWN_REFERENCE").on("marketing.t1", 1)
        .firesNothingElse();
  }

  // ---- SYSTEMIC_PROBLEM_UNADDRESSED -----------------------------------------------------

  private static Remark remark(RemarkKind kind, String... addressedBy) {
    return Remark.builder().id("r1").department("sales").kind(kind)
        .text("Leads get lost between marketing and sales").addAddressedBy(addressedBy).build();
  }

  @Test
  void SYSTEMIC_PROBLEM_UNADDRESSED_fires_on_the_remark() {
    ReportAssert report = RuleVerifier.forRule("SYSTEMIC_PROBLEM_UNADDRESSED")
        .given(SALES, remark(RemarkKind.SYSTEMIC_PROBLEM))
        .fires("SYSTEMIC_PROBLEM_UNADDRESSED").on("r1", 1)
        .firesNothingElse();
    Finding f = report.findings("SYSTEMIC_PROBLEM_UNADDRESSED", "r1").get(0);
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/remarks/0");
    assertThat(f.message()).isEqualTo("Systemic problem r1 is addressed by no goal, task or "
        + "initiative: Leads get lost between marketing and sales");
  }

  @Test
  void SYSTEMIC_PROBLEM_UNADDRESSED_negative_control_addressed_or_not_systemic() {
    DepartmentPlan salesPlan = DepartmentPlan.builder().department("sales")
        .addGoals(Goal.builder().id("sales.g1").build()).build();
    RuleVerifier.forRule("SYSTEMIC_PROBLEM_UNADDRESSED")
        .given(SALES, salesPlan, remark(RemarkKind.SYSTEMIC_PROBLEM, "sales.g1"))
        .firesNothing();
    RuleVerifier.forRule("SYSTEMIC_PROBLEM_UNADDRESSED")
        .given(SALES, remark(RemarkKind.OBSTACLE))
        .firesNothing();
  }

  // ---- messages -------------------------------------------------------------------------

  @Test
  void messages_render_in_russian() {
    PlanChecker russian = PlanChecker.builder().locale(Locale.forLanguageTag("ru"))
        .enableOnly(List.of("NEED_UNANSWERED", "SUPPORT_TOO_LATE")).build();
    ReportAssert report = RuleVerifier.of(russian)
        .given(SALES, MARKETING, plan("sales", MEETINGS), plan("marketing", campaign(4)))
        .fires("SUPPORT_TOO_LATE").on("marketing.t1", 1)
        .firesNothingElse();
    assertThat(report.findings("SUPPORT_TOO_LATE", "marketing.t1").get(0).message())
        .isEqualTo("Задача marketing.t1 «Lead campaign» начинается в месяце 4, позже "
            + "поддерживаемой задачи sales.t2 «Distributor meetings» (месяц 3)");
    RuleVerifier.of(russian).given(SALES, MARKETING, plan("sales", MEETINGS))
        .fires("NEED_UNANSWERED").on("sales.t2", 1)
        .findings("NEED_UNANSWERED", "sales.t2")
        .forEach(f -> assertThat(f.message()).isEqualTo("Задаче sales.t2 «Distributor meetings» "
            + "нужно от отдела marketing «Marketing»: 300 qualified leads; ни одна задача отдела "
            + "marketing «Marketing» её не поддерживает"));
  }
}
