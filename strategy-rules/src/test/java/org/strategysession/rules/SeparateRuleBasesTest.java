package org.strategysession.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import org.kie.api.KieBase;
import org.kie.api.runtime.StatelessKieSession;
import org.strategysession.model.CompanyGoal;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.Goal;
import org.strategysession.model.Person;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.Remark;
import org.strategysession.model.RemarkKind;
import org.strategysession.model.Task;
import org.strategysession.model.testing.DocumentArbitraries;
import org.strategysession.rules.facts.IdFact;

/**
 * A check of a large document runs the standard rules as rule bases that share no type of
 * fact, one session each ({@link StandardRuleBase#buildSeparate}): every rule is in exactly one
 * base, no fact goes to two of them, and the findings are those of one session of the whole
 * catalog, which is how a smaller document is checked.
 */
class SeparateRuleBasesTest {
  /** Separate bases for every document, however small. */
  private static final PlanChecker SEPARATE = PlanChecker.builder().separateFrom(0).build();
  /** One base for every document, however large. */
  private static final PlanChecker WHOLE_ONLY =
      PlanChecker.builder().separateFrom(Integer.MAX_VALUE).build();
  private static final KieBase WHOLE = StandardRuleBase.build(Set.of());

  private static Set<String> allRules() {
    return RuleCatalog.rules().stream().map(RuleInfo::id)
        .filter(id -> !id.equals(PlanChecker.RULE_FAILED)).collect(Collectors.toSet());
  }

  private static Set<String> allBut(String... enabled) {
    Set<String> disabled = new HashSet<>(allRules());
    disabled.removeAll(Set.of(enabled));
    return disabled;
  }

  @Example
  void every_enabled_rule_is_in_exactly_one_base() {
    for (Set<String> disabled : List.of(Set.<String>of(), StandardRuleBase.DATED)) {
      List<Set<String>> parts = StandardRuleBase.components(disabled);
      List<String> placed = parts.stream().flatMap(Set::stream).toList();
      Set<String> enabled = new HashSet<>(allRules());
      enabled.removeAll(disabled);
      assertThat(placed).doesNotHaveDuplicates().hasSameElementsAs(enabled);
      // the id index is a type of fact of its own: the integrity rules are a base of their own
      assertThat(parts).contains(Set.of("DUPLICATE_ID", "UNKNOWN_REFERENCE"));
      assertThat(parts).hasSizeGreaterThan(1);
    }
  }

  @Example
  void rules_matching_a_common_type_share_a_base_and_others_do_not() {
    // both match KpiFact
    assertThat(StandardRuleBase.components(allBut("KPI_WITHOUT_TARGET", "KPI_UNUSED")))
        .containsExactly(Set.of("KPI_WITHOUT_TARGET", "KPI_UNUSED"));
    // IdFact and KpiFact: nothing in common
    assertThat(StandardRuleBase.components(allBut("DUPLICATE_ID", "KPI_UNUSED")))
        .containsExactlyInAnyOrder(Set.of("DUPLICATE_ID"), Set.of("KPI_UNUSED"));
    // GOAL_WITHOUT_KPI (GoalFact) and KPI_UNUSED (KpiFact) join through
    // TOO_MANY_HIGH_PRIORITY (GoalFact, DepartmentFact) and SALES_BASIS_NOT_SALES (DepartmentFact,
    // KpiFact)
    assertThat(StandardRuleBase.components(allBut("GOAL_WITHOUT_KPI", "KPI_UNUSED",
        "TOO_MANY_HIGH_PRIORITY", "SALES_BASIS_NOT_SALES"))).hasSize(1);
    assertThat(StandardRuleBase.components(allRules())).isEmpty();
  }

  @Example
  void no_type_of_fact_goes_to_two_bases() {
    List<Class<?>> types = List.of(IdFact.class,
        org.strategysession.rules.facts.TaskFact.class,
        org.strategysession.rules.facts.KpiFact.class,
        org.strategysession.rules.facts.DepartmentFact.class,
        org.strategysession.rules.facts.PlanFact.class,
        org.strategysession.rules.facts.RemarkFact.class,
        org.strategysession.rules.facts.CompanyGoalFact.class,
        org.strategysession.rules.facts.KpiHealthFact.class,
        org.strategysession.rules.facts.KeyTaskFact.class,
        org.strategysession.rules.facts.ReportSectionFact.class);
    List<FactFilter> filters = StandardRuleBase.buildSeparate(Set.of()).stream()
        .map(FactFilter::of).toList();
    for (Class<?> type : types) {
      assertThat(filters.stream().filter(f -> f.admits(type)).count()).as(type.getSimpleName())
          .isEqualTo(1);
    }
    // the standard rules read the calendar from a global: no base takes the fact
    assertThat(filters).noneMatch(f -> f.admits(org.strategysession.model.PlanningCalendar.class));
  }

  /**
   * A document with findings of each part's rules (the id index, the company goals, a systemic
   * problem and the rest): the separate bases report each of them as the one base does.
   */
  @Example
  void each_part_reports_its_findings() {
    PlanDocument doc = PlanDocument.builder().company("Acme").planningYear(2027)
        .addPeople(Person.builder().id("petrov").department("sales").build())
        .addDepartments(Department.of("sales", "Sales", DepartmentKind.SALES, "petrov"))
        .addCompanyGoals(CompanyGoal.builder().id("cg1").title("Grow").build())
        .addPlans(DepartmentPlan.builder().department("sales")
            .addGoals(Goal.builder().id("sales.g1").owner("ghost").build())
            .addTasks(Task.builder().id("sales.g1").goal("sales.g1").build())
            .build())
        .addRemarks(Remark.builder().id("r1").department("sales")
            .kind(RemarkKind.SYSTEMIC_PROBLEM).text("Leads get lost").build())
        .build();
    LocalDate asOf = LocalDate.of(2027, 6, 1);
    CheckReport separate = SEPARATE.check(doc, asOf);
    for (String rule : List.of("DUPLICATE_ID", "UNKNOWN_REFERENCE", "COMPANY_GOAL_WITHOUT_OWNER",
        "SYSTEMIC_PROBLEM_UNADDRESSED", "TASK_WITHOUT_OWNER")) {
      assertThat(separate.ofRule(rule).findings()).as(rule).isNotEmpty();
    }
    assertThat(separate).isEqualTo(WHOLE_ONLY.check(doc, asOf));
    assertThat(keys(separate)).isEqualTo(oneSession(doc, asOf));
  }

  /**
   * A revision (the earlier version's facts go to the revision rules' base) and an embedder's
   * DRL (its own session, every fact it can match) check alike with and without the split.
   */
  @Property(tries = 40)
  void revisions_and_custom_rules_check_alike_split_or_not(@ForAll("random") PlanDocument earlier,
      @ForAll("random") PlanDocument revised) {
    assertThat(SEPARATE.checkRevision(earlier, revised))
        .isEqualTo(WHOLE_ONLY.checkRevision(earlier, revised));
    CheckReport split = PlanChecker.builder().separateFrom(0)
        .addRules(FactFilterTest.COUNT_EVERY_FACT).build().check(revised);
    assertThat(split).isEqualTo(PlanChecker.builder().separateFrom(Integer.MAX_VALUE)
        .addRules(FactFilterTest.COUNT_EVERY_FACT).build().check(revised));
    assertThat(split.ofRule("ACME_COUNT").findings()).singleElement()
        .extracting(Finding::message).isEqualTo(String.valueOf(PlanChecker.factCount(revised)));
  }

  @Provide
  Arbitrary<PlanDocument> random() {
    return DocumentArbitraries.documents();
  }

  @Provide
  Arbitrary<Integer> days() {
    return Arbitraries.integers().between(-31, 425).withDistribution(RandomDistribution.uniform());
  }

  /**
   * Random drafts (many findings of most rules), without a date and as of a day around their
   * year: the separate bases find what one session of the whole catalog reports, and the
   * checker with one base gives the same report.
   */
  @Property(tries = 150)
  void the_separate_bases_find_what_one_base_finds(@ForAll("random") PlanDocument doc,
      @ForAll("days") int day) {
    LocalDate asOf = LocalDate.of(doc.planningYear(), 1, 1).plusDays(day);
    assertThat(keys(SEPARATE.check(doc))).isEqualTo(oneSession(doc, null));
    assertThat(keys(SEPARATE.check(doc, asOf))).isEqualTo(oneSession(doc, asOf));
    assertThat(SEPARATE.check(doc, asOf)).isEqualTo(WHOLE_ONLY.check(doc, asOf));
  }

  private static List<String> keys(CheckReport report) {
    List<String> out = new ArrayList<>();
    for (Finding f : report.findings()) {
      out.add(String.join("|", f.rule(), f.subject(), f.department().orElse(""),
          f.path().orElse(""), String.valueOf(f.arguments())));
    }
    out.sort(null);
    return out;
  }

  private static List<String> oneSession(PlanDocument doc, LocalDate asOf) {
    Reporter reporter = new Reporter();
    StatelessKieSession session = WHOLE.newStatelessKieSession();
    session.setGlobal("reporter", reporter);
    session.setGlobal("options", CheckOptions.defaults());
    if (asOf != null) {
      // as a checker does: the dated rules read the calendar from a global
      session.setGlobal("calendar", org.strategysession.model.PlanningCalendar.of(doc, asOf,
          CheckOptions.defaults().reviewOptions()));
    }
    session.execute(Facts.of(doc, asOf, CheckOptions.defaults()));
    List<String> out = new ArrayList<>();
    for (Reporter.Raw r : reporter.raw()) {
      out.add(String.join("|", r.rule(), r.subject(), r.department() == null ? "" : r.department(),
          r.path() == null ? "" : r.path(), String.valueOf(r.arguments())));
    }
    out.sort(null);
    return out;
  }
}
