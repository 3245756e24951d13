package org.strategysession.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.Direction;
import org.strategysession.model.Goal;
import org.strategysession.model.ImmutableDepartmentPlan;
import org.strategysession.model.ImmutableKpi;
import org.strategysession.model.Kpi;
import org.strategysession.model.Person;
import org.strategysession.model.Task;
import org.strategysession.model.TaskStatus;
import org.strategysession.rules.testing.RuleVerifier;

/**
 * plan.drl: PLAN_WITHOUT_GOALS, KPI_WITHOUT_TARGET, KPI_WITHOUT_BASELINE,
 * KPI_TARGET_AGAINST_DIRECTION, KPI_UNUSED, GOAL_WITHOUT_OWNER, GOAL_WITHOUT_TASKS,
 * GOAL_WITHOUT_KPI, TASK_WITHOUT_OWNER, TASK_WITHOUT_GOAL, TASK_WITHOUT_MONTHS,
 * PLAN_QUARTER_EMPTY, OWNER_OVERLOADED, OWNER_OUTSIDE_DEPARTMENT, TOO_MANY_GOALS.
 */
class PlanRulesTest {
  private static final Department SALES = Department.of("sales", "Sales", DepartmentKind.SALES, "petrov");
  private static final Department HR = Department.of("hr", "HR", DepartmentKind.HR, "ivanova");
  private static final Person PETROV =
      Person.builder().id("petrov").name("Petr Petrov").department("sales").build();
  private static final Person IVANOVA =
      Person.builder().id("ivanova").name("Anna Ivanova").department("hr").build();

  private static ImmutableDepartmentPlan.Builder sales() {
    return DepartmentPlan.builder().department("sales");
  }

  private static Kpi kpi(String id, String baseline, String target, Direction direction) {
    ImmutableKpi.Builder b = Kpi.builder().id(id).name("Revenue");
    if (baseline != null) {
      b.baseline(new BigDecimal(baseline));
    }
    if (target != null) {
      b.target(new BigDecimal(target));
    }
    if (direction != null) {
      b.direction(direction);
    }
    return b.build();
  }

  private static Goal goal(String id) {
    return Goal.builder().id(id).title("Grow").owner("petrov").build();
  }

  private static Task task(String id, int... months) {
    return Task.builder().id(id).title("Hire").owner("petrov").goal("sales.g1").addMonths(months)
        .build();
  }

  private static Task dropped(Task t) {
    return Task.builder().from(t).status(TaskStatus.DROPPED).build();
  }

  // ---- PLAN_WITHOUT_GOALS ---------------------------------------------------------------

  @Test
  void PLAN_WITHOUT_GOALS_fires_on_the_department_whose_plan_has_no_goal() {
    var report = RuleVerifier.forRule("PLAN_WITHOUT_GOALS")
        .given(SALES, HR, PETROV, IVANOVA, sales().addGoals(goal("sales.g1")).build(),
            DepartmentPlan.builder().department("hr").build())
        .fires("PLAN_WITHOUT_GOALS").on("hr", 1)
        .firesNothingElse();
    Finding f = report.findings("PLAN_WITHOUT_GOALS", "hr").get(0);
    assertThat(f.department()).contains("hr");
    assertThat(f.path()).contains("/plans/1");
    assertThat(f.message()).isEqualTo("Plan of department hr \"HR\" has no goals");
  }

  @Test
  void PLAN_WITHOUT_GOALS_negative_control_one_goal_and_no_plan() {
    // a department without a plan is PLAN_MISSING, not a plan without goals
    RuleVerifier.forRule("PLAN_WITHOUT_GOALS")
        .given(SALES, HR, PETROV, IVANOVA, sales().addGoals(goal("sales.g1")).build())
        .firesNothing();
  }

  // ---- KPI_WITHOUT_TARGET ---------------------------------------------------------------

  @Test
  void KPI_WITHOUT_TARGET_fires_on_the_kpi() {
    var report = RuleVerifier.forRule("KPI_WITHOUT_TARGET")
        .given(SALES, PETROV,
            sales().addKpis(kpi("sales.k1", "100", "120", null), kpi("sales.k2", "100", null, null))
                .build())
        .fires("KPI_WITHOUT_TARGET").on("sales.k2", 1)
        .firesNothingElse();
    Finding f = report.findings("KPI_WITHOUT_TARGET", "sales.k2").get(0);
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/plans/0/kpis/1");
    assertThat(f.message()).isEqualTo("KPI sales.k2 \"Revenue\" has no target");
  }

  @Test
  void KPI_WITHOUT_TARGET_negative_control_zero_is_a_target() {
    RuleVerifier.forRule("KPI_WITHOUT_TARGET")
        .given(SALES, PETROV, sales().addKpis(kpi("sales.k1", "3", "0", Direction.DECREASE)).build())
        .firesNothing();
  }

  // ---- KPI_WITHOUT_BASELINE -------------------------------------------------------------

  @Test
  void KPI_WITHOUT_BASELINE_fires_on_the_kpi() {
    var report = RuleVerifier.forRule("KPI_WITHOUT_BASELINE")
        .given(SALES, PETROV,
            sales().addKpis(kpi("sales.k1", null, "120", null), kpi("sales.k2", "100", "120", null))
                .build())
        .fires("KPI_WITHOUT_BASELINE").on("sales.k1", 1)
        .firesNothingElse();
    Finding f = report.findings("KPI_WITHOUT_BASELINE", "sales.k1").get(0);
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/plans/0/kpis/0");
    assertThat(f.message()).isEqualTo("KPI sales.k1 \"Revenue\" has no baseline");
  }

  @Test
  void KPI_WITHOUT_BASELINE_negative_control_zero_is_a_baseline() {
    RuleVerifier.forRule("KPI_WITHOUT_BASELINE")
        .given(SALES, PETROV, sales().addKpis(kpi("sales.k1", "0", "10", null)).build())
        .firesNothing();
  }

  // ---- KPI_TARGET_AGAINST_DIRECTION -----------------------------------------------------

  @Test
  void KPI_TARGET_AGAINST_DIRECTION_fires_for_each_direction() {
    var report = RuleVerifier.forRule("KPI_TARGET_AGAINST_DIRECTION")
        .given(SALES, PETROV, sales().addKpis(
                kpi("sales.k1", "100", "90", null), // INCREASE by default
                kpi("sales.k2", "5", "6", Direction.DECREASE),
                kpi("sales.k3", "4.5", "4.6", Direction.MAINTAIN))
            .build())
        .fires("KPI_TARGET_AGAINST_DIRECTION").on("sales.k1", 1)
        .fires("KPI_TARGET_AGAINST_DIRECTION").on("sales.k2", 1)
        .fires("KPI_TARGET_AGAINST_DIRECTION").on("sales.k3", 1)
        .firesNothingElse();
    Finding f = report.findings("KPI_TARGET_AGAINST_DIRECTION", "sales.k1").get(0);
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/plans/0/kpis/0");
    assertThat(f.message())
        .isEqualTo("KPI sales.k1 \"Revenue\": target 90 goes against direction INCREASE (baseline 100)");
  }

  @Test
  void KPI_TARGET_AGAINST_DIRECTION_negative_control_equal_or_along_or_incomplete() {
    RuleVerifier.forRule("KPI_TARGET_AGAINST_DIRECTION")
        .given(SALES, PETROV, sales().addKpis(
                kpi("sales.k1", "100", "100", Direction.INCREASE),
                kpi("sales.k2", "5", "5", Direction.DECREASE),
                kpi("sales.k3", "4.5", "4.50", Direction.MAINTAIN),
                kpi("sales.k4", "5", "4", Direction.DECREASE),
                kpi("sales.k5", null, "-10", null),
                kpi("sales.k6", "100", null, Direction.DECREASE))
            .build())
        .firesNothing();
  }

  // ---- KPI_UNUSED -----------------------------------------------------------------------

  @Test
  void KPI_UNUSED_fires_on_a_kpi_no_goal_lists() {
    var report = RuleVerifier.forRule("KPI_UNUSED")
        .given(SALES, PETROV, sales()
            .addKpis(kpi("sales.k1", "1", "2", null), kpi("sales.k2", "1", "2", null))
            .addGoals(Goal.builder().from(goal("sales.g1")).addKpis("sales.k1").build())
            .build())
        .fires("KPI_UNUSED").on("sales.k2", 1)
        .firesNothingElse();
    Finding f = report.findings("KPI_UNUSED", "sales.k2").get(0);
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/plans/0/kpis/1");
    assertThat(f.message()).isEqualTo("KPI sales.k2 \"Revenue\" is not listed by any goal");
  }

  @Test
  void KPI_UNUSED_negative_control_listed_by_a_goal_of_another_plan() {
    RuleVerifier.forRule("KPI_UNUSED")
        .given(SALES, HR, PETROV, IVANOVA,
            sales().addKpis(kpi("sales.k1", "1", "2", null)).build(),
            DepartmentPlan.builder().department("hr")
                .addGoals(Goal.builder().id("hr.g1").addKpis("sales.k1").build()).build())
        .firesNothing();
  }

  // ---- GOAL_WITHOUT_OWNER ---------------------------------------------------------------

  @Test
  void GOAL_WITHOUT_OWNER_fires_on_the_goal() {
    var report = RuleVerifier.forRule("GOAL_WITHOUT_OWNER")
        .given(SALES, PETROV,
            sales().addGoals(goal("sales.g1"), Goal.builder().id("sales.g2").title("Open Kazan").build())
                .build())
        .fires("GOAL_WITHOUT_OWNER").on("sales.g2", 1)
        .firesNothingElse();
    Finding f = report.findings("GOAL_WITHOUT_OWNER", "sales.g2").get(0);
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/plans/0/goals/1");
    assertThat(f.message()).isEqualTo("Goal sales.g2 \"Open Kazan\" has no owner");
  }

  @Test
  void GOAL_WITHOUT_OWNER_negative_control_an_unknown_owner_is_UNKNOWN_REFERENCE_only() {
    RuleVerifier.forRule("GOAL_WITHOUT_OWNER", "UNKNOWN_REFERENCE")
        .given(SALES, PETROV,
            sales().addGoals(Goal.builder().id("sales.g1").owner("nobody").build()).build())
        .fires("UNKNOWN_REFERENCE").on("sales.g1", 1)
        .firesNothingElse();
  }

  // ---- GOAL_WITHOUT_TASKS ---------------------------------------------------------------

  @Test
  void GOAL_WITHOUT_TASKS_fires_on_a_goal_served_only_by_a_dropped_task() {
    var report = RuleVerifier.forRule("GOAL_WITHOUT_TASKS")
        .given(SALES, PETROV, sales()
            .addGoals(goal("sales.g1"))
            .addTasks(dropped(task("sales.t1", 3)))
            .build())
        .fires("GOAL_WITHOUT_TASKS").on("sales.g1", 1)
        .firesNothingElse();
    Finding f = report.findings("GOAL_WITHOUT_TASKS", "sales.g1").get(0);
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/plans/0/goals/0");
    assertThat(f.message()).isEqualTo("Goal sales.g1 \"Grow\" has no tasks");
  }

  @Test
  void GOAL_WITHOUT_TASKS_negative_control_a_proposed_task() {
    RuleVerifier.forRule("GOAL_WITHOUT_TASKS")
        .given(SALES, PETROV, sales()
            .addGoals(goal("sales.g1"))
            .addTasks(dropped(task("sales.t1", 3)), Task.builder().id("sales.t2").goal("sales.g1").build())
            .build())
        .firesNothing();
  }

  // ---- GOAL_WITHOUT_KPI -----------------------------------------------------------------

  @Test
  void GOAL_WITHOUT_KPI_fires_on_the_goal() {
    var report = RuleVerifier.forRule("GOAL_WITHOUT_KPI")
        .given(SALES, PETROV, sales()
            .addKpis(kpi("sales.k1", "1", "2", null))
            .addGoals(Goal.builder().from(goal("sales.g1")).addKpis("sales.k1").build(), goal("sales.g2"))
            .build())
        .fires("GOAL_WITHOUT_KPI").on("sales.g2", 1)
        .firesNothingElse();
    Finding f = report.findings("GOAL_WITHOUT_KPI", "sales.g2").get(0);
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/plans/0/goals/1");
    assertThat(f.message()).isEqualTo("Goal sales.g2 \"Grow\" lists no KPI");
  }

  @Test
  void GOAL_WITHOUT_KPI_negative_control_an_unknown_kpi_is_UNKNOWN_REFERENCE_only() {
    RuleVerifier.forRule("GOAL_WITHOUT_KPI", "UNKNOWN_REFERENCE")
        .given(SALES, PETROV, sales()
            .addGoals(Goal.builder().from(goal("sales.g1")).addKpis("sales.k9").build())
            .build())
        .fires("UNKNOWN_REFERENCE").on("sales.g1", 1)
        .firesNothingElse();
  }

  // ---- TASK_WITHOUT_OWNER ---------------------------------------------------------------

  @Test
  void TASK_WITHOUT_OWNER_fires_on_the_task() {
    var report = RuleVerifier.forRule("TASK_WITHOUT_OWNER")
        .given(SALES, PETROV, sales()
            .addTasks(task("sales.t1", 1), Task.builder().id("sales.t2").title("Train").build())
            .build())
        .fires("TASK_WITHOUT_OWNER").on("sales.t2", 1)
        .firesNothingElse();
    Finding f = report.findings("TASK_WITHOUT_OWNER", "sales.t2").get(0);
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/plans/0/tasks/1");
    assertThat(f.message()).isEqualTo("Task sales.t2 \"Train\" has no owner");
  }

  @Test
  void TASK_WITHOUT_OWNER_negative_control_dropped_task() {
    RuleVerifier.forRule("TASK_WITHOUT_OWNER")
        .given(SALES, PETROV, sales()
            .addTasks(dropped(Task.builder().id("sales.t2").title("Train").build()))
            .build())
        .firesNothing();
  }

  // ---- TASK_WITHOUT_GOAL ----------------------------------------------------------------

  @Test
  void TASK_WITHOUT_GOAL_fires_on_the_task() {
    var report = RuleVerifier.forRule("TASK_WITHOUT_GOAL")
        .given(SALES, PETROV, sales()
            .addTasks(task("sales.t1", 1),
                Task.builder().id("sales.t2").title("Train").owner("petrov").addMonths(2).build())
            .build())
        .fires("TASK_WITHOUT_GOAL").on("sales.t2", 1)
        .firesNothingElse();
    Finding f = report.findings("TASK_WITHOUT_GOAL", "sales.t2").get(0);
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/plans/0/tasks/1");
    assertThat(f.message()).isEqualTo("Task sales.t2 \"Train\" serves no goal");
  }

  @Test
  void TASK_WITHOUT_GOAL_negative_control_dropped_task() {
    RuleVerifier.forRule("TASK_WITHOUT_GOAL")
        .given(SALES, PETROV, sales()
            .addTasks(dropped(Task.builder().id("sales.t2").owner("petrov").addMonths(2).build()))
            .build())
        .firesNothing();
  }

  // ---- TASK_WITHOUT_MONTHS --------------------------------------------------------------

  @Test
  void TASK_WITHOUT_MONTHS_fires_on_the_task() {
    var report = RuleVerifier.forRule("TASK_WITHOUT_MONTHS")
        .given(SALES, PETROV, sales().addTasks(task("sales.t1", 1), task("sales.t2")).build())
        .fires("TASK_WITHOUT_MONTHS").on("sales.t2", 1)
        .firesNothingElse();
    Finding f = report.findings("TASK_WITHOUT_MONTHS", "sales.t2").get(0);
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/plans/0/tasks/1");
    assertThat(f.message()).isEqualTo("Task sales.t2 \"Hire\" has no months");
  }

  @Test
  void TASK_WITHOUT_MONTHS_negative_control_dropped_task() {
    RuleVerifier.forRule("TASK_WITHOUT_MONTHS")
        .given(SALES, PETROV, sales().addTasks(dropped(task("sales.t2"))).build())
        .firesNothing();
  }

  // ---- PLAN_QUARTER_EMPTY ---------------------------------------------------------------

  @Test
  void PLAN_QUARTER_EMPTY_fires_once_per_empty_quarter() {
    var report = RuleVerifier.forRule("PLAN_QUARTER_EMPTY")
        .given(SALES, HR, PETROV, IVANOVA,
            sales()
                .addKpis(Kpi.builder().id("sales.k1").putMonthly(9, BigDecimal.TEN).build())
                .addTasks(task("sales.t1", 1, 2), dropped(task("sales.t2", 5)))
                .build(),
            // another department's tasks do not fill this plan's quarters
            DepartmentPlan.builder().department("hr")
                .addTasks(Task.builder().id("hr.t1").addMonths(1, 4, 7, 10).build()).build())
        .fires("PLAN_QUARTER_EMPTY").on("sales", 2)
        .firesNothingElse();
    List<Finding> found = report.findings("PLAN_QUARTER_EMPTY", "sales");
    assertThat(found).allSatisfy(f -> {
      assertThat(f.department()).contains("sales");
      assertThat(f.path()).contains("/plans/0");
    });
    assertThat(found).extracting(Finding::message).containsExactlyInAnyOrder(
        "Plan of department sales \"Sales\" has no task and no KPI milestone in quarter 2",
        "Plan of department sales \"Sales\" has no task and no KPI milestone in quarter 4");
  }

  @Test
  void PLAN_QUARTER_EMPTY_negative_control_quarter_edges_filled() {
    RuleVerifier.forRule("PLAN_QUARTER_EMPTY")
        .given(SALES, PETROV, sales()
            .addKpis(Kpi.builder().id("sales.k1").putMonthly(12, BigDecimal.TEN).build())
            .addTasks(task("sales.t1", 3), task("sales.t2", 6, 7))
            .build())
        .firesNothing();
  }

  // ---- OWNER_OVERLOADED -----------------------------------------------------------------

  @Test
  void OWNER_OVERLOADED_fires_once_per_person_naming_the_worst_month() {
    List<Task> tasks = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      tasks.add(task("sales.t" + i, 2, 4)); // 7 in February and in April
    }
    tasks.add(task("sales.t8", 4)); // 8 in April
    var report = RuleVerifier.forRule("OWNER_OVERLOADED")
        .given(SALES, PETROV, IVANOVA, sales().addAllTasks(tasks).build())
        .fires("OWNER_OVERLOADED").on("petrov", 1)
        .firesNothingElse();
    Finding f = report.findings("OWNER_OVERLOADED", "petrov").get(0);
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/people/0");
    assertThat(f.message()).isEqualTo("petrov \"Petr Petrov\" owns 8 tasks in month 4 (more than 6)");
  }

  @Test
  void OWNER_OVERLOADED_counts_tasks_of_every_plan_and_names_the_earliest_of_tied_months() {
    List<Task> sales = new ArrayList<>();
    List<Task> hr = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      sales.add(task("sales.t" + i, 9, 5));
      hr.add(Task.builder().id("hr.t" + i).owner("petrov").addMonths(5, 9).build());
    }
    var report = RuleVerifier.forRule("OWNER_OVERLOADED")
        .given(SALES, HR, PETROV, IVANOVA, sales().addAllTasks(sales).build(),
            DepartmentPlan.builder().department("hr").addAllTasks(hr).build())
        .fires("OWNER_OVERLOADED").on("petrov", 1)
        .firesNothingElse();
    assertThat(report.findings("OWNER_OVERLOADED", "petrov").get(0).message())
        .isEqualTo("petrov \"Petr Petrov\" owns 8 tasks in month 5 (more than 6)");
  }

  @Test
  void OWNER_OVERLOADED_negative_control_six_tasks_and_a_dropped_seventh() {
    List<Task> tasks = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      tasks.add(task("sales.t" + i, 3));
    }
    tasks.add(dropped(task("sales.t7", 3)));
    RuleVerifier.forRule("OWNER_OVERLOADED")
        .given(SALES, PETROV, sales().addAllTasks(tasks).build())
        .firesNothing();
  }

  @Test
  void OWNER_OVERLOADED_option_moves_the_threshold() {
    List<Task> tasks = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      tasks.add(task("sales.t" + i, 3));
    }
    PlanChecker strict = PlanChecker.builder()
        .options(CheckOptions.builder().maxTasksPerOwnerPerMonth(3).build())
        .enableOnly(List.of("OWNER_OVERLOADED"))
        .build();
    RuleVerifier.of(strict)
        .given(SALES, PETROV, sales().addAllTasks(tasks).build())
        .fires("OWNER_OVERLOADED").on("petrov", 1)
        .firesNothingElse();
  }

  // ---- OWNER_OUTSIDE_DEPARTMENT ---------------------------------------------------------

  @Test
  void OWNER_OUTSIDE_DEPARTMENT_fires_on_the_goal() {
    var report = RuleVerifier.forRule("OWNER_OUTSIDE_DEPARTMENT")
        .given(SALES, HR, PETROV, IVANOVA, sales()
            .addGoals(goal("sales.g1"), Goal.builder().id("sales.g2").title("Hire").owner("ivanova").build())
            .build())
        .fires("OWNER_OUTSIDE_DEPARTMENT").on("sales.g2", 1)
        .firesNothingElse();
    Finding f = report.findings("OWNER_OUTSIDE_DEPARTMENT", "sales.g2").get(0);
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/plans/0/goals/1");
    assertThat(f.message())
        .isEqualTo("Goal sales.g2 \"Hire\" is owned by ivanova \"Anna Ivanova\" of department hr \"HR\"");
  }

  @Test
  void OWNER_OUTSIDE_DEPARTMENT_negative_control_own_department_none_or_unknown() {
    Person external = Person.builder().id("consultant").build();
    Person typo = Person.builder().id("sidorov").department("hrr").build();
    RuleVerifier.forRule("OWNER_OUTSIDE_DEPARTMENT")
        .given(SALES, HR, PETROV, IVANOVA, external, typo, sales()
            .addGoals(goal("sales.g1"),
                Goal.builder().id("sales.g2").owner("consultant").build(),
                Goal.builder().id("sales.g3").owner("sidorov").build(),
                Goal.builder().id("sales.g4").owner("nobody").build())
            .build())
        .firesNothing();
  }

  // ---- TOO_MANY_GOALS -------------------------------------------------------------------

  private static DepartmentPlan salesWithGoals(int n) {
    ImmutableDepartmentPlan.Builder b = sales();
    for (int i = 1; i <= n; i++) {
      b.addGoals(goal("sales.g" + i));
    }
    return b.build();
  }

  @Test
  void TOO_MANY_GOALS_fires_on_the_department() {
    var report = RuleVerifier.forRule("TOO_MANY_GOALS")
        .given(SALES, PETROV, salesWithGoals(6))
        .fires("TOO_MANY_GOALS").on("sales", 1)
        .firesNothingElse();
    Finding f = report.findings("TOO_MANY_GOALS", "sales").get(0);
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/plans/0");
    assertThat(f.message())
        .isEqualTo("Plan of department sales \"Sales\" has 6 goals (more than 5): focus is lost");
  }

  @Test
  void TOO_MANY_GOALS_negative_control_at_the_threshold() {
    RuleVerifier.forRule("TOO_MANY_GOALS").given(SALES, PETROV, salesWithGoals(5)).firesNothing();
  }

  @Test
  void TOO_MANY_GOALS_option_moves_the_threshold() {
    PlanChecker four = PlanChecker.builder()
        .options(CheckOptions.builder().maxGoalsPerDepartment(4).build())
        .enableOnly(List.of("TOO_MANY_GOALS"))
        .build();
    RuleVerifier.of(four).given(SALES, PETROV, salesWithGoals(5))
        .fires("TOO_MANY_GOALS").on("sales", 1)
        .firesNothingElse();
    RuleVerifier.of(four).given(SALES, PETROV, salesWithGoals(4)).firesNothing();
  }

  // ---- plans of an unknown department, Russian ------------------------------------------

  @Test
  void department_rules_leave_a_plan_of_an_unknown_department_to_UNKNOWN_REFERENCE() {
    RuleVerifier.forRule("PLAN_WITHOUT_GOALS", "PLAN_QUARTER_EMPTY", "TOO_MANY_GOALS",
            "UNKNOWN_REFERENCE")
        .given(SALES, PETROV, sales().addGoals(goal("sales.g1")).addTasks(task("sales.t1", 1, 4, 7, 10)).build(),
            DepartmentPlan.builder().department("slaes").build())
        .fires("UNKNOWN_REFERENCE").on("slaes", 1)
        .firesNothingElse();
  }

  @Test
  void messages_render_in_russian() {
    PlanChecker russian = PlanChecker.builder()
        .locale(Locale.forLanguageTag("ru"))
        .enableOnly(List.of("GOAL_WITHOUT_TASKS", "PLAN_QUARTER_EMPTY"))
        .build();
    var report = RuleVerifier.of(russian)
        .given(SALES, PETROV, sales()
            .addGoals(Goal.builder().id("sales.g1").title("Открыть Казань").owner("petrov").build())
            .addTasks(Task.builder().id("sales.t1").goal("sales.g9").addMonths(1, 4, 7).build())
            .build())
        .fires("GOAL_WITHOUT_TASKS").on("sales.g1", 1)
        .fires("PLAN_QUARTER_EMPTY").on("sales", 1)
        .firesNothingElse();
    assertThat(report.findings("GOAL_WITHOUT_TASKS", "sales.g1").get(0).message())
        .isEqualTo("У цели sales.g1 «Открыть Казань» нет задач");
    assertThat(report.findings("PLAN_QUARTER_EMPTY", "sales").get(0).message())
        .isEqualTo("В плане отдела sales «Sales» нет ни задач, ни значений KPI в 4-м квартале");
  }
}
