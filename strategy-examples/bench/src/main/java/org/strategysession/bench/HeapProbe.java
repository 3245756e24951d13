package org.strategysession.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.strategysession.model.PlanDocument;
import org.strategysession.rules.PlanChecker;

/**
 * The heap benchmarks, each run by {@link BenchmarkReport} in a process of its own so that the
 * heap limit and the garbage collector's state are known. Prints one line of {@code key=value}
 * pairs.
 *
 * <ul>
 *   <li>{@code fits DEPARTMENTS FACTS}: builds the standard checker and the document, checks it
 *       three times, and prints the bytes the checking thread allocated during the last check
 *       ({@code com.sun.management.ThreadMXBean}); run with a small {@code -Xmx}, it
 *       completing at all shows that the check's peak live heap fits under that limit.
 *   <li>{@code retained DEPARTMENTS FACTS CHECKS}: warms up with 1,000 checks, then compares
 *       the used heap after a full collection before and after {@code CHECKS} more checks of
 *       the same document with the same checker.
 * </ul>
 */
public final class HeapProbe {
  private HeapProbe() {}

  /**
   * Runs one probe.
   *
   * @param args the probe's name and arguments, as above
   * @throws InterruptedException if interrupted while letting the collector settle
   */
  public static void main(String[] args) throws InterruptedException {
    int departments = Integer.parseInt(args[1]);
    int facts = Integer.parseInt(args[2]);
    PlanDocument doc = PlanGenerator.generate(CheckBenchmark.SEED, departments, facts);
    PlanChecker checker = PlanChecker.standard();
    switch (args[0]) {
      case "fits" -> fits(checker, doc);
      case "retained" -> retained(checker, doc, Integer.parseInt(args[3]));
      default -> throw new IllegalArgumentException("unknown probe " + args[0]);
    }
  }

  private static void fits(PlanChecker checker, PlanDocument doc) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long allocated = 0;
    int findings = 0;
    for (int i = 0; i < 3; i++) {
      long before = threads.getThreadAllocatedBytes(thread);
      findings = checker.check(doc).findings().size();
      allocated = threads.getThreadAllocatedBytes(thread) - before;
    }
    System.out.println("facts=" + PlanChecker.factCount(doc) + " findings=" + findings
        + " allocated=" + allocated + " maxHeap=" + Runtime.getRuntime().maxMemory());
  }

  private static void retained(PlanChecker checker, PlanDocument doc, int checks)
      throws InterruptedException {
    for (int i = 0; i < 1_000; i++) {
      checker.check(doc);
    }
    long before = usedAfterGc();
    long start = System.nanoTime();
    for (int i = 0; i < checks; i++) {
      checker.check(doc);
    }
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    long after = usedAfterGc();
    System.out.println("facts=" + PlanChecker.factCount(doc) + " checks=" + checks
        + " before=" + before + " after=" + after + " seconds=" + seconds);
  }

  private static long usedAfterGc() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
