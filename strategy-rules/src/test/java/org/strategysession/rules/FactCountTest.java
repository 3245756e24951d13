package org.strategysession.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.FollowUp;
import org.strategysession.model.Goal;
import org.strategysession.model.KeyTaskAssignment;
import org.strategysession.model.Kpi;
import org.strategysession.model.Need;
import org.strategysession.model.Person;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.SalesBasis;
import org.strategysession.model.Task;
import org.strategysession.model.TaskStatus;
import org.strategysession.rules.facts.DepartmentFact;
import org.strategysession.rules.facts.IdFact;
import org.strategysession.rules.facts.KeyTaskDoneFact;
import org.strategysession.rules.facts.KeyTaskFact;
import org.strategysession.rules.facts.KeyTaskSetFact;
import org.strategysession.rules.facts.KpiFact;
import org.strategysession.rules.facts.Label;
import org.strategysession.rules.facts.Named;
import org.strategysession.rules.facts.PersonFact;
import org.strategysession.rules.facts.PlanFact;
import org.strategysession.rules.facts.RefKind;
import org.strategysession.rules.facts.ReferenceFact;
import org.strategysession.rules.facts.TaskFact;

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
  void counts_one_fact_per_element_need_and_support_and_one_per_distinct_id() {
    // document + 4 quarters; person, department, plan, goal, task, need, support: one fact
    // each; 6 distinct ids (petrov, sales, sales.g1, sales.t1, and hr and hr.t9, which only
    // the need and the support name): the references are on the ids they name, no facts
    // of their own
    assertThat(PlanChecker.factCount(document(task().addMonths(1, 2).build()))).isEqualTo(18);
    assertThat(PlanChecker.factCount(document(task().addMonths(1, 2).build())))
        .isEqualTo(Facts.of(document(task().addMonths(1, 2).build()), null,
            CheckOptions.defaults()).size());
  }

  @Test
  void months_stay_on_their_task_and_an_empty_document_has_five() {
    assertThat(PlanChecker.factCount(document(task().addMonths(1, 2, 3).build()))).isEqualTo(18);
    assertThat(PlanChecker.factCountsByType(document(task().addMonths(1, 2, 3).build())))
        .containsEntry("TaskFact", 1).containsEntry("IdFact", 6)
        .doesNotContainKey("ReferenceFact");
    // negative control: a duplicated id is one id fact, a further element is one more fact
    assertThat(PlanChecker.factCountsByType(document(task().id("sales.g1").build())))
        .containsEntry("IdFact", 5);
    // negative control: a document with nothing in it still has the document and quarters
    assertThat(PlanChecker.factCount(
        PlanDocument.builder().company("Acme").planningYear(2027).build())).isEqualTo(5);
  }

  private static IdFact idFact(PlanDocument doc, String id) {
    return Facts.of(doc, null, CheckOptions.defaults()).stream()
        .filter(f -> f instanceof IdFact i && i.id().equals(id)).map(IdFact.class::cast)
        .findFirst().orElseThrow();
  }

  @Test
  void references_sit_on_the_id_they_name_and_unresolved_ones_are_those_of_a_wrong_kind() {
    PlanDocument doc = document(task().goal("petrov").build());
    // an id that only a support names: count 0, no pointer, its one reference unresolved
    IdFact onlyNamed = idFact(doc, "hr.t9");
    assertThat(onlyNamed.count()).isZero();
    assertThat(onlyNamed.path()).isNull();
    assertThat(onlyNamed.unresolved()).extracting(ReferenceFact::path)
        .containsExactly("/plans/0/tasks/0/supports/0");
    // a person named as an owner (right kind) and as a task's goal (wrong kind)
    IdFact petrov = idFact(doc, "petrov");
    assertThat(petrov.references()).extracting(ReferenceFact::kind)
        .containsExactly(RefKind.PERSON, RefKind.PERSON, RefKind.GOAL, RefKind.PERSON);
    assertThat(petrov.unresolved()).extracting(ReferenceFact::holder, ReferenceFact::kind)
        .containsExactly(tuple("sales.t1", RefKind.GOAL));
    assertThat(onlyNamed.hasUnresolved()).isTrue();
    assertThat(petrov.hasUnresolved()).isTrue();
    assertThat(petrov.referencedAs()).containsExactlyInAnyOrder(RefKind.PERSON, RefKind.GOAL);
    assertThat(new IdFact("petrov", petrov.count(), petrov.path(), petrov.kinds(),
        petrov.references())).isEqualTo(petrov);
    // negative control: every reference to the goal is of a kind a goal admits
    assertThat(idFact(doc, "sales.g1").unresolved()).isEmpty();
    assertThat(idFact(doc, "sales.g1").hasUnresolved()).isFalse();
  }

  @Test
  void follow_up_facts_name_the_people_and_tasks_of_their_ids() {
    // two people share the id petrov (a DUPLICATE_ID): the one without a name comes first by
    // name, whatever the order of the people; two tasks share sales.t1 in two departments,
    // "Alpha" first by title
    PlanDocument doc = PlanDocument.builder().from(document(task().title("Zeta").build()))
        .addPeople(Person.builder().id("petrov").name("Anna").department("hr").build())
        .addPlans(DepartmentPlan.builder().department("hr")
            .addTasks(Task.builder().id("sales.t1").title("Alpha").build()).build())
        .followUp(FollowUp.builder().addKeyTasks(KeyTaskAssignment.builder().person("petrov")
            .month(1).addTasks("sales.t1", "no.such").addDone("sales.t1", "no.such").build())
            .build())
        .build();
    List<Object> facts = Facts.of(doc, null, CheckOptions.defaults());
    List<KeyTaskFact> keyTasks = facts.stream().filter(KeyTaskFact.class::isInstance)
        .map(KeyTaskFact.class::cast).toList();
    KeyTaskFact known = keyTasks.get(0);
    assertThat(known.personNamed()).isEqualTo(new Named(new Label("petrov", null), "sales"));
    assertThat(known.taskNamed()).isEqualTo(new Named(new Label("sales.t1", "Alpha"), "hr"));
    assertThat(known.tasksNamed()).containsExactly(
        new Named(new Label("sales.t1", "Zeta"), "sales"),
        new Named(new Label("sales.t1", "Alpha"), "hr"));
    // negative control: an id no task carries names nothing
    assertThat(keyTasks.get(1).taskNamed()).isNull();
    assertThat(keyTasks.get(1).tasksNamed()).isEmpty();
    List<KeyTaskDoneFact> dones = facts.stream().filter(KeyTaskDoneFact.class::isInstance)
        .map(KeyTaskDoneFact.class::cast).toList();
    assertThat(dones).extracting(KeyTaskDoneFact::taskNamed).containsExactly(
        new Named(new Label("sales.t1", "Alpha"), "hr"), null);
    assertThat(dones.get(0).personNamed()).isEqualTo(known.personNamed());
    KeyTaskSetFact set = facts.stream().filter(KeyTaskSetFact.class::isInstance)
        .map(KeyTaskSetFact.class::cast).findFirst().orElseThrow();
    assertThat(set.peopleNamed()).containsExactly(
        new Named(new Label("petrov", null), "sales"), new Named(new Label("petrov", "Anna"), "hr"));
  }

  @Test
  void a_kpi_counts_the_kpis_whose_basedOn_names_it() {
    Kpi revenue = Kpi.builder().id("sales.revenue").build();
    Kpi newClients = Kpi.builder().id("sales.newClients").build();
    PlanDocument doc = PlanDocument.builder().company("Acme").planningYear(2027)
        .addPlans(DepartmentPlan.builder().department("sales").addKpis(revenue, newClients)
            .build())
        .addPlans(DepartmentPlan.builder().department("marketing")
            .addKpis(Kpi.builder().id("marketing.leads")
                .basedOn(SalesBasis.builder().kpi("sales.revenue").build()).build())
            .build())
        .addPlans(DepartmentPlan.builder().department("production")
            .addKpis(Kpi.builder().id("production.output")
                .basedOn(SalesBasis.builder().kpi("sales.revenue").build()).build(),
                Kpi.builder().id("production.quality")
                    .basedOn(SalesBasis.builder().kpi("nowhere").build()).build())
            .build())
        .build();
    assertThat(Facts.of(doc, null, CheckOptions.defaults()).stream()
        .filter(KpiFact.class::isInstance).map(KpiFact.class::cast)
        .map(k -> tuple(k.id(), k.basedOnCount())))
        .containsExactly(tuple("sales.revenue", 2), tuple("sales.newClients", 0),
            tuple("marketing.leads", 0), tuple("production.output", 0),
            tuple("production.quality", 0));
  }

  @Test
  void a_task_counts_the_supports_entries_that_name_it() {
    Task launch = Task.builder().id("sales.launch").build();
    Task other = Task.builder().id("sales.other").build();
    PlanDocument doc = PlanDocument.builder().company("Acme").planningYear(2027)
        .addPlans(DepartmentPlan.builder().department("sales").addTasks(launch, other).build())
        .addPlans(DepartmentPlan.builder().department("marketing")
            .addTasks(Task.builder().id("marketing.ads").addSupports("sales.launch").build(),
                Task.builder().id("marketing.web").status(TaskStatus.DROPPED)
                    .addSupports("sales.launch", "nowhere").build())
            .build())
        .build();
    assertThat(Facts.of(doc, null, CheckOptions.defaults()).stream()
        .filter(TaskFact.class::isInstance).map(TaskFact.class::cast)
        .map(t -> tuple(t.id(), t.supportCount())))
        .containsExactly(tuple("sales.launch", 2), tuple("sales.other", 0),
            tuple("marketing.ads", 0), tuple("marketing.web", 0));
  }

  @Test
  void a_task_counts_the_needs_and_supports_of_the_tasks_of_its_id_in_its_department() {
    Need money = Need.builder().department("finance").what("money").build();
    Need people = Need.builder().department("hr").what("people").build();
    PlanDocument doc = PlanDocument.builder().company("Acme").planningYear(2027)
        .addPlans(DepartmentPlan.builder().department("sales")
            .addTasks(Task.builder().id("sales.t1").addNeeds(money, people).build(),
                Task.builder().id("sales.t1").addSupports("hr.t1").build(),
                Task.builder().id("sales.t2").build())
            .build())
        .addPlans(DepartmentPlan.builder().department("hr")
            .addTasks(Task.builder().id("sales.t1").addNeeds(money).build())
            .build())
        .build();
    assertThat(Facts.of(doc, null, CheckOptions.defaults()).stream()
        .filter(TaskFact.class::isInstance).map(TaskFact.class::cast)
        .map(t -> tuple(t.department(), t.id(), t.needCount(), t.supportsCount())))
        .containsExactly(tuple("sales", "sales.t1", 2, 1), tuple("sales", "sales.t1", 2, 1),
            tuple("sales", "sales.t2", 0, 0), tuple("hr", "sales.t1", 1, 0));
  }

  @Test
  void plans_and_departments_count_the_plans_of_a_department() {
    PlanDocument doc = PlanDocument.builder().company("Acme").planningYear(2027)
        .addDepartments(Department.builder().id("sales").build(),
            Department.builder().id("hr").build())
        .addPlans(DepartmentPlan.builder().department("sales").build(),
            DepartmentPlan.builder().department("nowhere").build(),
            DepartmentPlan.builder().department("sales").build(),
            DepartmentPlan.builder().department("sales").build())
        .build();
    List<Object> facts = Facts.of(doc, null, CheckOptions.defaults());
    assertThat(facts.stream().filter(PlanFact.class::isInstance).map(PlanFact.class::cast)
        .map(p -> tuple(p.department(), p.index(), p.planCount(), p.planOrdinal())))
        .containsExactly(tuple("sales", 0, 3, 0), tuple("nowhere", 1, 1, 0),
            tuple("sales", 2, 3, 1), tuple("sales", 3, 3, 2));
    assertThat(facts.stream().filter(DepartmentFact.class::isInstance)
        .map(DepartmentFact.class::cast).map(d -> tuple(d.id(), d.planCount())))
        .containsExactly(tuple("sales", 3), tuple("hr", 0));
  }

  @Test
  void a_person_counts_the_departments_they_head_and_the_goals_they_own() {
    PlanDocument doc = PlanDocument.builder().company("Acme").planningYear(2027)
        .addPeople(Person.builder().id("ivanov").build(), Person.builder().id("petrov").build(),
            Person.builder().id("sidorov").build())
        .addDepartments(Department.builder().id("sales").head("ivanov").build(),
            Department.builder().id("hr").head("ivanov").build(),
            Department.builder().id("it").head("nobody").build())
        .addPlans(DepartmentPlan.builder().department("sales")
            .addGoals(Goal.builder().id("sales.g1").owner("petrov").build(),
                Goal.builder().id("sales.g2").owner("petrov").build(),
                Goal.builder().id("sales.g3").owner("ivanov").build())
            .build())
        .build();
    assertThat(Facts.of(doc, null, CheckOptions.defaults()).stream()
        .filter(PersonFact.class::isInstance).map(PersonFact.class::cast)
        .map(p -> tuple(p.id(), p.headCount(), p.goalCount())))
        .containsExactly(tuple("ivanov", 2, 1), tuple("petrov", 0, 2), tuple("sidorov", 0, 0));
  }

  @Test
  void null_is_rejected() {
    assertThatThrownBy(() -> PlanChecker.factCount(null)).isInstanceOf(NullPointerException.class);
  }
}
