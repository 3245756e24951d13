package org.strategysession.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.util.ListStatistics;
import org.strategysession.model.PlanDocument;
import org.strategysession.rules.CheckReport;
import org.strategysession.rules.Finding;
import org.strategysession.rules.PlanChecker;
import org.strategysession.rules.RuleCatalog;
import org.strategysession.rules.RuleGroup;
import org.strategysession.rules.RuleInfo;

/**
 * The per-group profile, run by {@link ProfileSection} in a process of its own per size (so
 * that the heap limit is that of the JMH forks and no other size's garbage is in the way).
 * Prints one line of {@code key=value} pairs.
 *
 * <ul>
 *   <li>{@code times DEPARTMENTS FACTS SECONDS}: warms the whole catalog up for 3 × {@code
 *       SECONDS}, then each subject ({@link #SUBJECTS}) for {@code SECONDS} / 2; then checks
 *       with every subject in turn, in four rounds of {@code SECONDS} / 4 (at least two checks
 *       each), every check timed, and prints per subject the median and fastest check ({@code
 *       SUBJECT.median}, {@code SUBJECT.min}, µs), the median CPU time of the checking thread
 *       ({@code SUBJECT.cpu}, µs: on a loaded machine the wall time also counts the time the
 *       thread waited for a core), the bytes the thread allocated per check ({@code
 *       SUBJECT.alloc}) and the share of the timed checks' wall time the collectors report as
 *       collection time ({@code SUBJECT.gc}).
 *   <li>{@code facts DEPARTMENTS FACTS}: the facts the checker inserts, by type ({@code
 *       type.NAME}; {@link PlanChecker#factCountsByType}).
 *   <li>{@code rules DEPARTMENTS FACTS CHECKS}: where the allocation of a whole-catalog check
 *       goes, as of {@link PlanGenerator#AS_OF} like the other probes. After a warm-up, the
 *       bytes the thread allocates per check, averaged over {@code CHECKS} checks: of making
 *       the facts alone ({@code facts.alloc}: {@link PlanChecker#engineFactCounts}, which
 *       flattens the document and keeps the facts the catalog's rules can match); and for each
 *       rule that a check of one document runs (the revision group's rules compare versions),
 *       its share ({@code rule.ID.share}): what a whole-catalog check allocates less what a
 *       check without the rule allocates, the two measured one after the other, with the
 *       findings the whole catalog reports for the rule ({@code rule.ID.findings}); {@code
 *       catalog.alloc} is the mean of the whole catalog's measurements.
 * </ul>
 */
public final class ProfileProbe {
  /** The subjects of the {@code times} probe: the checkers of section 1, then every group. */
  static final List<String> SUBJECTS = subjects();
  /** Rounds of measurement per subject. */
  private static final int ROUNDS = 4;

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
      case "rules" -> rules(doc, Integer.parseInt(args[3]), singleDocumentRules());
      default -> throw new IllegalArgumentException("unknown probe " + args[0]);
    });
  }

  /** The {@code facts} probe's line. */
  static String facts(PlanDocument doc) {
    StringBuilder line = new StringBuilder("facts=").append(PlanChecker.factCount(doc));
    PlanChecker.factCountsByType(doc)
        .forEach((type, n) -> line.append(" type.").append(type).append('=').append(n));
    PlanChecker.standard().engineFactCounts(doc)
        .forEach((type, n) -> line.append(" engine.").append(type).append('=').append(n));
    return line.toString();
  }

  /** The rules of a single document's check: all but the revision group's and the fault's. */
  static List<String> singleDocumentRules() {
    return RuleCatalog.rules().stream()
        .filter(r -> r.group() != RuleGroup.REVISION && r.group() != RuleGroup.CUSTOM)
        .map(RuleInfo::id).toList();
  }

  /** The {@code rules} probe's line, with a share for each of these rules. */
  static String rules(PlanDocument doc, int checks, List<String> rules) {
    StringBuilder line = new StringBuilder("facts=").append(PlanChecker.factCount(doc));
    PlanChecker catalog = PlanChecker.standard();
    java.util.function.IntSupplier whole =
        () -> catalog.check(doc, PlanGenerator.AS_OF).findings().size();
    long sink = 0;
    // long enough for the JIT to settle: a share is a difference of a few hundred KB
    for (int i = 0; i < 10 * checks; i++) {
      sink += whole.getAsInt();
    }
    CheckReport report = catalog.check(doc, PlanGenerator.AS_OF);
    Map<String, Integer> findings = new LinkedHashMap<>();
    for (Finding f : report.findings()) {
      findings.merge(f.rule(), 1, Integer::sum);
    }
    for (int i = 0; i < checks; i++) {
      sink += catalog.engineFactCounts(doc).size();
    }
    line.append(" facts.alloc=")
        .append(allocated(() -> catalog.engineFactCounts(doc).size(), checks));
    long catalogBytes = 0;
    for (String rule : rules) {
      PlanChecker without = PlanChecker.builder().disable(rule).build();
      java.util.function.IntSupplier less =
          () -> without.check(doc, PlanGenerator.AS_OF).findings().size();
      // the first check builds the rule base; the second warms its sessions up
      for (int i = 0; i < 2; i++) {
        sink += less.getAsInt();
      }
      // the whole catalog measured beside each rule's absence: a share is the difference of
      // two neighbouring measurements, not of one taken long before
      long with = allocated(whole, checks);
      catalogBytes += with;
      line.append(" rule.").append(rule).append(".share=")
          .append(with - allocated(less, checks))
          .append(" rule.").append(rule).append(".findings=")
          .append(findings.getOrDefault(rule, 0));
    }
    return line.append(" catalog.alloc=").append(catalogBytes / rules.size())
        .append(" catalog.findings=").append(report.findings().size())
        .append(" sink=").append(sink).toString();
  }

  /** The bytes the thread allocates per run of {@code work}, averaged over {@code runs}. */
  private static long allocated(java.util.function.IntSupplier work, int runs) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(thread);
    for (int i = 0; i < runs; i++) {
      // kept, so that the work is not eliminated
      kept += work.getAsInt();
    }
    return (threads.getThreadAllocatedBytes(thread) - before) / runs;
  }

  /** The results of {@link #allocated}'s work, summed. */
  private static long kept;

  /** The {@code times} probe's line. */
  static String times(PlanDocument doc, double seconds) {
    StringBuilder line = new StringBuilder("facts=").append(PlanChecker.factCount(doc));
    long sink = 0;
    // three times as long first: the JIT compiles the engine's shared code paths here, not
    // during the first subject's measurement
    sink += run(Subject.named("catalog"), doc, 3 * seconds, 3, null);
    Map<String, Subject> subjects = new LinkedHashMap<>();
    Map<String, Tally> tallies = new LinkedHashMap<>();
    for (String name : SUBJECTS) {
      subjects.put(name, Subject.named(name));
      tallies.put(name, new Tally());
      sink += run(subjects.get(name), doc, seconds / 2, 2, null);
    }
    // in rounds, so that whatever else the machine does at some moment falls on every
    // subject alike rather than on whichever was measured then
    for (int round = 0; round < ROUNDS; round++) {
      for (String name : SUBJECTS) {
        sink += run(subjects.get(name), doc, seconds / ROUNDS, 2, tallies.get(name));
      }
    }
    for (String name : SUBJECTS) {
      Tally f = tallies.get(name);
      line.append(String.format(Locale.ROOT,
          " %s.median=%.1f %s.min=%.1f %s.cpu=%.1f %s.alloc=%d %s.gc=%.3f", name,
          f.wall.getPercentile(50), name, f.wall.getMin(), name, f.cpu.getPercentile(50), name,
          f.allocated / f.checks, name, f.gcMillis * 1e6 / f.wallNanos));
    }
    return line.append(" sink=").append(sink).toString();
  }

  /** What the measured checks of one subject added up to. */
  private static final class Tally {
    final ListStatistics wall = new ListStatistics();
    final ListStatistics cpu = new ListStatistics();
    long allocated;
    long gcMillis;
    long wallNanos;
    int checks;
  }

  /**
   * Checks for {@code seconds} and at least {@code least} times; with {@code into}, each check
   * timed and the totals added to it. Returns the findings, so that the work is not eliminated.
   */
  private static long run(Subject subject, PlanDocument doc, double seconds, int least,
      Tally into) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long sink = 0;
    long gcBefore = gcMillis();
    long allocatedBefore = threads.getThreadAllocatedBytes(thread);
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    int checks = 0;
    for (; checks < least || System.nanoTime() < end; checks++) {
      long t = System.nanoTime();
      long c = threads.getCurrentThreadCpuTime();
      sink += subject.check(doc);
      if (into != null) {
        into.cpu.addValue((threads.getCurrentThreadCpuTime() - c) / 1e3);
        into.wall.addValue((System.nanoTime() - t) / 1e3);
      }
    }
    if (into != null) {
      into.wallNanos += System.nanoTime() - start;
      into.allocated += threads.getThreadAllocatedBytes(thread) - allocatedBefore;
      into.gcMillis += gcMillis() - gcBefore;
      into.checks += checks;
    }
    return sink;
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
    return prefixed(line, "type.");
  }

  /**
   * The counts by type of the facts the whole catalog gives the engine, checking without a date
   * ({@link PlanChecker#engineFactCounts}), from a {@code facts} line.
   */
  static Map<String, String> engine(Map<String, String> line) {
    return prefixed(line, "engine.");
  }

  private static Map<String, String> prefixed(Map<String, String> line, String prefix) {
    Map<String, String> out = new java.util.TreeMap<>();
    line.forEach((k, v) -> {
      if (k.startsWith(prefix)) {
        out.put(k.substring(prefix.length()), v);
      }
    });
    return out;
  }
}
