package org.strategysession.bench;

import java.util.Locale;
import org.openjdk.jmh.util.Statistics;

/**
 * How the report writes its numbers: as many digits as the measurement is worth, in the root
 * locale so that the report reads the same on every machine. Pure functions.
 */
final class Figures {
  private Figures() {}

  /** Microseconds: a decimal below 100, thousands separated from 10,000. */
  static String us(double micros) {
    if (micros >= 10_000) {
      return String.format(Locale.ROOT, "%,.0f", micros);
    }
    return String.format(Locale.ROOT, micros >= 100 ? "%.0f" : "%.1f", micros);
  }

  /** Median / p99 in microseconds. */
  static String medianAndP99(Statistics s) {
    return us(s.getPercentile(50)) + " / " + us(s.getPercentile(99));
  }

  /** The ratio of the medians, and in brackets of the fastest checks. */
  static String ratio(Statistics a, Statistics b) {
    return String.format(Locale.ROOT, "%.1f× (%.1f×)", a.getPercentile(50) / b.getPercentile(50),
        a.getMin() / b.getMin());
  }

  /** A ratio with one decimal: {@code 1.8×}. */
  static String times(double ratio) {
    return String.format(Locale.ROOT, "%.1f×", ratio);
  }

  /** Bytes in MB from one MB up, else in KB. */
  static String kbOrMb(double bytes) {
    return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1024 / 1024)
        : String.format(Locale.ROOT, "%.0f KB", bytes / 1024);
  }

  static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
  }

  /** Checks per second: thousands separated from 100, else one decimal. */
  static String ops(double perSecond) {
    return String.format(Locale.ROOT, perSecond >= 100 ? "%,.0f" : "%.1f", perSecond);
  }

  /** Nanoseconds as whole milliseconds. */
  static String ms(long nanos) {
    return String.format(Locale.ROOT, "%.0f", nanos / 1e6);
  }
}
