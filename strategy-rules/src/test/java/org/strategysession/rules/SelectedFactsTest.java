package org.strategysession.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.FollowUp;
import org.strategysession.model.KeyTaskAssignment;
import org.strategysession.model.Person;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.Task;
import org.strategysession.model.YearReport;
import org.strategysession.rules.facts.IdFact;
import org.strategysession.rules.facts.KeyTaskDoneFact;
import org.strategysession.rules.facts.ReportSectionFact;

/**
 * Of three fact types the standard rules match only some facts, and a check makes only those
 * unless an embedder's rules match the type ({@code Facts.of}). The standard rules must keep to
 * those patterns: a rule that matched one of these types otherwise would need every fact.
 */
class SelectedFactsTest {
  /** Each selected type, with the constraint every standard pattern on it must have. */
  private static final Map<Class<?>, List<String>> SELECTED = Map.of(
      IdFact.class, List.of("count > 1", "hasUnresolved()"),
      ReportSectionFact.class, List.of("empty == true"),
      KeyTaskDoneFact.class, List.of("listed == false"));

  @Test
  void every_standard_pattern_on_a_selected_type_has_its_constraint() {
    KieBase base = StandardRuleBase.build(Set.of());
    Map<String, Set<String>> rules = new TreeMap<>();
    for (Map.Entry<Class<?>, List<String>> e : SELECTED.entrySet()) {
      for (KiePackage p : base.getKiePackages()) {
        for (Rule r : p.getRules()) {
          for (Pattern pattern : patterns(((RuleImpl) r).getLhs(), e.getKey())) {
            rules.computeIfAbsent(e.getKey().getSimpleName(), k -> new TreeSet<>())
                .add(r.getName());
            List<String> constraints = pattern.getConstraints().stream()
                .map(Object::toString).toList();
            assertThat(constraints).as(r.getName())
                .anySatisfy(c -> assertThat(c).containsAnyOf(e.getValue().toArray(String[]::new)));
          }
        }
      }
    }
    // negative control: the walk finds the rules, and only those
    assertThat(rules).isEqualTo(Map.of(
        "IdFact", Set.of("DUPLICATE_ID", "UNKNOWN_REFERENCE"),
        "ReportSectionFact", Set.of("REPORT_SECTION_EMPTY"),
        "KeyTaskDoneFact", Set.of("KEY_TASK_DONE_UNLISTED")));
  }

  private static List<Pattern> patterns(RuleConditionElement e, Class<?> type) {
    List<Pattern> out = new java.util.ArrayList<>();
    if (e instanceof Pattern p && p.getObjectType() instanceof ClassObjectType c
        && c.getClassType() == type) {
      out.add(p);
    }
    for (RuleConditionElement nested : e.getNestedElements()) {
      out.addAll(patterns(nested, type));
    }
    return out;
  }

  private static final PlanDocument DOC = PlanDocument.builder().company("Acme")
      .planningYear(2027)
      .addPeople(Person.builder().id("petrov").department("sales").build())
      .addDepartments(Department.of("sales", "Sales", DepartmentKind.SALES, "petrov"))
      .addPlans(DepartmentPlan.builder().department("sales")
          .report(YearReport.builder().addResults("Revenue up").addStrengths("Team")
              .addWeaknesses(" ").build())
          .addTasks(Task.builder().id("sales.t1").addMonths(1).build())
          .addTasks(Task.builder().id("sales.t2").addMonths(1).build())
          .build())
      .followUp(FollowUp.builder().addKeyTasks(KeyTaskAssignment.builder().person("petrov")
          .month(1).addTasks("sales.t1").addDone("sales.t1", "sales.t2").build()).build())
      .build();

  private static <T> List<T> of(List<Object> facts, Class<T> type) {
    return facts.stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Test
  void only_the_empty_sections_and_the_unlisted_tasks_done_are_made_unless_every_one_is_asked() {
    List<Object> every = Facts.of(DOC, null, CheckOptions.defaults(), t -> true, t -> true);
    List<Object> selected = Facts.of(DOC, null, CheckOptions.defaults(), t -> true, t -> false);
    assertThat(of(selected, ReportSectionFact.class)).extracting(ReportSectionFact::section)
        .containsExactly("weaknesses", "marketChanges", "conclusions");
    assertThat(of(selected, ReportSectionFact.class))
        .isEqualTo(of(every, ReportSectionFact.class).stream().filter(ReportSectionFact::empty)
            .toList());
    assertThat(of(selected, KeyTaskDoneFact.class)).extracting(KeyTaskDoneFact::task)
        .containsExactly("sales.t2");
    // negative control: every one, where asked
    assertThat(of(every, ReportSectionFact.class)).hasSize(5);
    assertThat(of(every, KeyTaskDoneFact.class)).extracting(KeyTaskDoneFact::task)
        .containsExactly("sales.t1", "sales.t2");
  }

  /** An embedder's rule ACME_SECTIONS whose message is the number of sections it got. */
  private static final RuleSource COUNT_SECTIONS = new RuleSource("acme.drl", String.join("\n",
      "package acme.rules;",
      "import org.strategysession.rules.Severity;",
      "import org.strategysession.rules.facts.ReportSectionFact;",
      "global org.strategysession.rules.Reporter reporter;",
      "rule \"ACME_SECTIONS\"",
      "when",
      "  $n: Number() from accumulate(ReportSectionFact(); count())",
      "then",
      "  reporter.report(\"ACME_SECTIONS\", Severity.INFO, \"document\", null, null, \"\" + $n);",
      "end",
      ""));

  @Test
  void an_embedders_rule_over_a_selected_type_sees_every_fact_and_the_findings_are_the_same() {
    CheckReport standard = PlanChecker.standard().check(DOC);
    CheckReport withEmbedder = PlanChecker.builder().addRules(COUNT_SECTIONS).build().check(DOC);
    assertThat(withEmbedder.ofRule("ACME_SECTIONS").findings()).singleElement()
        .extracting(Finding::message).isEqualTo("5");
    assertThat(withEmbedder.findings().stream().filter(f -> !f.rule().equals("ACME_SECTIONS")))
        .containsExactlyElementsOf(standard.findings());
    assertThat(standard.ofRule("REPORT_SECTION_EMPTY").findings()).hasSize(3);
    assertThat(standard.ofRule("KEY_TASK_DONE_UNLISTED").findings()).hasSize(1);
  }

  @Test
  void a_checker_counts_the_facts_it_gives_the_engine() {
    Map<String, Integer> standard = PlanChecker.standard().engineFactCounts(DOC);
    assertThat(standard).containsEntry("ReportSectionFact", 3)
        .containsEntry("KeyTaskDoneFact", 1).doesNotContainKey("TrackerRefFact");
    // every section for the embedder's rule base and, made once, for the standard one too
    assertThat(PlanChecker.builder().addRules(COUNT_SECTIONS).build().engineFactCounts(DOC))
        .containsEntry("ReportSectionFact", 10).containsEntry("KeyTaskDoneFact", 1);
    // negative control: what the flattening can make
    assertThat(PlanChecker.factCountsByType(DOC)).containsEntry("ReportSectionFact", 5)
        .containsEntry("KeyTaskDoneFact", 2);
  }
}
