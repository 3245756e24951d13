package org.strategysession.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.Goal;
import org.strategysession.model.Person;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.Task;
import org.strategysession.rules.facts.IdFact;

/** A checker gives its rule base only the facts its patterns name, and finds the same. */
class FactFilterTest {
  private static final PlanDocument DOC = PlanDocument.builder().company("Acme")
      .planningYear(2027)
      .addPeople(Person.builder().id("petrov").department("sales").build())
      .addDepartments(Department.of("sales", "Sales", DepartmentKind.SALES, "petrov"))
      .addPlans(DepartmentPlan.builder().department("sales")
          .addGoals(Goal.builder().id("sales.g1").owner("ghost").build())
          .addTasks(Task.builder().id("sales.t1").owner("petrov").goal("sales.g1")
              .addMonths(1, 2).build())
          .build())
      .build();

  private static Set<Class<?>> passed(FactFilter filter) {
    return filter.filter(Facts.of(DOC, null, CheckOptions.defaults())).stream()
        .map(Object::getClass).collect(Collectors.toSet());
  }

  @Test
  void the_integrity_rules_get_only_the_id_index() {
    FactFilter integrity = FactFilter.of(StandardRuleBase.build(Set.copyOf(
        RuleCatalog.rules().stream().map(RuleInfo::id)
            .filter(id -> !id.equals("DUPLICATE_ID") && !id.equals("UNKNOWN_REFERENCE"))
            .toList())));
    assertThat(passed(integrity))
        .containsExactly(IdFact.class);
    // negative control: the whole catalog gets every kind of fact of the document
    assertThat(passed(FactFilter.of(StandardRuleBase.build(Set.of()))))
        .hasSameElementsAs(Facts.of(DOC, null, CheckOptions.defaults()).stream()
            .map(Object::getClass).collect(Collectors.toSet()));
  }

  @Test
  void a_restricted_checker_finds_what_the_whole_catalog_finds_for_its_rules() {
    CheckReport all = PlanChecker.standard().check(DOC);
    for (String rule : List.of("UNKNOWN_REFERENCE", "TASK_WITHOUT_GOAL", "PLAN_QUARTER_EMPTY")) {
      assertThat(PlanChecker.builder().enableOnly(List.of(rule)).build().check(DOC))
          .as(rule).isEqualTo(all.ofRule(rule));
    }
    assertThat(all.ofRule("UNKNOWN_REFERENCE").findings()).hasSize(1);
  }

  /** An embedder's rule ACME_COUNT whose message is the number of facts its session got. */
  static final RuleSource COUNT_EVERY_FACT = new RuleSource("acme.drl", String.join("\n",
      "package acme.rules;",
      "import org.strategysession.rules.Severity;",
      "global org.strategysession.rules.Reporter reporter;",
      "rule \"ACME_COUNT\"",
      "when",
      "  $n: Number(intValue > 0) from accumulate(Object(); count())",
      "then",
      "  reporter.report(\"ACME_COUNT\", Severity.INFO, \"document\", null, null, \"\" + $n);",
      "end",
      ""));

  @Test
  void a_custom_rule_on_any_object_gets_every_fact() {
    CheckReport report = PlanChecker.builder().enableOnly(List.of())
        .addRules(COUNT_EVERY_FACT).build().check(DOC);
    assertThat(report.findings()).singleElement().extracting(Finding::message)
        .isEqualTo(String.valueOf(PlanChecker.factCount(DOC)));
  }
}
