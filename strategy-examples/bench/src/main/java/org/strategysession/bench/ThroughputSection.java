package org.strategysession.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Section 4 of the report: checks per second of the whole catalog with one and with two
 * threads sharing one checker, as an embedder shares it (JMH throughput, in forks). Not
 * thread-safe.
 */
final class ThroughputSection {
  private final Sizes sizes;
  private final JmhForks jmh;
  /** threads → size index → checks per second. */
  private final Map<Integer, double[]> throughput = new LinkedHashMap<>();

  ThroughputSection(Sizes sizes, JmhForks jmh) {
    this.sizes = sizes;
    this.jmh = jmh;
  }

  void measure() throws RunnerException {
    for (int size = 0; size < sizes.count(); size++) {
      int seconds = size == sizes.largest() ? 3 : 1;
      for (int threads : new int[] {1, 2}) {
        BenchmarkReport.log("throughput at %d facts, %d thread(s)", sizes.facts(size), threads);
        for (RunResult r : JmhForks.run(jmh.at(size, Mode.Throughput, TimeUnit.SECONDS, seconds,
            JmhForks.WARMUP_ITERATIONS, 3)
            .param("subject", "catalog")
            .threads(threads))) {
          throughput.computeIfAbsent(threads, t -> new double[sizes.count()])[size] =
              r.getPrimaryResult().getScore();
        }
      }
    }
  }

  /** Two threads' checks per second over one thread's, at the size where it is least. */
  double worstSpeedUp() {
    double speedUp = Double.MAX_VALUE;
    for (int i = 0; i < sizes.count(); i++) {
      speedUp = Math.min(speedUp, throughput.get(2)[i] / throughput.get(1)[i]);
    }
    return speedUp;
  }

  void write(StringBuilder md) {
    md.append("\n## 4. Throughput: checks per second, whole catalog, one shared checker\n\n")
        .append("| facts | 1 thread | 2 threads | speed-up |\n|---:|---:|---:|---:|\n");
    for (int i = 0; i < sizes.count(); i++) {
      double one = throughput.get(1)[i];
      double two = throughput.get(2)[i];
      md.append(String.format(Locale.ROOT, "| %d | %s | %s | %.2f× |%n", sizes.facts(i),
          Figures.ops(one), Figures.ops(two), two / one));
    }
  }
}
