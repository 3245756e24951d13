package org.strategysession.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.openjdk.jmh.util.Statistics;

/**
 * Warm check times (µs) by subject and size, whether JMH or the groups' harness measured them,
 * and what the report derives from them: ratios to the baseline and growth with size. Subjects
 * keep the order in which they were first measured. Not thread-safe.
 */
final class CheckTimes {
  private final Sizes sizes;
  /** subject → size index → latency statistics (µs). */
  private final Map<String, Statistics[]> bySubject = new LinkedHashMap<>();

  CheckTimes(Sizes sizes) {
    this.sizes = sizes;
  }

  void put(String subject, int size, Statistics times) {
    bySubject.computeIfAbsent(subject, s -> new Statistics[sizes.count()])[size] = times;
  }

  Statistics get(String subject, int size) {
    return bySubject.get(subject)[size];
  }

  /** The subjects measured so far, in the order they were first measured. */
  Set<String> subjects() {
    return bySubject.keySet();
  }

  /** The subject's median over the baseline's at one size. */
  double medianRatio(String subject, int size) {
    return get(subject, size).getPercentile(50) / get("baseline", size).getPercentile(50);
  }

  /** The log-log slope of the subject's median against facts, from size index {@code from}. */
  double slope(String subject, int from) {
    return slope(subject, from, st -> st.getPercentile(50));
  }

  /**
   * The same of the fastest check: other processes on the machine only ever add time, so the
   * minimum is the least disturbed figure.
   */
  double slopeOfFastest(String subject, int from) {
    return slope(subject, from, Statistics::getMin);
  }

  private double slope(String subject, int from, ToDoubleFunction<Statistics> figure) {
    Statistics[] st = bySubject.get(subject);
    double[] x = new double[sizes.count() - from];
    double[] y = new double[x.length];
    for (int i = from; i < sizes.count(); i++) {
      x[i - from] = sizes.facts(i);
      y[i - from] = figure.applyAsDouble(st[i]);
    }
    return Slope.of(x, y);
  }
}
