package org.strategysession.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.strategysession.model.CompanyGoal;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.FollowUp;
import org.strategysession.model.Goal;
import org.strategysession.model.KeyTaskAssignment;
import org.strategysession.model.Kpi;
import org.strategysession.model.Person;
import org.strategysession.model.Task;
import org.strategysession.rules.testing.ReportAssert;
import org.strategysession.rules.testing.RuleVerifier;

/** integrity.drl: DUPLICATE_ID and UNKNOWN_REFERENCE. */
class IntegrityRulesTest {
  private static final Department SALES = Department.of("sales", "Sales", DepartmentKind.SALES, "petrov");
  private static final Person PETROV = Person.builder().id("petrov").department("sales").build();

  @Test
  void DUPLICATE_ID_fires_once_per_duplicated_id() {
    DepartmentPlan plan = DepartmentPlan.builder().department("sales")
        .addGoals(Goal.builder().id("sales.g1").build())
        .addTasks(Task.builder().id("sales.g1").build(), Task.builder().id("sales.g1").build())
        .build();
    RuleVerifier.forRule("DUPLICATE_ID")
        .given(SALES, PETROV, plan)
        .fires("DUPLICATE_ID").on("sales.g1", 1)
        .firesNothingElse()
        .findings("DUPLICATE_ID", "sales.g1")
        .forEach(f -> {
          assertThat(f.path()).contains("/plans/0/goals/0");
          assertThat(f.message()).isEqualTo("Id sales.g1 is used by 3 elements");
        });
  }

  @Test
  void DUPLICATE_ID_negative_control_unique_ids() {
    DepartmentPlan plan = DepartmentPlan.builder().department("sales")
        .addGoals(Goal.builder().id("sales.g1").build())
        .addTasks(Task.builder().id("sales.t1").build())
        .build();
    RuleVerifier.forRule("DUPLICATE_ID").given(SALES, PETROV, plan).firesNothing();
  }

  @Test
  void UNKNOWN_REFERENCE_fires_on_the_holder_with_the_reference_path() {
    DepartmentPlan plan = DepartmentPlan.builder().department("sales")
        .addTasks(Task.builder().id("sales.t1").owner("nobody").goal("sales.g1").build())
        .addGoals(Goal.builder().id("sales.g1").owner("petrov").build())
        .build();
    var report = RuleVerifier.forRule("UNKNOWN_REFERENCE")
        .given(SALES, PETROV, plan)
        .fires("UNKNOWN_REFERENCE").on("sales.t1", 1)
        .firesNothingElse();
    assertThat(report.findings("UNKNOWN_REFERENCE", "sales.t1").get(0).path())
        .contains("/plans/0/tasks/0/owner");
    assertThat(report.findings("UNKNOWN_REFERENCE", "sales.t1").get(0).department())
        .contains("sales");
  }

  @Test
  void UNKNOWN_REFERENCE_negative_control_reference_of_the_wrong_kind_and_right_kind() {
    DepartmentPlan plan = DepartmentPlan.builder().department("sales")
        .addGoals(Goal.builder().id("sales.g1").owner("petrov").build())
        .addTasks(Task.builder().id("sales.t1").owner("petrov").goal("sales.g1").build())
        .build();
    RuleVerifier.forRule("UNKNOWN_REFERENCE").given(SALES, PETROV, plan).firesNothing();
    // a task's goal naming a person is a reference of the wrong kind
    DepartmentPlan wrongKind = DepartmentPlan.builder().from(plan)
        .tasks(java.util.List.of(Task.builder().id("sales.t1").owner("petrov").goal("petrov").build()))
        .build();
    RuleVerifier.forRule("UNKNOWN_REFERENCE").given(SALES, PETROV, wrongKind)
        .fires("UNKNOWN_REFERENCE").on("sales.t1", 1).firesNothingElse();
  }

  // ---- 1.1: company goals, serves, key tasks done ---------------------------------------

  private static final CompanyGoal GROW = CompanyGoal.builder().id("cg1").title("Grow revenue")
      .owner("petrov").addKpis("sales.revenue").build();

  private static DepartmentPlan servingPlan(String... serves) {
    return DepartmentPlan.builder().department("sales")
        .addKpis(Kpi.builder().id("sales.revenue").build())
        .addGoals(Goal.builder().id("sales.g1").owner("petrov").addServes(serves).build(),
            Goal.builder().id("sales.g2").owner("petrov").addServes("cg1").build())
        .addTasks(Task.builder().id("sales.t1").owner("petrov").goal("sales.g1").build())
        .build();
  }

  private static Finding only(ReportAssert report, String rule, String subject) {
    List<Finding> found = report.findings(rule, subject);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void UNKNOWN_REFERENCE_fires_on_a_goal_serving_no_company_goal() {
    ReportAssert report = RuleVerifier.forRule("UNKNOWN_REFERENCE")
        .given(SALES, PETROV, GROW, servingPlan("cg1", "cg9"))
        .fires("UNKNOWN_REFERENCE").on("sales.g1", 1)
        .firesNothingElse();
    Finding f = only(report, "UNKNOWN_REFERENCE", "sales.g1");
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/plans/0/goals/0/serves/1");
    assertThat(f.message())
        .isEqualTo("sales.g1 refers to cg9, which is no company goal of the document");
    // a department goal is not a company goal
    RuleVerifier.forRule("UNKNOWN_REFERENCE").given(SALES, PETROV, GROW, servingPlan("sales.g2"))
        .fires("UNKNOWN_REFERENCE").on("sales.g1", 1)
        .firesNothingElse();
  }

  @Test
  void UNKNOWN_REFERENCE_negative_control_goal_serving_a_company_goal() {
    RuleVerifier.forRule("UNKNOWN_REFERENCE").given(SALES, PETROV, GROW, servingPlan("cg1"))
        .firesNothing();
  }

  @Test
  void UNKNOWN_REFERENCE_fires_on_a_company_goal_whose_owner_or_kpi_names_nothing() {
    CompanyGoal dangling = CompanyGoal.builder().from(GROW).owner("ghost")
        .addKpis("sales.g1").build();
    ReportAssert report = RuleVerifier.forRule("UNKNOWN_REFERENCE")
        .given(SALES, PETROV, dangling, servingPlan("cg1"))
        .fires("UNKNOWN_REFERENCE").on("cg1", 2)
        .firesNothingElse();
    assertThat(report.findings("UNKNOWN_REFERENCE", "cg1"))
        .extracting(f -> f.path().orElseThrow(), Finding::message)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("/companyGoals/0/owner",
                "cg1 refers to ghost, which is no person of the document"),
            org.assertj.core.groups.Tuple.tuple("/companyGoals/0/kpis/1",
                "cg1 refers to sales.g1, which is no KPI of the document"));
    assertThat(report.findings("UNKNOWN_REFERENCE", "cg1"))
        .allSatisfy(f -> assertThat(f.department()).isEmpty());
  }

  @Test
  void UNKNOWN_REFERENCE_negative_control_company_goal_owner_and_kpi_exist() {
    RuleVerifier.forRule("UNKNOWN_REFERENCE").given(SALES, PETROV, GROW, servingPlan("cg1"))
        .firesNothing();
    // a company goal's KPI may be one of any plan: no plan of its own is needed
    DepartmentPlan hr = DepartmentPlan.builder().department("hr")
        .addKpis(Kpi.builder().id("hr.turnover").build()).build();
    RuleVerifier.forRule("UNKNOWN_REFERENCE")
        .given(SALES, PETROV, Department.of("hr", "HR", DepartmentKind.HR, "petrov"),
            CompanyGoal.builder().from(GROW).addKpis("hr.turnover").build(),
            servingPlan("cg1"), hr)
        .firesNothing();
  }

  @Test
  void UNKNOWN_REFERENCE_fires_on_the_follow_up_for_a_done_key_task_naming_no_task() {
    FollowUp followUp = FollowUp.builder().addKeyTasks(KeyTaskAssignment.builder()
        .person("petrov").month(1).addTasks("sales.t1").addDone("sales.t1", "sales.t7").build())
        .build();
    ReportAssert report = RuleVerifier.forRule("UNKNOWN_REFERENCE")
        .given(SALES, PETROV, GROW, servingPlan("cg1"), followUp)
        .fires("UNKNOWN_REFERENCE").on("followUp", 1)
        .firesNothingElse();
    Finding f = only(report, "UNKNOWN_REFERENCE", "followUp");
    assertThat(f.department()).isEmpty();
    assertThat(f.path()).contains("/followUp/keyTasks/0/done/1");
    assertThat(f.message())
        .isEqualTo("followUp refers to sales.t7, which is no task of the document");
    // negative control: done naming a task of the document
    RuleVerifier.forRule("UNKNOWN_REFERENCE")
        .given(SALES, PETROV, GROW, servingPlan("cg1"), FollowUp.builder()
            .addKeyTasks(KeyTaskAssignment.builder().person("petrov").month(1)
                .addTasks("sales.t1").addDone("sales.t1").build()).build())
        .firesNothing();
  }

  @Test
  void DUPLICATE_ID_counts_company_goals_with_every_other_element() {
    CompanyGoal clash = CompanyGoal.builder().id("sales.g2").title("Clash").build();
    ReportAssert report = RuleVerifier.forRule("DUPLICATE_ID")
        .given(SALES, PETROV, GROW, clash, servingPlan("cg1"))
        .fires("DUPLICATE_ID").on("sales.g2", 1)
        .firesNothingElse();
    Finding f = only(report, "DUPLICATE_ID", "sales.g2");
    assertThat(f.path()).contains("/plans/0/goals/1");
    assertThat(f.message()).isEqualTo("Id sales.g2 is used by 2 elements");
    // two company goals, or a company goal and a person
    RuleVerifier.forRule("DUPLICATE_ID")
        .given(SALES, PETROV, GROW, CompanyGoal.builder().id("cg1").build(),
            CompanyGoal.builder().id("petrov").build(), servingPlan("cg1"))
        .fires("DUPLICATE_ID").on("cg1", 1)
        .fires("DUPLICATE_ID").on("petrov", 1)
        .firesNothingElse();
  }

  @Test
  void DUPLICATE_ID_negative_control_company_goals_with_their_own_ids() {
    RuleVerifier.forRule("DUPLICATE_ID")
        .given(SALES, PETROV, GROW, CompanyGoal.builder().id("cg2").build(), servingPlan("cg1"))
        .firesNothing();
  }

  @Test
  void unknown_company_goal_renders_in_russian() {
    ReportAssert report = RuleVerifier.of(PlanChecker.builder()
            .locale(Locale.forLanguageTag("ru")).enableOnly(List.of("UNKNOWN_REFERENCE")).build())
        .given(SALES, PETROV, GROW, servingPlan("cg9"))
        .fires("UNKNOWN_REFERENCE").on("sales.g1", 1);
    assertThat(only(report, "UNKNOWN_REFERENCE", "sales.g1").message())
        .isEqualTo("sales.g1 ссылается на cg9, но такого объекта (тип: цель компании) в документе нет");
  }
}
