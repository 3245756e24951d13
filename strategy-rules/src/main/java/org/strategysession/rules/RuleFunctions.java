package org.strategysession.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

  /** {@code from}–{@code to} as {@code HH:mm–HH:mm}. */
  public static String timeRange(Integer from, Integer to) {
    return time(from) + "–" + time(to);
  }

  /** Dates ISO, separated by ", "; null for no dates (a message then renders "none"). */
  public static String dates(List<LocalDate> dates) {
    if (dates == null || dates.isEmpty()) {
      return null;
    }
    return dates.stream().map(LocalDate::toString).collect(Collectors.joining(", "));
  }

  /** {@code min × (1 − tolerance)}: the least total of a block of the standard program. */
  public static BigDecimal lowerBound(int min, double tolerance) {
    BigDecimal factor = BigDecimal.ONE.subtract(BigDecimal.valueOf(tolerance));
    return scaled(BigDecimal.valueOf(min).multiply(factor));
  }

  /** {@code max × (1 + tolerance)}: the greatest total of a block of the standard program. */
  public static BigDecimal upperBound(int max, double tolerance) {
    BigDecimal factor = BigDecimal.ONE.add(BigDecimal.valueOf(tolerance));
    return scaled(BigDecimal.valueOf(max).multiply(factor));
  }

  /**
   * Whether {@code total} lies outside {@code [min × (1 − tolerance), max × (1 + tolerance)]}
   * (the bounds themselves are inside); false for a null total.
   */
  public static boolean outsideTolerance(Number total, int min, int max, double tolerance) {
    if (total == null) {
      return false;
    }
    BigDecimal t = new BigDecimal(total.toString());
    return t.compareTo(lowerBound(min, tolerance)) < 0
        || t.compareTo(upperBound(max, tolerance)) > 0;
  }

  /** Whole days from {@code from} to {@code to} (negative when {@code to} is earlier). */
  public static long daysBetween(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to);
  }

  /** Whether {@code part > share × whole}; false when {@code whole} is 0. */
  public static boolean shareAbove(int part, int whole, double share) {
    if (whole <= 0) {
      return false;
    }
    BigDecimal limit = BigDecimal.valueOf(whole).multiply(BigDecimal.valueOf(share));
    return BigDecimal.valueOf(part).compareTo(limit) > 0;
  }

  /** Whether the string holds something other than whitespace. */
  public static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }

  /**
   * {@link #changePercent} with its sign ({@code +40}, {@code -12.5}, {@code 0}); from an
   * earlier value of 0 to another value the change is unbounded: {@code +∞} or {@code -∞}.
   * Null when either value is null.
   */
  public static String signedChangePercent(BigDecimal from, BigDecimal to) {
    if (from == null || to == null) {
      return null;
    }
    if (from.signum() == 0) {
      int sign = to.signum();
      return sign == 0 ? "0" : sign > 0 ? "+∞" : "-∞";
    }
    BigDecimal p = changePercent(from, to);
    String plain = p.scale() < 0 ? p.setScale(0).toPlainString() : p.toPlainString();
    return p.signum() > 0 ? "+" + plain : plain;
  }

  private static BigDecimal scaled(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
