package org.strategysession.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.FollowUp;
import org.strategysession.model.KeyTaskAssignment;
import org.strategysession.model.Person;
import org.strategysession.model.Task;
import org.strategysession.model.TaskStatus;
import org.strategysession.rules.testing.ReportAssert;
import org.strategysession.rules.testing.RuleVerifier;

/** follow-up.drl: key tasks per head and month, tracker keys. */
class FollowUpRulesTest {
  private static final Person PETROV = Person.builder().id("petrov").name("Pyotr Petrov")
      .department("sales").build();
  private static final Person IVANOVA = Person.builder().id("ivanova").name("Irina Ivanova")
      .department("hr").build();
  private static final Person SOKOLOV = Person.builder().id("sokolov").department("it").build();
  private static final Department SALES = Department.of("sales", "Sales", DepartmentKind.SALES, "petrov");
  private static final Department HR = Department.of("hr", "HR", DepartmentKind.HR, "ivanova");
  /** A department without a plan: its head needs no key tasks. */
  private static final Department IT = Department.of("it", "IT", DepartmentKind.IT, "sokolov");

  private static Task task(String id, String title, int... months) {
    return Task.builder().id(id).title(title).addMonths(months).build();
  }

  /** Sales tasks s1–s5 run in months 1–2, s6 in month 4; HR tasks h1–h3 run in month 1. */
  private static final DepartmentPlan SALES_PLAN = DepartmentPlan.builder().department("sales")
      .addTasks(task("s1", "Open Kazan", 1, 2), task("s2", "Hire two managers", 1, 2),
          task("s3", "CRM cleanup", 1, 2), task("s4", "Price list", 1, 2),
          task("s5", "Dealer day", 1, 2), task("s6", "Trade fair", 4))
      .build();
  private static final DepartmentPlan HR_PLAN = DepartmentPlan.builder().department("hr")
      .addTasks(task("h1", "Onboarding", 1), task("h2", "Survey", 1), task("h3", "Mentors", 1))
      .build();

  private static KeyTaskAssignment keys(String person, int month, String... tasks) {
    return KeyTaskAssignment.builder().person(person).month(month).addTasks(tasks).build();
  }

  private static final KeyTaskAssignment PETROV_1 = keys("petrov", 1, "s1", "s2", "s3");
  private static final KeyTaskAssignment IVANOVA_1 = keys("ivanova", 1, "h1", "h2", "h3");

  private static FollowUp followUp(KeyTaskAssignment... entries) {
    return FollowUp.builder().addKeyTasks(entries).build();
  }

  private static ReportAssert check(String rule, FollowUp followUp) {
    return check(RuleVerifier.forRule(rule), followUp);
  }

  private static ReportAssert check(RuleVerifier verifier, FollowUp followUp) {
    return verifier.given(PETROV, IVANOVA, SOKOLOV, SALES, HR, IT, SALES_PLAN, HR_PLAN, followUp);
  }

  private static Finding only(ReportAssert report, String rule, String subject) {
    List<Finding> found = report.findings(rule, subject);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void clean_follow_up_fires_nothing() {
    check(RuleVerifier.forRule("KEY_TASKS_COUNT", "KEY_TASK_OFF_MONTH", "HEAD_WITHOUT_KEY_TASKS",
        "TASK_NOT_TRANSFERRED"), followUp(PETROV_1, IVANOVA_1)).firesNothing();
  }

  @Test
  void follow_up_rules_stay_silent_without_a_follow_up_block() {
    DepartmentPlan approved = DepartmentPlan.builder().from(HR_PLAN)
        .tasks(List.of(Task.builder().id("h1").status(TaskStatus.APPROVED).build())).build();
    RuleVerifier.forRule("KEY_TASKS_COUNT", "KEY_TASK_OFF_MONTH", "HEAD_WITHOUT_KEY_TASKS",
            "TASK_NOT_TRANSFERRED")
        .given(PETROV, IVANOVA, SALES, HR, SALES_PLAN, approved)
        .firesNothing();
  }

  @Test
  void KEY_TASKS_COUNT_fires_once_per_month_outside_the_range() {
    ReportAssert report = check("KEY_TASKS_COUNT",
        followUp(keys("petrov", 1, "s1", "s2"), IVANOVA_1))
        .fires("KEY_TASKS_COUNT").on("petrov", 1).firesNothingElse();
    Finding f = only(report, "KEY_TASKS_COUNT", "petrov");
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/followUp/keyTasks/0");
    assertThat(f.message())
        .isEqualTo("petrov \"Pyotr Petrov\" has 2 key tasks in month 1, outside 3–4");
    check("KEY_TASKS_COUNT", followUp(keys("petrov", 1, "s1", "s2", "s3", "s4", "s5"),
        keys("petrov", 2, "s1"), keys("petrov", 3), IVANOVA_1))
        .fires("KEY_TASKS_COUNT").on("petrov", 3).firesNothingElse();
  }

  @Test
  void KEY_TASKS_COUNT_counts_distinct_tasks_over_all_entries_of_the_month() {
    // one task listed twice is one key task
    check("KEY_TASKS_COUNT", followUp(keys("petrov", 1, "s1", "s1", "s2"), IVANOVA_1))
        .fires("KEY_TASKS_COUNT").on("petrov", 1).firesNothingElse();
    // two entries of one month add up: 2 + 1 = 3
    check("KEY_TASKS_COUNT", followUp(keys("petrov", 1, "s1", "s2"), keys("petrov", 1, "s3"),
        IVANOVA_1)).firesNothing();
  }

  @Test
  void KEY_TASKS_COUNT_judges_a_person_s_month_once_on_its_first_entry() {
    // three entries of petrov's month 1 with one task in all: one finding, on the first entry
    ReportAssert report = check("KEY_TASKS_COUNT", followUp(IVANOVA_1, keys("petrov", 1, "s1"),
        keys("petrov", 1, "s1"), keys("petrov", 1)))
        .fires("KEY_TASKS_COUNT").on("petrov", 1).firesNothingElse();
    assertThat(only(report, "KEY_TASKS_COUNT", "petrov").path())
        .contains("/followUp/keyTasks/1");
  }

  @Test
  void KEY_TASKS_COUNT_negative_control_three_and_four_tasks() {
    check("KEY_TASKS_COUNT", followUp(PETROV_1, keys("ivanova", 1, "h1", "h2", "h3", "s4")))
        .firesNothing();
  }

  @Test
  void KEY_TASKS_COUNT_follows_the_minKeyTasks_option() {
    PlanChecker two = PlanChecker.builder()
        .options(CheckOptions.builder().minKeyTasks(2).build())
        .enableOnly(List.of("KEY_TASKS_COUNT")).build();
    check(RuleVerifier.of(two), followUp(keys("petrov", 1, "s1", "s2"), IVANOVA_1))
        .firesNothing();
    check(RuleVerifier.of(two), followUp(keys("petrov", 1, "s1"), IVANOVA_1))
        .fires("KEY_TASKS_COUNT").on("petrov", 1).firesNothingElse();
  }

  @Test
  void KEY_TASK_OFF_MONTH_fires_on_a_key_task_outside_its_months() {
    ReportAssert report = check("KEY_TASK_OFF_MONTH",
        followUp(keys("petrov", 1, "s1", "s2", "s6"), IVANOVA_1))
        .fires("KEY_TASK_OFF_MONTH").on("s6", 1).firesNothingElse();
    Finding f = only(report, "KEY_TASK_OFF_MONTH", "s6");
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/followUp/keyTasks/0/tasks/2");
    assertThat(f.message()).isEqualTo(
        "Task s6 \"Trade fair\" is a key task of petrov in month 1, but is not scheduled in that month");
  }

  @Test
  void KEY_TASK_OFF_MONTH_negative_control_scheduled_task_and_unknown_task() {
    check("KEY_TASK_OFF_MONTH", followUp(keys("petrov", 2, "s1", "s2", "s3"))).firesNothing();
    // a key task naming no task is UNKNOWN_REFERENCE only
    check(RuleVerifier.forRule("KEY_TASK_OFF_MONTH", "UNKNOWN_REFERENCE"),
        followUp(keys("petrov", 1, "s1", "s2", "nothing")))
        .fires("UNKNOWN_REFERENCE").on("followUp", 1)
        .firesNothingElse();
  }

  @Test
  void HEAD_WITHOUT_KEY_TASKS_fires_once_per_month_on_the_head() {
    ReportAssert report = check("HEAD_WITHOUT_KEY_TASKS", followUp(PETROV_1))
        .fires("HEAD_WITHOUT_KEY_TASKS").on("ivanova", 1).firesNothingElse();
    Finding f = only(report, "HEAD_WITHOUT_KEY_TASKS", "ivanova");
    assertThat(f.department()).contains("hr");
    assertThat(f.path()).contains("/followUp/keyTasks");
    assertThat(f.message()).isEqualTo(
        "ivanova \"Irina Ivanova\", head of department hr \"HR\", has no key tasks in month 1");
    check("HEAD_WITHOUT_KEY_TASKS", followUp(PETROV_1, keys("petrov", 2, "s1", "s2", "s3")))
        .fires("HEAD_WITHOUT_KEY_TASKS").on("ivanova", 2).firesNothingElse();
  }

  @Test
  void HEAD_WITHOUT_KEY_TASKS_judges_a_month_whose_first_entry_is_empty() {
    // month 2's first entry lists nothing, its second does: month 2 has key tasks, once
    ReportAssert report = check("HEAD_WITHOUT_KEY_TASKS", followUp(PETROV_1, IVANOVA_1,
        keys("petrov", 2), keys("petrov", 2, "s1", "s2", "s3"), keys("petrov", 2, "s4")))
        .fires("HEAD_WITHOUT_KEY_TASKS").on("ivanova", 1).firesNothingElse();
    assertThat(only(report, "HEAD_WITHOUT_KEY_TASKS", "ivanova").message())
        .endsWith("has no key tasks in month 2");
  }

  @Test
  void HEAD_WITHOUT_KEY_TASKS_negative_control_department_without_plan_and_empty_month() {
    // sokolov heads IT, which has no plan; an entry without tasks sets no key tasks for month 2
    check("HEAD_WITHOUT_KEY_TASKS", followUp(PETROV_1, IVANOVA_1, keys("petrov", 2)))
        .firesNothing();
    // no key tasks at all: nothing is set for any month
    check("HEAD_WITHOUT_KEY_TASKS", followUp()).firesNothing();
  }

  private static DepartmentPlan approvedHrPlan() {
    return DepartmentPlan.builder().department("hr")
        .addTasks(Task.builder().id("h1").title("Onboarding").status(TaskStatus.APPROVED).build(),
            Task.builder().id("h2").title("Survey").status(TaskStatus.PROPOSED).build())
        .build();
  }

  @Test
  void TASK_NOT_TRANSFERRED_fires_on_an_approved_task_without_tracker_key() {
    FollowUp noKeys = FollowUp.builder().putTrackerRef("h2", "HR-2").build();
    ReportAssert report = RuleVerifier.forRule("TASK_NOT_TRANSFERRED")
        .given(IVANOVA, HR, approvedHrPlan(), noKeys)
        .fires("TASK_NOT_TRANSFERRED").on("h1", 1).firesNothingElse();
    Finding f = only(report, "TASK_NOT_TRANSFERRED", "h1");
    assertThat(f.department()).contains("hr");
    assertThat(f.path()).contains("/plans/0/tasks/0");
    assertThat(f.message()).isEqualTo("Approved task h1 \"Onboarding\" has no tracker key");
    // a blank key is no key
    RuleVerifier.forRule("TASK_NOT_TRANSFERRED")
        .given(IVANOVA, HR, approvedHrPlan(), FollowUp.builder().putTrackerRef("h1", " ").build())
        .fires("TASK_NOT_TRANSFERRED").on("h1", 1).firesNothingElse();
  }

  @Test
  void TASK_NOT_TRANSFERRED_negative_control_key_given_or_task_not_approved() {
    // h2 is PROPOSED and has no key either
    RuleVerifier.forRule("TASK_NOT_TRANSFERRED")
        .given(IVANOVA, HR, approvedHrPlan(), FollowUp.builder().putTrackerRef("h1", "HR-1").build())
        .firesNothing();
  }

  @Test
  void messages_render_in_russian() {
    PlanChecker ru = PlanChecker.builder().locale(Locale.forLanguageTag("ru"))
        .enableOnly(List.of("KEY_TASKS_COUNT")).build();
    ReportAssert report = check(RuleVerifier.of(ru),
        followUp(keys("petrov", 1, "s1", "s2"), IVANOVA_1))
        .fires("KEY_TASKS_COUNT").on("petrov", 1);
    assertThat(only(report, "KEY_TASKS_COUNT", "petrov").message())
        .isEqualTo("У petrov «Pyotr Petrov» в месяце 1: 2 ключевые задачи, вне диапазона 3–4");
  }
}
