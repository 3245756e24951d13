package org.strategysession.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * A KPI judged on one month: the milestone and the actual of that month, the shortfall and
 * the health ({@link KpiHealth}). Immutable.
 *
 * @param month the month judged, 1–12
 * @param milestone the KPI's {@code monthly} value of that month
 * @param actual the KPI's {@code actual} value of that month
 * @param shortfall by direction: how far the actual is short of the milestone (negative where
 *     it is ahead)
 * @param health never {@link KpiHealth#NO_DATA}
 */
public record KpiReading(int month, BigDecimal milestone, BigDecimal actual,
    BigDecimal shortfall, KpiHealth health) {
  public KpiReading {
    Objects.requireNonNull(milestone, "milestone");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(shortfall, "shortfall");
    Objects.requireNonNull(health, "health");
  }

  /**
   * The shortfall as a share of the milestone's magnitude (0.125 for 12.5 %), exact to 16
   * significant digits; empty for a zero milestone.
   */
  public Optional<BigDecimal> shortfallShare() {
    if (milestone.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(shortfall.divide(milestone.abs(), MathContext.DECIMAL64)
        .stripTrailingZeros());
  }
}
