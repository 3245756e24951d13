package org.strategysession.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.Goal;
import org.strategysession.model.Person;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.Task;
import org.strategysession.rules.facts.IdFact;

/**
 * Where only the standard rules match {@link IdFact}, a check makes facts of the ids at fault
 * only (repeated, or named as something they are not); an embedder's rules over {@code IdFact}
 * still see every id.
 */
class IntegrityIndexTest {
  /**
   * Ids at fault: "ivanov" (two people), "ghost" (a goal's owner no element has), "petrov" (a
   * person, named as a task's goal). Clean: "sales", "sales.g1", "sales.t1", "sales.t2".
   */
  private static final PlanDocument DOC = PlanDocument.builder().company("Acme")
      .planningYear(2027)
      .addPeople(Person.builder().id("petrov").department("sales").build())
      .addPeople(Person.builder().id("ivanov").department("sales").build())
      .addPeople(Person.builder().id("ivanov").department("sales").build())
      .addDepartments(Department.of("sales", "Sales", DepartmentKind.SALES, "petrov"))
      .addPlans(DepartmentPlan.builder().department("sales")
          .addGoals(Goal.builder().id("sales.g1").owner("ghost").build())
          .addTasks(Task.builder().id("sales.t1").owner("petrov").goal("sales.g1")
              .addMonths(1, 2).build())
          .addTasks(Task.builder().id("sales.t2").owner("ivanov").goal("petrov")
              .addMonths(3).build())
          .build())
      .build();

  private static List<IdFact> ids(List<Object> facts) {
    return facts.stream().filter(IdFact.class::isInstance).map(IdFact.class::cast).toList();
  }

  private static List<Object> others(List<Object> facts) {
    return facts.stream().filter(f -> !(f instanceof IdFact)).toList();
  }

  @Test
  void without_every_id_only_the_ids_at_fault_are_made_each_as_with_every_id() {
    List<Object> every = Facts.of(DOC, null, CheckOptions.defaults(), t -> true, t -> true);
    List<Object> atFault = Facts.of(DOC, null, CheckOptions.defaults(), t -> true, t -> false);
    assertThat(ids(atFault)).isEqualTo(ids(every).stream()
        .filter(i -> i.count() > 1 || i.hasUnresolved()).toList());
    assertThat(ids(atFault)).extracting(IdFact::id)
        .containsExactlyInAnyOrder("ivanov", "ghost", "petrov");
    // the id at fault keeps every reference that names it, the resolved ones too
    IdFact petrov = ids(atFault).stream().filter(i -> i.id().equals("petrov")).findFirst()
        .orElseThrow();
    assertThat(petrov.references()).hasSizeGreaterThan(petrov.unresolved().size());
    assertThat(petrov.unresolved()).singleElement()
        .satisfies(r -> assertThat(r.path()).isEqualTo("/plans/0/tasks/1/goal"));
    // negative control: with every id, the clean ones are facts too, and nothing else differs
    assertThat(ids(every)).extracting(IdFact::id)
        .contains("sales", "sales.g1", "sales.t1", "sales.t2");
    assertThat(others(atFault)).isEqualTo(others(every));
  }

  /** An embedder's rule ACME_IDS whose message is the number of ids its session got. */
  private static final RuleSource COUNT_IDS = new RuleSource("acme.drl", String.join("\n",
      "package acme.rules;",
      "import org.strategysession.rules.Severity;",
      "import org.strategysession.rules.facts.IdFact;",
      "global org.strategysession.rules.Reporter reporter;",
      "rule \"ACME_IDS\"",
      "when",
      "  $n: Number() from accumulate(IdFact(); count())",
      "then",
      "  reporter.report(\"ACME_IDS\", Severity.INFO, \"document\", null, null, \"\" + $n);",
      "end",
      ""));

  @Test
  void an_embedders_rule_over_the_id_index_sees_every_id_and_the_findings_are_the_same() {
    CheckReport standard = PlanChecker.standard().check(DOC);
    CheckReport withEmbedder = PlanChecker.builder().addRules(COUNT_IDS).build().check(DOC);
    assertThat(withEmbedder.ofRule("ACME_IDS").findings()).singleElement()
        .extracting(Finding::message)
        .isEqualTo(String.valueOf(ids(Facts.of(DOC, null, CheckOptions.defaults())).size()));
    assertThat(ids(Facts.of(DOC, null, CheckOptions.defaults()))).hasSize(7);
    assertThat(withEmbedder.findings().stream().filter(f -> !f.rule().equals("ACME_IDS")))
        .containsExactlyElementsOf(standard.findings());
    assertThat(standard.ofRule("DUPLICATE_ID").findings()).extracting(Finding::subject)
        .containsExactly("ivanov");
    assertThat(standard.ofRule("UNKNOWN_REFERENCE").findings()).extracting(Finding::path)
        .extracting(p -> p.orElseThrow())
        .containsExactlyInAnyOrder("/plans/0/goals/0/owner", "/plans/0/tasks/1/goal");
  }
}
