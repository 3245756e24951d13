package org.strategysession.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.strategysession.rules.facts.PlanFact;

/**
 * Arithmetic the rules share, kept out of DRL so that every rule compares numbers the same
 * way. Pure functions; thread-safe.
 */
public final class RuleFunctions {
  private RuleFunctions() {}

  /** Whether {@code |value − reference| > tolerance × |reference|}. */
  public static boolean differsBeyond(BigDecimal value, BigDecimal reference, double tolerance) {
    if (value == null || reference == null) {
      return false;
    }
    BigDecimal diff = value.subtract(reference).abs();
    BigDecimal allowed = reference.abs().multiply(BigDecimal.valueOf(tolerance));
    return diff.compareTo(allowed) > 0;
  }

  /**
   * The plan submitted last ({@code submittedOn} latest, then the one first in {@code plans}
   * order of the document); null when none of them has {@code submittedOn}.
   */
  public static PlanFact latestSubmitted(Collection<PlanFact> plans) {
    PlanFact latest = null;
    for (PlanFact p : plans) {
      if (p.submittedOn() == null) {
        continue;
      }
      if (latest == null || p.submittedOn().isAfter(latest.submittedOn())
          || p.submittedOn().equals(latest.submittedOn()) && p.index() < latest.index()) {
        latest = p;
      }
    }
    return latest;
  }

  /** {@code (to − from) / |from|} in percent, rounded to one decimal; null when from is 0. */
  public static BigDecimal changePercent(BigDecimal from, BigDecimal to) {
    if (from == null || to == null || from.signum() == 0) {
      return null;
    }
    return to.subtract(from)
        .multiply(BigDecimal.valueOf(100))
        .divide(from.abs(), MathContext.DECIMAL64)
        .setScale(1, RoundingMode.HALF_UP)
        .stripTrailingZeros();
  }

  /** The month occurring most often (the smallest such month on a tie), or 0 for none. */
  public static int busiestMonth(Collection<Integer> months) {
    Map<Integer, Integer> counts = new HashMap<>();
    int best = 0;
    int bestCount = 0;
    for (Integer m : months) {
      int c = counts.merge(m, 1, Integer::sum);
      if (c > bestCount || (c == bestCount && m < best)) {
        best = m;
        bestCount = c;
      }
    }
    return best;
  }

  /** How often the busiest month occurs. */
  public static int busiestMonthCount(Collection<Integer> months) {
    Map<Integer, Integer> counts = new HashMap<>();
    int bestCount = 0;
    for (Integer m : months) {
      bestCount = Math.max(bestCount, counts.merge(m, 1, Integer::sum));
    }
    return bestCount;
  }

  /** Minutes since midnight as {@code HH:mm}. */
  public static String time(Integer minutes) {
    if (minutes == null) {
      return "?";
    }
    return String.format("%02d:%02d", minutes / 60, minutes % 60);
  }
}
