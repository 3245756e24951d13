package org.strategysession.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws of "the year in action" over generated values. */
class YearInActionProperties {
  private static final ReviewOptions DEFAULTS = ReviewOptions.defaults();

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000"))
        .ofScale(2);
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 3 * 366)
        .map(d -> LocalDate.of(2026, 6, 1).plusDays(d));
  }

  /** Worse means further from ON_TRACK: ON_TRACK < BEHIND < AT_RISK. */
  private static int rank(KpiHealth health) {
    return health.ordinal();
  }

  private static KpiHealth health(Direction direction, BigDecimal milestone, BigDecimal actual) {
    return KpiHealth.of(KpiHealth.shortfall(direction, milestone, actual), milestone, DEFAULTS);
  }

  @Property
  void a_higher_actual_never_makes_an_increasing_kpi_worse(@ForAll("amounts") BigDecimal milestone,
      @ForAll("amounts") BigDecimal a, @ForAll("amounts") BigDecimal b) {
    BigDecimal low = a.min(b);
    BigDecimal high = a.max(b);
    assertThat(rank(health(Direction.INCREASE, milestone, high)))
        .isLessThanOrEqualTo(rank(health(Direction.INCREASE, milestone, low)));
  }

  @Property
  void a_lower_actual_never_makes_a_decreasing_kpi_worse(@ForAll("amounts") BigDecimal milestone,
      @ForAll("amounts") BigDecimal a, @ForAll("amounts") BigDecimal b) {
    BigDecimal low = a.min(b);
    BigDecimal high = a.max(b);
    assertThat(rank(health(Direction.DECREASE, milestone, low)))
        .isLessThanOrEqualTo(rank(health(Direction.DECREASE, milestone, high)));
  }

  @Property
  void a_later_date_never_reopens_a_month(@ForAll("dates") LocalDate date,
      @ForAll @IntRange(min = 0, max = 400) int laterBy, @ForAll @IntRange(min = 1, max = 12) int month,
      @ForAll @IntRange(min = 0, max = 40) int grace) {
    PlanningCalendar earlier = PlanningCalendar.of(2027, date, grace);
    PlanningCalendar later = PlanningCalendar.of(2027, date.plusDays(laterBy), grace);
    if (earlier.isClosed(month)) {
      assertThat(later.isClosed(month)).isTrue();
    }
    if (earlier.hasEnded(month)) {
      assertThat(later.hasEnded(month)).isTrue();
    }
    // a closed month has always ended
    assertThat(!earlier.isClosed(month) || earlier.hasEnded(month)).isTrue();
  }
}
