package org.strategysession.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.util.Statistics;

/**
 * Sections 1–2 of the report: the warm check time of the baseline, the six-rule engine and the
 * whole catalog at every size, with what the engine allocates and how long it stands in GC
 * pauses (JMH sample time and GC profiler, in forks); then the whole catalog at the largest
 * size under other collectors. Not thread-safe.
 */
final class WarmCheckSection {
  /** The checkers compared at every size, the baseline first. */
  static final List<String> SUBJECTS = List.of("baseline", "six", "catalog");
  private static final List<String> COLLECTORS =
      List.of("-XX:+UseParallelGC", "-XX:+UseSerialGC");

  private final Sizes sizes;
  private final JmhForks jmh;
  private final CheckTimes times;
  /** subject → size index → bytes allocated per check (JMH's GC profiler). */
  private final Map<String, double[]> allocated = new LinkedHashMap<>();
  /** subject → size index → share of the measured time in GC pauses. */
  private final Map<String, double[]> gcShare = new LinkedHashMap<>();
  /** collector flag → latency statistics (µs) of the whole catalog at the largest size. */
  private final Map<String, Statistics> byCollector = new LinkedHashMap<>();

  WarmCheckSection(Sizes sizes, JmhForks jmh, CheckTimes times) {
    this.sizes = sizes;
    this.jmh = jmh;
    this.times = times;
  }

  /** The three checkers at every size; longer iterations, one fewer, at the largest. */
  void measure() throws RunnerException {
    for (int size = 0; size < sizes.count(); size++) {
      boolean largest = size == sizes.largest();
      measure(size, largest ? 3 : 1, largest ? 4 : 5);
    }
  }

  private void measure(int size, int seconds, int iterations) throws RunnerException {
    BenchmarkReport.log("latency at %d facts: %s", sizes.facts(size), SUBJECTS);
    for (RunResult r : JmhForks.run(jmh.at(size, Mode.SampleTime, TimeUnit.MICROSECONDS,
        seconds, JmhForks.WARMUP_ITERATIONS, iterations)
        .addProfiler(GCProfiler.class)
        .param("subject", SUBJECTS.toArray(String[]::new)))) {
      String subject = r.getParams().getParam("subject");
      times.put(subject, size, r.getPrimaryResult().getStatistics());
      for (var e : r.getSecondaryResults().entrySet()) {
        if (e.getKey().endsWith("gc.alloc.rate.norm")) {
          allocated.computeIfAbsent(subject, s -> new double[sizes.count()])[size] =
              e.getValue().getScore();
        } else if (e.getKey().endsWith("gc.time")) {
          // summed over the iterations: the share of the measured time spent in GC pauses
          gcShare.computeIfAbsent(subject, s -> new double[sizes.count()])[size] =
              e.getValue().getScore() / (iterations * seconds * 1000.0);
        }
      }
    }
  }

  /** The whole catalog at the largest size in forks with other collectors. */
  void measureCollectors() throws RunnerException {
    int big = sizes.largest();
    for (String gc : COLLECTORS) {
      BenchmarkReport.log("latency at %d facts with %s", sizes.facts(big), gc);
      for (RunResult r : JmhForks.run(jmh.at(big, Mode.SampleTime, TimeUnit.MICROSECONDS, 3, 3, 3)
          .jvmArgsAppend(gc)
          .param("subject", "catalog"))) {
        byCollector.put(gc, r.getPrimaryResult().getStatistics());
      }
    }
  }

  void write(StringBuilder md) {
    md.append("\n## 1–2. Warm check time (JMH sample time, µs)\n\n")
        .append("One fork per figure, ").append(JmhForks.WARMUP_ITERATIONS)
        .append(" warm-up iterations of 1 s (3 s at the largest size), then 5 (4) measured; ")
        .append("median / p99 of the sampled checks; ")
        .append("ratios are of medians, and in brackets of the fastest checks (other ")
        .append("processes on the machine only ever add time, so the minimum is the least ")
        .append("disturbed figure).\n\n")
        .append("| facts | departments | baseline | six rules | six ÷ baseline | whole catalog | ")
        .append("catalog ÷ baseline | catalog: allocated per check | catalog: time in GC pauses |\n")
        .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (int i = 0; i < sizes.count(); i++) {
      Statistics b = times.get("baseline", i);
      Statistics s = times.get("six", i);
      Statistics c = times.get("catalog", i);
      md.append("| ").append(sizes.facts(i)).append(" | ").append(Math.max(1, sizes.departments(i)))
          .append(" | ").append(Figures.medianAndP99(b)).append(" | ")
          .append(Figures.medianAndP99(s)).append(" | ")
          .append(Figures.ratio(s, b)).append(" | ").append(Figures.medianAndP99(c)).append(" | ")
          .append(Figures.ratio(c, b)).append(" | ").append(allocated("catalog", i))
          .append(" | ").append(gcShare("catalog", i)).append(" |\n");
    }
    int big = sizes.largest();
    md.append("\nThe six-rule engine allocates ").append(allocated("six", big))
        .append(" per check at the largest size, the baseline ")
        .append(allocated("baseline", big))
        .append(" (JMH's GC profiler, `gc.alloc.rate.norm`).\n");
    md.append("\n### The collector at ").append(sizes.facts(big))
        .append(" facts (whole catalog, same flags otherwise)\n\n")
        .append("| collector | median / p99 (µs) |\n|---|---:|\n")
        .append("| G1 (the default) | ").append(Figures.medianAndP99(times.get("catalog", big)))
        .append(" |\n");
    for (Map.Entry<String, Statistics> e : byCollector.entrySet()) {
      md.append("| `").append(e.getKey()).append("` | ").append(Figures.medianAndP99(e.getValue()))
          .append(" |\n");
    }
  }

  private String allocated(String subject, int size) {
    double[] v = allocated.get(subject);
    return v == null ? "–" : Figures.kbOrMb(v[size]);
  }

  private String gcShare(String subject, int size) {
    double[] v = gcShare.get(subject);
    return v == null ? "–" : String.format(Locale.ROOT, "%.0f%%", 100 * v[size]);
  }
}
