package org.strategysession.bench;

import java.util.Locale;

/**
 * The report's table of targets: each target the checker was set, what was measured against
 * it and whether it is met, from the figures of the other sections.
 */
final class Targets {
  private Targets() {}

  static void write(StringBuilder md, Sizes sizes, CheckTimes times,
      ThroughputSection throughput, HeapSection heap, ColdStartSection cold,
      LauncherSection launcher) {
    int big = sizes.largest();
    int mid = sizes.count() - 2;
    double six = Math.max(times.medianRatio("six", mid), times.medianRatio("six", big));
    double catalog = Math.max(times.medianRatio("catalog", mid),
        times.medianRatio("catalog", big));
    double worstSlope = 0;
    String worst = "";
    for (String subject : times.subjects()) {
      if (subject.equals("baseline")) {
        continue;
      }
      double s = times.slope(subject, 0);
      if (s > worstSlope) {
        worstSlope = s;
        worst = subject;
      }
    }
    double speedUp = throughput.worstSpeedUp();
    int heapMb = heap.smallestMb();
    long retained = heap.retainedGrowth();
    double startMs = cold.startMs();
    double startRatio = startMs / cold.readMs();
    md.append("\n## Targets\n\n| target | measured | met |\n|---|---|---|\n");
    row(md, "warm six-rule check ≤ 6× baseline at 10⁴–10⁵ facts",
        String.format(Locale.ROOT, "%.1f× (worst of the two sizes)", six), six <= 6);
    row(md, "whole catalog ≤ 12× the six-rule baseline at 10⁴–10⁵ facts",
        String.format(Locale.ROOT, "%.1f×", catalog), catalog <= 12);
    row(md, "slope ≤ 1.15 overall and per group (10²–10⁵)",
        String.format(Locale.ROOT, "worst %.2f (%s)", worstSlope, worst), worstSlope <= 1.15);
    row(md, "2 threads ≥ 1.7× one thread",
        String.format(Locale.ROOT, "%.2f× (worst size)", speedUp), speedUp >= 1.7);
    row(md, "heap ≤ 256 MB at 10⁵ facts", heapMb + " MB fits", heapMb > 0 && heapMb <= 256);
    row(md, "no retained growth", Figures.mb(retained), retained < 1024 * 1024);
    row(md, "cold start ≤ 1.5 s and ≤ 8× read-only",
        String.format(Locale.ROOT, "%.0f ms, %.1f×", startMs, startRatio),
        startMs <= 1500 && startRatio <= 8);
    Double warm = launcher.launcherMs();
    Double jar = launcher.javaJarMs();
    if (warm != null && jar != null) {
      row(md, "launcher (warm cache): median ≤ 0.8 s and ≤ 0.6× `java -jar` in the same run",
          String.format(Locale.ROOT, "%.0f ms, %.2f×", warm, warm / jar),
          warm <= 800 && warm / jar <= 0.6);
    }
  }

  private static void row(StringBuilder md, String target, String measured, boolean met) {
    md.append("| ").append(target).append(" | ").append(measured).append(" | ")
        .append(met ? "yes" : "**no**").append(" |\n");
  }
}
