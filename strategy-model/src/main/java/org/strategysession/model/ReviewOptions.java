package org.strategysession.model;

import org.immutables.value.Value;

/**
 * The settings of "the year in action" ({@code FORMAT.md}): when a month is closed, how far a
 * KPI may fall behind its milestone, and how much key tasks weigh in a head's personal score.
 * The defaults are those of {@code RULES.md}; the rule options of the checker carry the same
 * four values. Immutable and thread-safe.
 */
@Value.Immutable
public interface ReviewOptions {
  /** Days after a month's last day from which the month is closed; default 10. */
  @Value.Default
  default int reviewGraceDays() {
    return 10;
  }

  /**
   * Largest shortfall, as a share of the milestone, at which a KPI is still on track; default
   * 0.05.
   */
  @Value.Default
  default double behindTolerance() {
    return 0.05;
  }

  /** Shortfall, as a share of the milestone, beyond which a KPI is at risk; default 0.15. */
  @Value.Default
  default double atRiskTolerance() {
    return 0.15;
  }

  /** The weight of the key tasks in the personal score, 0–1; default 0.5. */
  @Value.Default
  default double keyTaskWeight() {
    return 0.5;
  }

  @Value.Check
  default void check() {
    if (reviewGraceDays() < 0 || !(behindTolerance() >= 0)
        || !(atRiskTolerance() >= behindTolerance()) || !(keyTaskWeight() >= 0)
        || !(keyTaskWeight() <= 1) || Double.isInfinite(atRiskTolerance())) {
      throw new IllegalArgumentException("review options out of range: reviewGraceDays "
          + reviewGraceDays() + " (at least 0), behindTolerance " + behindTolerance()
          + " and atRiskTolerance " + atRiskTolerance() + " (0 ≤ behind ≤ at risk), "
          + "keyTaskWeight " + keyTaskWeight() + " (0–1)");
    }
  }

  /** The defaults of {@code RULES.md}. */
  static ReviewOptions defaults() {
    return builder().build();
  }

  static ImmutableReviewOptions.Builder builder() {
    return ImmutableReviewOptions.builder();
  }
}
