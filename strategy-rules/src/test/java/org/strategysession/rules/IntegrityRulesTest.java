package org.strategysession.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.Goal;
import org.strategysession.model.Person;
import org.strategysession.model.Task;
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
}
