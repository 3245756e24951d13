package org.strategysession.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.strategysession.model.CompanyGoal;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.Goal;
import org.strategysession.model.Person;
import org.strategysession.model.Priority;
import org.strategysession.model.Task;
import org.strategysession.model.TaskStatus;
import org.strategysession.rules.testing.ReportAssert;
import org.strategysession.rules.testing.RuleVerifier;

/** alignment.drl: company goals, the goals that serve them, and priorities. */
class AlignmentRulesTest {
  private static final String[] ALIGNMENT_RULES = {
    "COMPANY_GOAL_UNSERVED", "COMPANY_GOAL_WITHOUT_OWNER", "GOAL_NOT_ALIGNED",
    "TOO_MANY_HIGH_PRIORITY", "LOW_PRIORITY_CROWDS_HIGH"
  };

  private static final Person PETROV = Person.builder().id("petrov").name("Pyotr Petrov")
      .department("sales").build();
  private static final Person IVANOVA = Person.builder().id("ivanova").name("Irina Ivanova")
      .department("hr").build();
  private static final Department SALES =
      Department.of("sales", "Sales", DepartmentKind.SALES, "petrov");
  private static final Department HR = Department.of("hr", "HR", DepartmentKind.HR, "ivanova");

  private static final CompanyGoal GROW = CompanyGoal.builder().id("cg1").title("Grow revenue")
      .owner("petrov").build();
  private static final CompanyGoal KEEP = CompanyGoal.builder().id("cg2").title("Keep people")
      .owner("ivanova").build();

  private static Goal goal(String id, String title, Priority priority, String... serves) {
    var b = Goal.builder().id(id).title(title).owner("petrov").addServes(serves);
    if (priority != null) {
      b.priority(priority);
    }
    return b.build();
  }

  private static Task task(String id, String goal, int... months) {
    return Task.builder().id(id).title("Task " + id).goal(goal).owner("petrov")
        .addMonths(months).build();
  }

  private static DepartmentPlan salesPlan(List<Goal> goals, Task... tasks) {
    return DepartmentPlan.builder().department("sales").goals(goals).addTasks(tasks).build();
  }

  private static final DepartmentPlan HR_PLAN = DepartmentPlan.builder().department("hr")
      .addGoals(Goal.builder().id("hr.g1").title("Less turnover").owner("ivanova")
          .addServes("cg2").build())
      .build();

  private static final DepartmentPlan ALIGNED_SALES = salesPlan(List.of(
      goal("sales.g1", "Open Kazan", Priority.HIGH, "cg1"),
      goal("sales.g2", "Repeat orders", null, "cg1", "cg2")));

  private static ReportAssert check(String rule, Object... elements) {
    return RuleVerifier.forRule(rule).given(elements);
  }

  private static RuleVerifier withOptions(CheckOptions options, String rule) {
    return RuleVerifier.of(PlanChecker.builder().options(options)
        .enableOnly(List.of(rule)).build());
  }

  private static Finding only(ReportAssert report, String rule, String subject) {
    List<Finding> found = report.findings(rule, subject);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void aligned_document_fires_nothing_and_a_document_without_1_1_fields_neither() {
    RuleVerifier.forRule(ALIGNMENT_RULES)
        .given(PETROV, IVANOVA, SALES, HR, GROW, KEEP, ALIGNED_SALES, HR_PLAN)
        .firesNothing();
    // a 1.0 plan: no company goals, no serves, no priorities
    RuleVerifier.forRule(ALIGNMENT_RULES)
        .given(PETROV, SALES, salesPlan(List.of(Goal.builder().id("sales.g1").owner("petrov")
            .build()), task("sales.t1", "sales.g1", 1)))
        .firesNothing();
  }

  @Test
  void COMPANY_GOAL_UNSERVED_fires_on_a_company_goal_no_goal_serves() {
    DepartmentPlan onlyGrow = salesPlan(List.of(goal("sales.g1", "Open Kazan", null, "cg1")));
    ReportAssert report = check("COMPANY_GOAL_UNSERVED", PETROV, IVANOVA, SALES, HR, GROW, KEEP,
        onlyGrow)
        .fires("COMPANY_GOAL_UNSERVED").on("cg2", 1).firesNothingElse();
    Finding f = only(report, "COMPANY_GOAL_UNSERVED", "cg2");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.department()).isEmpty();
    assertThat(f.path()).contains("/companyGoals/1");
    assertThat(f.message())
        .isEqualTo("Company goal cg2 \"Keep people\" is served by no department goal");
  }

  @Test
  void COMPANY_GOAL_UNSERVED_negative_control_served_from_another_department() {
    // cg2 is served by the HR plan only, cg1 by the sales plan only
    DepartmentPlan onlyGrow = salesPlan(List.of(goal("sales.g1", "Open Kazan", null, "cg1")));
    check("COMPANY_GOAL_UNSERVED", PETROV, IVANOVA, SALES, HR, GROW, KEEP, onlyGrow, HR_PLAN)
        .firesNothing();
  }

  @Test
  void COMPANY_GOAL_WITHOUT_OWNER_fires_on_a_company_goal_without_owner() {
    CompanyGoal ownerless = CompanyGoal.builder().id("cg2").title("Keep people").build();
    ReportAssert report = check("COMPANY_GOAL_WITHOUT_OWNER", PETROV, IVANOVA, SALES, HR, GROW,
        ownerless, ALIGNED_SALES)
        .fires("COMPANY_GOAL_WITHOUT_OWNER").on("cg2", 1).firesNothingElse();
    Finding f = only(report, "COMPANY_GOAL_WITHOUT_OWNER", "cg2");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.department()).isEmpty();
    assertThat(f.path()).contains("/companyGoals/1");
    assertThat(f.message()).isEqualTo("Company goal cg2 \"Keep people\" has no owner");
  }

  @Test
  void COMPANY_GOAL_WITHOUT_OWNER_negative_control_owner_given_even_an_unknown_one() {
    check("COMPANY_GOAL_WITHOUT_OWNER", PETROV, IVANOVA, SALES, HR, GROW, KEEP, ALIGNED_SALES)
        .firesNothing();
    // an owner naming nobody is UNKNOWN_REFERENCE only
    CompanyGoal ghostOwner = CompanyGoal.builder().from(KEEP).owner("ghost").build();
    RuleVerifier.forRule("COMPANY_GOAL_WITHOUT_OWNER", "UNKNOWN_REFERENCE")
        .given(PETROV, IVANOVA, SALES, HR, GROW, ghostOwner, ALIGNED_SALES)
        .fires("UNKNOWN_REFERENCE").on("cg2", 1)
        .firesNothingElse();
  }

  @Test
  void GOAL_NOT_ALIGNED_fires_on_a_goal_serving_no_company_goal() {
    DepartmentPlan plan = salesPlan(List.of(goal("sales.g1", "Open Kazan", null, "cg1"),
        goal("sales.g2", "Repeat orders", null)));
    ReportAssert report = check("GOAL_NOT_ALIGNED", PETROV, SALES, GROW, plan)
        .fires("GOAL_NOT_ALIGNED").on("sales.g2", 1).firesNothingElse();
    Finding f = only(report, "GOAL_NOT_ALIGNED", "sales.g2");
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/plans/0/goals/1");
    assertThat(f.message()).isEqualTo("Goal sales.g2 \"Repeat orders\" serves no company goal");
  }

  @Test
  void GOAL_NOT_ALIGNED_negative_control_no_company_goals_or_a_served_one() {
    DepartmentPlan plan = salesPlan(List.of(goal("sales.g2", "Repeat orders", null)));
    // without company goals there is nothing to align with
    check("GOAL_NOT_ALIGNED", PETROV, SALES, plan).firesNothing();
    check("GOAL_NOT_ALIGNED", PETROV, SALES, GROW,
        salesPlan(List.of(goal("sales.g2", "Repeat orders", null, "cg1")))).firesNothing();
    // serving a company goal that does not exist is UNKNOWN_REFERENCE, not GOAL_NOT_ALIGNED
    RuleVerifier.forRule("GOAL_NOT_ALIGNED", "UNKNOWN_REFERENCE")
        .given(PETROV, SALES, GROW, salesPlan(List.of(goal("sales.g2", "Repeat orders", null,
            "cg9"), goal("sales.g1", "Open Kazan", null, "cg1"))))
        .fires("UNKNOWN_REFERENCE").on("sales.g2", 1)
        .firesNothingElse();
  }

  private static DepartmentPlan withPriorities(Priority... priorities) {
    List<Goal> goals = new java.util.ArrayList<>();
    for (int i = 0; i < priorities.length; i++) {
      goals.add(goal("sales.g" + (i + 1), "Goal " + (i + 1), priorities[i], "cg1"));
    }
    return salesPlan(goals);
  }

  @Test
  void TOO_MANY_HIGH_PRIORITY_fires_beyond_two_high_goals() {
    ReportAssert report = check("TOO_MANY_HIGH_PRIORITY", PETROV, SALES, GROW,
        withPriorities(Priority.HIGH, Priority.LOW, Priority.HIGH, Priority.HIGH))
        .fires("TOO_MANY_HIGH_PRIORITY").on("sales", 1).firesNothingElse();
    Finding f = only(report, "TOO_MANY_HIGH_PRIORITY", "sales");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/plans/0/goals");
    assertThat(f.message()).isEqualTo("Plan of department sales \"Sales\" has 3 HIGH-priority"
        + " goals (more than 2): when everything is a priority, nothing is");
  }

  @Test
  void TOO_MANY_HIGH_PRIORITY_negative_control_exactly_two_high_goals() {
    check("TOO_MANY_HIGH_PRIORITY", PETROV, SALES, GROW,
        withPriorities(Priority.HIGH, Priority.NORMAL, Priority.HIGH, Priority.LOW, null))
        .firesNothing();
    // two plans with two HIGH goals each: each plan is within the limit
    DepartmentPlan hr = DepartmentPlan.builder().department("hr")
        .addGoals(goal("hr.g1", "One", Priority.HIGH, "cg1"),
            goal("hr.g2", "Two", Priority.HIGH, "cg1"))
        .build();
    check("TOO_MANY_HIGH_PRIORITY", PETROV, IVANOVA, SALES, HR, GROW,
        withPriorities(Priority.HIGH, Priority.HIGH), hr)
        .firesNothing();
  }

  @Test
  void TOO_MANY_HIGH_PRIORITY_follows_the_maxHighPriorityGoals_option() {
    RuleVerifier three = withOptions(CheckOptions.builder().maxHighPriorityGoals(3).build(),
        "TOO_MANY_HIGH_PRIORITY");
    three.given(PETROV, SALES, GROW,
            withPriorities(Priority.HIGH, Priority.HIGH, Priority.HIGH))
        .firesNothing();
    ReportAssert report = three.given(PETROV, SALES, GROW,
            withPriorities(Priority.HIGH, Priority.HIGH, Priority.HIGH, Priority.HIGH))
        .fires("TOO_MANY_HIGH_PRIORITY").on("sales", 1).firesNothingElse();
    assertThat(only(report, "TOO_MANY_HIGH_PRIORITY", "sales").message())
        .contains("has 4 HIGH-priority goals (more than 3)");
  }

  private static final Goal HIGH = goal("sales.g1", "Open Kazan", Priority.HIGH, "cg1");
  private static final Goal LOW = goal("sales.g2", "New logo", Priority.LOW, "cg1");
  private static final Goal NORMAL = goal("sales.g3", "Repeat orders", null, "cg1");

  private static ReportAssert crowds(Task... tasks) {
    return check("LOW_PRIORITY_CROWDS_HIGH", PETROV, SALES, GROW,
        salesPlan(List.of(HIGH, LOW, NORMAL), tasks));
  }

  @Test
  void LOW_PRIORITY_CROWDS_HIGH_fires_on_a_high_goal_without_first_quarter_task() {
    ReportAssert report = crowds(task("sales.t1", "sales.g1", 4, 5),
        task("sales.t2", "sales.g2", 2), task("sales.t3", "sales.g3", 1))
        .fires("LOW_PRIORITY_CROWDS_HIGH").on("sales.g1", 1).firesNothingElse();
    Finding f = only(report, "LOW_PRIORITY_CROWDS_HIGH", "sales.g1");
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/plans/0/goals/0");
    assertThat(f.message()).isEqualTo("Goal sales.g1 \"Open Kazan\" has HIGH priority but no"
        + " task in the first quarter, while LOW-priority goals of the plan have:"
        + " sales.g2 \"New logo\"");
    // a HIGH goal without any task, and its only first-quarter task dropped, count alike
    crowds(task("sales.t2", "sales.g2", 3))
        .fires("LOW_PRIORITY_CROWDS_HIGH").on("sales.g1", 1).firesNothingElse();
    crowds(Task.builder().from(task("sales.t1", "sales.g1", 1)).status(TaskStatus.DROPPED)
        .build(), task("sales.t2", "sales.g2", 3))
        .fires("LOW_PRIORITY_CROWDS_HIGH").on("sales.g1", 1).firesNothingElse();
  }

  @Test
  void LOW_PRIORITY_CROWDS_HIGH_names_every_crowding_low_goal() {
    Goal otherLow = goal("sales.g0", "Fairs", Priority.LOW, "cg1");
    ReportAssert report = check("LOW_PRIORITY_CROWDS_HIGH", PETROV, SALES, GROW,
        salesPlan(List.of(HIGH, LOW, otherLow), task("sales.t2", "sales.g2", 1),
            task("sales.t0", "sales.g0", 2, 3)))
        .fires("LOW_PRIORITY_CROWDS_HIGH").on("sales.g1", 1).firesNothingElse();
    assertThat(only(report, "LOW_PRIORITY_CROWDS_HIGH", "sales.g1").message())
        .endsWith("have: sales.g0 \"Fairs\", sales.g2 \"New logo\"");
  }

  @Test
  void LOW_PRIORITY_CROWDS_HIGH_negative_control_high_goal_starts_in_march_or_low_goal_waits() {
    // the HIGH goal's task runs in March, the last month of the first quarter
    crowds(task("sales.t1", "sales.g1", 3, 4), task("sales.t2", "sales.g2", 1)).firesNothing();
    // a DONE task counts like an APPROVED one
    crowds(Task.builder().from(task("sales.t1", "sales.g1", 2)).status(TaskStatus.DONE)
        .doneIn(2).build(), task("sales.t2", "sales.g2", 1)).firesNothing();
    // the LOW goal's task starts in April, or was dropped
    crowds(task("sales.t1", "sales.g1", 5), task("sales.t2", "sales.g2", 4, 5)).firesNothing();
    crowds(task("sales.t1", "sales.g1", 5), Task.builder().from(task("sales.t2", "sales.g2", 1))
        .status(TaskStatus.DROPPED).build()).firesNothing();
    // a NORMAL goal busy in the first quarter does not crowd the HIGH one
    crowds(task("sales.t1", "sales.g1", 5), task("sales.t3", "sales.g3", 1)).firesNothing();
  }

  @Test
  void LOW_PRIORITY_CROWDS_HIGH_negative_control_low_goal_of_another_plan() {
    DepartmentPlan hr = DepartmentPlan.builder().department("hr")
        .addGoals(goal("hr.g1", "Survey", Priority.LOW, "cg1"))
        .addTasks(task("hr.t1", "hr.g1", 1))
        .build();
    check("LOW_PRIORITY_CROWDS_HIGH", PETROV, IVANOVA, SALES, HR, GROW,
        salesPlan(List.of(HIGH), task("sales.t1", "sales.g1", 6)), hr)
        .firesNothing();
  }

  @Test
  void messages_render_in_russian() {
    ReportAssert report = RuleVerifier.of(PlanChecker.builder()
            .locale(Locale.forLanguageTag("ru"))
            .enableOnly(List.of("TOO_MANY_HIGH_PRIORITY", "COMPANY_GOAL_UNSERVED")).build())
        .given(PETROV, SALES, GROW, KEEP,
            withPriorities(Priority.HIGH, Priority.HIGH, Priority.HIGH))
        .fires("TOO_MANY_HIGH_PRIORITY").on("sales", 1)
        .fires("COMPANY_GOAL_UNSERVED").on("cg2", 1)
        .firesNothingElse();
    assertThat(only(report, "TOO_MANY_HIGH_PRIORITY", "sales").message())
        .isEqualTo("В плане отдела sales «Sales» 3 цели с приоритетом HIGH (больше 2)"
            + " — когда в приоритете всё, в приоритете ничего");
    assertThat(only(report, "COMPANY_GOAL_UNSERVED", "cg2").message())
        .isEqualTo("Цель компании cg2 «Keep people» не поддержана ни одной целью отдела");
  }
}
