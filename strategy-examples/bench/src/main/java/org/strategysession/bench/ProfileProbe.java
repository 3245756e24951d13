package org.strategysession.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.util.ListStatistics;
import org.strategysession.model.PlanDocument;
import org.strategysession.rules.PlanChecker;
import org.strategysession.rules.RuleGroup;

/**
 * The per-group profile, run by {@link ProfileSection} in a process of its own per size (so
 * that the heap limit is that of the JMH forks and no other size's garbage is in the way).
 * Prints one line of {@code key=value} pairs.
 *
 * <ul>
 *   <li>{@code times DEPARTMENTS FACTS SECONDS}: warms the whole catalog up for {@code SECONDS},
 *       then for each subject ({@link #SUBJECTS}) checks for {@code SECONDS} of warm-up and
 *       {@code SECONDS} timed one by one (at least five), and prints per subject the median and
 *       fastest check ({@code SUBJECT.median}, {@code SUBJECT.min}, µs), the bytes the thread
 *       allocated per check ({@code SUBJECT.alloc}) and the share of the timed checks' wall
 *       time the collectors report as collection time ({@code SUBJECT.gc}).
 *   <li>{@code facts DEPARTMENTS FACTS}: the facts the checker inserts, by type ({@code
 *       type.NAME}; {@link PlanChecker#factCountsByType}).
 * </ul>
 */
public final class ProfileProbe {
  /** The subjects of the {@code times} probe: the checkers of section 1, then every group. */
  static final List<String> SUBJECTS = subjects();

  private ProfileProbe() {}

  private static List<String> subjects() {
    List<String> out = new ArrayList<>(WarmCheckSection.SUBJECTS);
    Arrays.stream(RuleGroup.values()).filter(g -> g != RuleGroup.CUSTOM)
        .forEach(g -> out.add(g.name().toLowerCase(Locale.ROOT)));
    return List.copyOf(out);
  }

  /**
   * Runs one probe.
   *
   * @param args the probe's name and arguments, as above
   */
  public static void main(String[] args) {
    PlanDocument doc = PlanGenerator.generate(CheckBenchmark.SEED, Integer.parseInt(args[1]),
        Integer.parseInt(args[2]));
    System.out.println(switch (args[0]) {
      case "times" -> times(doc, Double.parseDouble(args[3]));
      case "facts" -> facts(doc);
      default -> throw new IllegalArgumentException("unknown probe " + args[0]);
    });
  }

  /** The {@code facts} probe's line. */
  static String facts(PlanDocument doc) {
    StringBuilder line = new StringBuilder("facts=").append(PlanChecker.factCount(doc));
    PlanChecker.factCountsByType(doc)
        .forEach((type, n) -> line.append(" type.").append(type).append('=').append(n));
    return line.toString();
  }

  /** The {@code times} probe's line. */
  static String times(PlanDocument doc, double seconds) {
    StringBuilder line = new StringBuilder("facts=").append(PlanChecker.factCount(doc));
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long sink = 0;
    Subject catalog = Subject.named("catalog");
    long end = System.nanoTime() + (long) (seconds * 1e9);
    for (int n = 0; n < 3 || System.nanoTime() < end; n++) {
      sink += catalog.check(doc);
    }
    for (String name : SUBJECTS) {
      Subject subject = Subject.named(name);
      end = System.nanoTime() + (long) (seconds * 1e9);
      for (int n = 0; n < 3 || System.nanoTime() < end; n++) {
        sink += subject.check(doc);
      }
      ListStatistics st = new ListStatistics();
      long gcBefore = gcMillis();
      long allocatedBefore = threads.getThreadAllocatedBytes(thread);
      long start = System.nanoTime();
      end = start + (long) (seconds * 1e9);
      int checks = 0;
      for (; checks < 5 || System.nanoTime() < end; checks++) {
        long t = System.nanoTime();
        sink += subject.check(doc);
        st.addValue((System.nanoTime() - t) / 1e3);
      }
      long wallNanos = System.nanoTime() - start;
      long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;
      long gc = gcMillis() - gcBefore;
      line.append(String.format(Locale.ROOT, " %s.median=%.1f %s.min=%.1f %s.alloc=%d %s.gc=%.3f",
          name, st.getPercentile(50), name, st.getMin(), name, allocated / checks, name,
          gc * 1e6 / wallNanos));
    }
    return line.append(" sink=").append(sink).toString();
  }

  /** Collection time so far, summed over the collectors (ms). */
  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }

  /** The keys of a {@code facts} probe's line that count facts, by type. */
  static Map<String, String> types(Map<String, String> line) {
    Map<String, String> out = new java.util.TreeMap<>();
    line.forEach((k, v) -> {
      if (k.startsWith("type.")) {
        out.put(k.substring("type.".length()), v);
      }
    });
    return out;
  }
}
