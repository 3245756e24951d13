package org.strategysession.bench;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Section 5 of the report: the smallest heap in which the largest check completes, what one
 * check allocates, and whether many checks retain anything, each measured by a {@link
 * HeapProbe} in a process of its own. Not thread-safe.
 */
final class HeapSection {
  private static final int[] LADDER_MB = {32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024};
  private static final int RETAINED_CHECKS = BenchmarkReport.QUICK ? 2_000 : 100_000;

  private final Sizes sizes;
  private final ChildJvm jvm;
  /** The {@code fits} probe's figures at the smallest heap, empty if none fitted. */
  private Map<String, String> fits = Map.of();
  /** The smallest heap of the ladder that fits, -1 for none. */
  private int smallestMb = -1;
  private Map<String, String> retained = Map.of();

  HeapSection(Sizes sizes, ChildJvm jvm) {
    this.sizes = sizes;
    this.jvm = jvm;
  }

  void measure() throws IOException, InterruptedException {
    int big = sizes.largest();
    int lo = 0;
    int hi = LADDER_MB.length - 1;
    // the smallest -Xmx of the ladder with which the largest check completes
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      BenchmarkReport.log("heap: checking %d facts with -Xmx%dm", sizes.facts(big),
          LADDER_MB[mid]);
      ChildJvm.Result r = jvm.main(
          List.of("-Xmx" + LADDER_MB[mid] + "m", "-XX:+ExitOnOutOfMemoryError"), HeapProbe.class,
          "fits", String.valueOf(sizes.departments(big)), String.valueOf(sizes.asked(big)));
      if (r.exit() == 0) {
        fits = ChildJvm.keyValues(r.firstLine());
        smallestMb = LADDER_MB[mid];
        hi = mid - 1;
      } else {
        lo = mid + 1;
      }
    }
    BenchmarkReport.log("heap: %d checks of %d facts", RETAINED_CHECKS, sizes.facts(0));
    ChildJvm.Result r = jvm.main(List.of("-Xmx256m"), HeapProbe.class, "retained",
        String.valueOf(sizes.departments(0)), String.valueOf(sizes.asked(0)),
        String.valueOf(RETAINED_CHECKS));
    if (r.exit() != 0) {
      throw new IllegalStateException("the retained-heap probe failed: " + r.firstLine());
    }
    retained = ChildJvm.keyValues(r.firstLine());
  }

  int smallestMb() {
    return smallestMb;
  }

  /** Bytes of used heap after the retained probe's many checks over before them. */
  long retainedGrowth() {
    return after() - before();
  }

  private long before() {
    return Long.parseLong(retained.get("before"));
  }

  private long after() {
    return Long.parseLong(retained.get("after"));
  }

  void write(StringBuilder md) {
    md.append("\n## 5. Heap\n\n")
        .append("| measure | value |\n|---|---:|\n")
        .append("| smallest `-Xmx` of the ladder ").append(Arrays.toString(LADDER_MB))
        .append(" MB with which a process builds the whole catalog, generates the ")
        .append(fits.get("facts")).append("-fact document and checks it three times | ")
        .append(smallestMb).append(" MB |\n")
        .append("| bytes allocated by the checking thread during one warm check of that ")
        .append("document (`ThreadMXBean.getThreadAllocatedBytes`; allocation, not live heap) | ")
        .append(Figures.mb(Long.parseLong(fits.get("allocated")))).append(" |\n")
        .append("| used heap after full GC, after 1,000 warm-up checks of the ")
        .append(retained.get("facts")).append("-fact document (whole catalog, `-Xmx256m`) | ")
        .append(Figures.mb(before())).append(" |\n")
        .append("| the same after ").append(String.format(Locale.ROOT, "%,d", RETAINED_CHECKS))
        .append(" more checks (").append(retained.get("seconds")).append(" s) | ")
        .append(Figures.mb(after())).append(" |\n")
        .append("| retained growth | ").append(Figures.mb(retainedGrowth())).append(" |\n");
  }
}
