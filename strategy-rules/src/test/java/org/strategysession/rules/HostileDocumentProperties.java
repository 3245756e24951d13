package org.strategysession.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.ImmutableDepartmentPlan;
import org.strategysession.model.ImmutableKpi;
import org.strategysession.model.ImmutablePlanDocument;
import org.strategysession.model.Kpi;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.testing.DocumentArbitraries;

/**
 * The checker under hostile but valid documents, any that the reader accepts: ids that collide,
 * references into nowhere, empty lists and lists copied hundreds of times, the largest and
 * smallest numbers the format holds, and any date as of which to check. {@link
 * PlanChecker#check} never throws and always returns, within a time that grows with the
 * document's facts: a guard against a rule that hangs or blows up on some shape of input, not
 * a measure of speed (BENCHMARKS.md has those).
 */
class HostileDocumentProperties {
  private static final PlanChecker CHECKER = PlanChecker.standard();

  /**
   * The bound of one check: a constant for a first check's start and a machine busy with other
   * work, and a millisecond per fact, some fifty times what a fact costs when warm.
   */
  private static final long CONSTANT_MILLIS = 5_000;
  private static final long MILLIS_PER_FACT = 1;

  /** The most and the least a number of the format may be: 18 digits before the point, 12 after. */
  private static final BigDecimal LARGEST = new BigDecimal("999999999999999999.999999999999");
  private static final BigDecimal SMALLEST = LARGEST.negate();
  private static final BigDecimal TINIEST = new BigDecimal("0.000000000001");

  @BeforeContainer
  static void warmUp() {
    // The first check builds the rule base: not the document's time.
    CHECKER.check(PlanDocument.builder().company("Warm-up").planningYear(2027).build());
  }

  @Provide
  Arbitrary<PlanDocument> hostile() {
    return Combinators.combine(
            DocumentArbitraries.documents(),
            // up to a few tens of thousands of facts: enough for a rule that multiplies the
            // copies of an id to take minutes, few enough for the build
            Arbitraries.integers().between(1, 60)
                .withDistribution(RandomDistribution.biased()),
            extremes().list().ofMinSize(1).ofMaxSize(4))
        .as(HostileDocumentProperties::grown);
  }

  @Provide
  Arbitrary<LocalDate> anyDate() {
    return Arbitraries.oneOf(
        Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.EPOCH, LocalDate.of(0, 1, 1),
            LocalDate.of(9999, 12, 31)),
        DocumentArbitraries.dates(),
        Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
            .map(LocalDate::ofEpochDay));
  }

  private static Arbitrary<BigDecimal> extremes() {
    return Arbitraries.of(LARGEST, SMALLEST, TINIEST, TINIEST.negate(), BigDecimal.ZERO,
        new BigDecimal("1E+17"), new BigDecimal("-0.000000000000"));
  }

  @Property(tries = 50)
  void the_checker_returns_within_a_time_proportional_to_the_facts(
      @ForAll("hostile") PlanDocument document, @ForAll("anyDate") LocalDate asOf) {
    long bound = CONSTANT_MILLIS + MILLIS_PER_FACT * PlanChecker.factCount(document);

    long start = System.nanoTime();
    CheckReport withoutDate = CHECKER.check(document);
    CheckReport withDate = CHECKER.check(document, asOf);
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertThat(withoutDate.findings()).isNotNull();
    assertThat(withDate.findings()).isNotNull();
    assertThat(millis).as("two checks of %d facts", PlanChecker.factCount(document))
        .isLessThan(2 * bound);
  }

  @Property(tries = 10)
  void a_document_checked_as_a_revision_of_another_returns_too(
      @ForAll("hostile") PlanDocument earlier,
      @ForAll("hostile") PlanDocument revised,
      @ForAll("anyDate") LocalDate asOf) {
    long bound = CONSTANT_MILLIS + MILLIS_PER_FACT
        * (PlanChecker.factCount(earlier) + PlanChecker.factCount(revised));

    long start = System.nanoTime();
    CheckReport report = CHECKER.checkRevision(earlier, revised, asOf);
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertThat(report.findings()).isNotNull();
    assertThat(millis).isLessThan(bound);
  }

  /**
   * The document with every list of its plans and of itself copied {@code copies} times (the
   * copies keep their ids, so every id collides), and its KPIs' numbers replaced by extremes.
   */
  private static PlanDocument grown(PlanDocument document, int copies, List<BigDecimal> numbers) {
    List<DepartmentPlan> plans = new ArrayList<>();
    for (DepartmentPlan plan : document.plans()) {
      List<Kpi> kpis = new ArrayList<>();
      for (Kpi kpi : plan.kpis()) {
        kpis.add(extreme(kpi, numbers));
      }
      plans.add(ImmutableDepartmentPlan.copyOf(plan)
          .withKpis(copied(kpis, copies))
          .withGoals(copied(plan.goals(), copies))
          .withTasks(copied(plan.tasks(), copies)));
    }
    return ImmutablePlanDocument.copyOf(document)
        .withPeople(copied(document.people(), copies))
        .withDepartments(copied(document.departments(), copies))
        .withPlans(copied(plans, Math.min(copies, 3)))
        .withRemarks(copied(document.remarks(), copies))
        .withInitiatives(copied(document.initiatives(), copies))
        .withCompanyGoals(copied(document.companyGoals(), copies));
  }

  private static Kpi extreme(Kpi kpi, List<BigDecimal> numbers) {
    SortedMap<Integer, BigDecimal> monthly = new TreeMap<>();
    SortedMap<Integer, BigDecimal> actual = new TreeMap<>();
    for (int month = 1; month <= 12; month++) {
      monthly.put(month, numbers.get(month % numbers.size()));
      actual.put(month, numbers.get((month + 1) % numbers.size()));
    }
    return ImmutableKpi.copyOf(kpi).withBaseline(numbers.get(0))
        .withTarget(numbers.get(numbers.size() - 1)).withMonthly(monthly).withActual(actual);
  }

  private static <T> List<T> copied(List<? extends T> list, int copies) {
    List<T> out = new ArrayList<>(list.size() * copies);
    for (int i = 0; i < copies; i++) {
      out.addAll(list);
    }
    return Collections.unmodifiableList(out);
  }
}
