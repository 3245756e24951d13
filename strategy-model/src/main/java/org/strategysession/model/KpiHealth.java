package org.strategysession.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a KPI stands against its monthly milestones ({@code FORMAT.md}, "The year in action").
 *
 * <p>The <em>shortfall</em> of an actual a against a milestone m is, by the KPI's direction:
 * {@code INCREASE} m − a; {@code DECREASE} a − m (negative where the KPI is ahead);
 * {@code MAINTAIN} |a − m|. The KPI is {@link #ON_TRACK} when the shortfall is at most
 * {@code behindTolerance} × |m|, {@link #AT_RISK} when it is more than {@code atRiskTolerance}
 * × |m|, {@link #BEHIND} in between. With a zero milestone, any shortfall above zero is at risk.
 * A KPI is judged as of a date on its latest <em>ended</em> month that has both a milestone and
 * an actual ({@link #NO_DATA} when there is none); actuals of months that have not ended are
 * ignored.
 */
public enum KpiHealth {
  ON_TRACK, BEHIND, AT_RISK, NO_DATA;

  /**
   * The shortfall of an actual against a milestone for a direction.
   *
   * @param direction not null
   * @param milestone not null
   * @param actual not null
   */
  public static BigDecimal shortfall(Direction direction, BigDecimal milestone,
      BigDecimal actual) {
    switch (Objects.requireNonNull(direction, "direction")) {
      case DECREASE:
        return actual.subtract(milestone);
      case MAINTAIN:
        return actual.subtract(milestone).abs();
      case INCREASE:
      default:
        return milestone.subtract(actual);
    }
  }

  /** The health of a shortfall against a milestone; never {@link #NO_DATA}. */
  public static KpiHealth of(BigDecimal shortfall, BigDecimal milestone, ReviewOptions options) {
    BigDecimal scale = milestone.abs();
    if (shortfall.compareTo(BigDecimal.valueOf(options.behindTolerance()).multiply(scale)) <= 0) {
      return ON_TRACK;
    }
    if (shortfall.compareTo(BigDecimal.valueOf(options.atRiskTolerance()).multiply(scale)) > 0) {
      return AT_RISK;
    }
    return BEHIND;
  }

  /**
   * The KPI judged on one month, where it has both a milestone and an actual for it.
   *
   * @param month 1–12
   */
  public static Optional<KpiReading> inMonth(Kpi kpi, int month, ReviewOptions options) {
    BigDecimal milestone = kpi.monthly().get(month);
    BigDecimal actual = kpi.actual().get(month);
    if (milestone == null || actual == null) {
      return Optional.empty();
    }
    BigDecimal shortfall = shortfall(kpi.effectiveDirection(), milestone, actual);
    return Optional.of(new KpiReading(month, milestone, actual, shortfall,
        of(shortfall, milestone, options)));
  }

  /**
   * The KPI judged as of a date: on its latest ended month with both a milestone and an actual;
   * empty ({@link #NO_DATA}) where no ended month has both.
   */
  public static Optional<KpiReading> latest(Kpi kpi, PlanningCalendar calendar,
      ReviewOptions options) {
    Integer judged = null;
    for (Map.Entry<Integer, BigDecimal> e : kpi.actual().entrySet()) {
      int month = e.getKey();
      if (kpi.monthly().containsKey(month) && calendar.hasEnded(month)) {
        judged = month; // actual() is sorted by month: the last one wins
      }
    }
    return judged == null ? Optional.empty() : inMonth(kpi, judged, options);
  }

  /** The KPI's health as of a date, {@link #NO_DATA} where it cannot be judged. */
  public static KpiHealth asOf(Kpi kpi, PlanningCalendar calendar, ReviewOptions options) {
    return latest(kpi, calendar, options).map(KpiReading::health).orElse(NO_DATA);
  }
}
