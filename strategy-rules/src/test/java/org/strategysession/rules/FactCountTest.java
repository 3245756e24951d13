package org.strategysession.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.Goal;
import org.strategysession.model.Need;
import org.strategysession.model.Person;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.Task;

/** {@link PlanChecker#factCount(PlanDocument)} counts what the engine is given. */
class FactCountTest {
  private static PlanDocument document(Task task) {
    return PlanDocument.builder().company("Acme").planningYear(2027)
        .addPeople(Person.builder().id("petrov").department("sales").build())
        .addDepartments(Department.of("sales", "Sales", DepartmentKind.SALES, "petrov"))
        .addPlans(DepartmentPlan.builder().department("sales")
            .addGoals(Goal.builder().id("sales.g1").owner("petrov").build())
            .addTasks(task)
            .build())
        .build();
  }

  private static org.strategysession.model.ImmutableTask.Builder task() {
    return Task.builder().id("sales.t1").goal("sales.g1").owner("petrov")
        .addNeeds(Need.of("hr", "Two hires")).addSupports("hr.t9");
  }

  @Test
  void counts_one_fact_per_element_reference_need_and_support_and_one_per_distinct_id() {
    // document + 4 quarters; person 2 (fact, department reference); department 2 (fact, head
    // reference); plan 2 (fact, department reference); goal 2 (fact, owner reference); task 3
    // (fact, goal and owner references) + need 2 + support 2; 4 distinct ids
    assertThat(PlanChecker.factCount(document(task().addMonths(1, 2).build()))).isEqualTo(24);
    assertThat(PlanChecker.factCount(document(task().addMonths(1, 2).build())))
        .isEqualTo(Facts.of(document(task().addMonths(1, 2).build()), null,
            CheckOptions.defaults()).size());
  }

  @Test
  void months_stay_on_their_task_and_an_empty_document_has_five() {
    assertThat(PlanChecker.factCount(document(task().addMonths(1, 2, 3).build()))).isEqualTo(24);
    assertThat(PlanChecker.factCountsByType(document(task().addMonths(1, 2, 3).build())))
        .containsEntry("TaskFact", 1).containsEntry("IdFact", 4).containsEntry("ReferenceFact", 8);
    // negative control: a duplicated id is one id fact, a further element is one more fact
    assertThat(PlanChecker.factCountsByType(document(task().id("sales.g1").build())))
        .containsEntry("IdFact", 3);
    // negative control: a document with nothing in it still has the document and quarters
    assertThat(PlanChecker.factCount(
        PlanDocument.builder().company("Acme").planningYear(2027).build())).isEqualTo(5);
  }

  @Test
  void null_is_rejected() {
    assertThatThrownBy(() -> PlanChecker.factCount(null)).isInstanceOf(NullPointerException.class);
  }
}
