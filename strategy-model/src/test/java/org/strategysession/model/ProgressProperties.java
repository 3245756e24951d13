package org.strategysession.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import org.strategysession.model.testing.DocumentArbitraries;

/** Laws of the monthly review's view over generated documents and dates. */
@Domain(DocumentArbitraries.class)
class ProgressProperties {
  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 3 * 366)
        .map(d -> LocalDate.of(1999, 12, 1).plusDays(d * 37L % 40_000));
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  private static <T> List<T> shuffled(List<T> list, Random random) {
    List<T> out = new ArrayList<>(list);
    Collections.shuffle(out, random);
    return out;
  }

  /**
   * The list shuffled, except that elements sharing a key keep their order among themselves:
   * where ids repeat, the document's lookups take the first in document order (documented on
   * {@link PlanDocument}), so that order is part of the document's meaning.
   */
  private static <T> List<T> shuffled(List<T> list, Function<T, Object> key, Random random) {
    Map<Object, ArrayDeque<T>> inOrder = new HashMap<>();
    for (T element : list) {
      inOrder.computeIfAbsent(key.apply(element), k -> new ArrayDeque<>()).add(element);
    }
    List<T> out = new ArrayList<>();
    for (T element : shuffled(list, random)) {
      out.add(inOrder.get(key.apply(element)).removeFirst());
    }
    return out;
  }

  /** The document with every list that the view reads shuffled. */
  static PlanDocument shuffle(PlanDocument doc, Random random) {
    List<DepartmentPlan> plans = new ArrayList<>();
    for (DepartmentPlan p : doc.plans()) {
      plans.add(DepartmentPlan.builder().from(p).kpis(shuffled(p.kpis(), Kpi::id, random))
          .goals(shuffled(p.goals(), Goal::id, random))
          .tasks(shuffled(p.tasks(), Task::id, random)).build());
    }
    ImmutablePlanDocument.Builder b = PlanDocument.builder().from(doc)
        .people(shuffled(doc.people(), Person::id, random))
        .departments(shuffled(doc.departments(), Department::id, random))
        .plans(shuffled(plans, DepartmentPlan::department, random));
    doc.followUp().ifPresent(f -> {
      List<KeyTaskAssignment> entries = new ArrayList<>();
      for (KeyTaskAssignment k : f.keyTasks()) {
        entries.add(KeyTaskAssignment.builder().from(k).tasks(shuffled(k.tasks(), random))
            .done(shuffled(k.done(), random)).build());
      }
      b.followUp(FollowUp.builder().from(f).keyTasks(shuffled(entries, random)).build());
    });
    return b.build();
  }

  @Property(tries = 300)
  void the_view_does_not_depend_on_the_order_of_the_lists(@ForAll PlanDocument doc,
      @ForAll("dates") LocalDate asOf, @ForAll("seeds") long seed) {
    Random random = new Random(seed);
    Progress view = Progress.of(doc, asOf, ReviewOptions.defaults());
    assertThat(Progress.of(shuffle(doc, random), asOf, ReviewOptions.defaults()))
        .isEqualTo(view);
  }

  @Property(tries = 300)
  void scores_lie_within_0_and_100_percent(@ForAll PlanDocument doc,
      @ForAll("dates") LocalDate asOf) {
    for (ScorecardRow row : Progress.of(doc, asOf, ReviewOptions.defaults()).scorecard()) {
      assertThat(row.score()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
      assertThat(row.percent()).isBetween(0, 100);
      assertThat(row.keyTasksDone()).isBetween(0, row.keyTasks());
    }
  }

  @Property(tries = 300)
  void a_head_without_kpi_data_scores_the_share_of_key_tasks_done(@ForAll PlanDocument doc,
      @ForAll("dates") LocalDate asOf) {
    for (ScorecardRow row : Progress.of(doc, asOf, ReviewOptions.defaults()).scorecard()) {
      if (row.kpiScore().isEmpty()) {
        assertThat(row.keyTasks()).isPositive();
        assertThat(row.score()).isEqualByComparingTo(BigDecimal.valueOf(row.keyTasksDone())
            .divide(BigDecimal.valueOf(row.keyTasks()), java.math.MathContext.DECIMAL64));
      }
    }
  }
}
