package org.strategysession.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Section 8 of the report: where a whole-catalog check's time goes. At the three largest sizes
 * (10³–10⁵), each rule group's check time against the whole catalog's, what each checker
 * allocates per check, and the facts the checker makes by type; each size measured by a
 * {@link ProfileProbe} in a process of its own with the JMH forks' heap. Not thread-safe.
 */
final class ProfileSection {
  /** Seconds of warm-up and of measurement per subject and size. */
  static final double SECONDS = BenchmarkReport.QUICK ? 0.3 : 2;

  private final Sizes sizes;
  private final ChildJvm jvm;
  /** size index → the {@code times} probe's figures, for the profiled sizes. */
  private final Map<Integer, Map<String, String>> times = new LinkedHashMap<>();
  /** size index → the {@code facts} probe's figures. */
  private final Map<Integer, Map<String, String>> facts = new LinkedHashMap<>();

  ProfileSection(Sizes sizes, ChildJvm jvm) {
    this.sizes = sizes;
    this.jvm = jvm;
  }

  /** The size indices profiled: the three largest. */
  List<Integer> profiled() {
    List<Integer> out = new ArrayList<>();
    for (int i = Math.max(0, sizes.count() - 3); i < sizes.count(); i++) {
      out.add(i);
    }
    return out;
  }

  void measure() throws IOException, InterruptedException {
    for (int size : profiled()) {
      BenchmarkReport.log("profile at %d facts: %s", sizes.facts(size), ProfileProbe.SUBJECTS);
      String departments = String.valueOf(sizes.departments(size));
      String asked = String.valueOf(sizes.asked(size));
      List<String> flags = List.of(JmhForks.JVM_ARGS);
      put(size, probe(jvm.main(flags, ProfileProbe.class, "times", departments, asked,
              String.valueOf(SECONDS))),
          probe(jvm.main(flags, ProfileProbe.class, "facts", departments, asked)));
    }
  }

  private static String probe(ChildJvm.Result r) {
    if (r.exit() != 0) {
      throw new IllegalStateException("the profile probe failed: " + r.firstLine());
    }
    return r.firstLine();
  }

  /** Keeps the lines of the two probes at one size. */
  void put(int size, String timesLine, String factsLine) {
    times.put(size, ChildJvm.keyValues(timesLine));
    facts.put(size, ChildJvm.keyValues(factsLine));
  }

  void write(StringBuilder md) {
    List<Integer> profiled = profiled();
    md.append("\n## 8. Profile: rule groups, allocation and facts by type\n\n")
        .append("One process per size (flags `").append(String.join(" ", JmhForks.JVM_ARGS))
        .append("`), the whole catalog warmed up first for ").append(3 * SECONDS)
        .append(" s, then each checker for ").append(SECONDS / 2)
        .append(" s; then ").append(SECONDS).append(" s of checks per checker, timed one by ")
        .append("one, in four rounds that take the checkers in turn (so that the machine's ")
        .append("other load falls on all of them alike). ")
        .append("A group's share is its median check time (a checker with only that group's ")
        .append("rules, as in section 3) over the whole catalog's: each share includes the ")
        .append("fixed cost of a check (flattening the document, a session), so the shares ")
        .append("add up to more than 100 %. CPU is the checking thread's median CPU time per ")
        .append("check: on a loaded machine the wall time also counts waiting for a core. ")
        .append("Allocation is what the checking thread allocates ")
        .append("per check (`ThreadMXBean.getThreadAllocatedBytes`), GC the collectors' ")
        .append("collection time over the timed checks' wall time.\n\n| checker |");
    for (int size : profiled) {
      String f = String.valueOf(sizes.facts(size));
      md.append(' ').append(f).append(" facts: median µs | CPU µs | ÷ catalog | allocated | GC |");
    }
    md.append("\n|---|").append("---:|".repeat(5 * profiled.size())).append('\n');
    for (String subject : ProfileProbe.SUBJECTS) {
      md.append("| ").append(subject).append(" |");
      for (int size : profiled) {
        Map<String, String> t = times.get(size);
        double median = Double.parseDouble(t.get(subject + ".median"));
        double catalog = Double.parseDouble(t.get("catalog.median"));
        md.append(' ').append(Figures.us(median)).append(" | ")
            .append(Figures.us(Double.parseDouble(t.get(subject + ".cpu")))).append(" | ")
            .append(String.format(Locale.ROOT, "%.0f %%", 100 * median / catalog)).append(" | ")
            .append(Figures.kbOrMb(Double.parseDouble(t.get(subject + ".alloc")))).append(" | ")
            .append(String.format(Locale.ROOT, "%.0f %%",
                100 * Double.parseDouble(t.get(subject + ".gc"))))
            .append(" |");
      }
      md.append('\n');
    }
    int big = profiled.get(profiled.size() - 1);
    Map<String, String> largest = ProfileProbe.types(facts.get(big));
    TreeSet<String> types = new TreeSet<>();
    for (int size : profiled) {
      types.addAll(ProfileProbe.types(facts.get(size)).keySet());
    }
    List<String> ordered = new ArrayList<>(types);
    // the largest counts first: the types a check's time and allocation follow
    ordered.sort(Comparator.comparingInt((String type) -> -count(largest, type))
        .thenComparing(Comparator.naturalOrder()));
    Map<String, String> engine = ProfileProbe.engine(facts.get(big));
    int given = engine.values().stream().mapToInt(Integer::parseInt).sum();
    md.append("\nThe facts the checker makes (`PlanChecker.factCountsByType`, without a date ")
        .append("of the check), by type, the largest counts at ").append(sizes.facts(big))
        .append(" facts first, and those the whole catalog gives the engine there ")
        .append("(`PlanChecker.engineFactCounts`, ").append(given).append(" in all): the ")
        .append("types its rules match, and of `IdFact`, `ReportSectionFact` and ")
        .append("`KeyTaskDoneFact` only the facts its rules can match (the ids at fault, the ")
        .append("empty sections, the tasks done but not listed):")
        .append("\n\n| fact type |");
    for (int size : profiled) {
      md.append(' ').append(sizes.facts(size)).append(" facts |");
    }
    md.append(" share at ").append(sizes.facts(big)).append(" | given to the engine at ")
        .append(sizes.facts(big)).append(" |\n|---|")
        .append("---:|".repeat(profiled.size() + 2)).append('\n');
    for (String type : ordered) {
      md.append("| `").append(type).append("` |");
      for (int size : profiled) {
        md.append(' ').append(count(ProfileProbe.types(facts.get(size)), type)).append(" |");
      }
      md.append(String.format(Locale.ROOT, " %.1f %% | %d |%n",
          100.0 * count(largest, type) / sizes.facts(big), count(engine, type)));
    }
  }

  private static int count(Map<String, String> types, String type) {
    String n = types.get(type);
    return n == null ? 0 : Integer.parseInt(n);
  }
}
