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
 * allocates per check, and the facts the checker makes by type; at the largest, where a
 * whole-catalog check's allocation goes (making the facts, each rule's share, the rest). Each
 * measured by a {@link ProfileProbe} in a process of its own with the JMH forks' heap. Not
 * thread-safe.
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
  /** The {@code rules} probe's figures, at the largest size. */
  private Map<String, String> rules;
  /** Checks per measurement of the {@code rules} probe. */
  static final int RULE_CHECKS = BenchmarkReport.QUICK ? 1 : 4;
  /** The rules of the largest shares listed by name. */
  static final int LISTED_RULES = 20;

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
    List<String> flags = List.of(JmhForks.JVM_ARGS);
    for (int size : profiled()) {
      BenchmarkReport.log("profile at %d facts: %s", sizes.facts(size), ProfileProbe.SUBJECTS);
      String departments = String.valueOf(sizes.departments(size));
      String asked = String.valueOf(sizes.asked(size));
      put(size, probe(jvm.main(flags, ProfileProbe.class, "times", departments, asked,
              String.valueOf(SECONDS))),
          probe(jvm.main(flags, ProfileProbe.class, "facts", departments, asked)));
    }
    int big = profiled().get(profiled().size() - 1);
    BenchmarkReport.log("allocation by rule at %d facts", sizes.facts(big));
    putRules(probe(jvm.main(flags, ProfileProbe.class, "rules",
        String.valueOf(sizes.departments(big)), String.valueOf(sizes.asked(big)),
        String.valueOf(RULE_CHECKS))));
  }

  /** Keeps the line of the {@code rules} probe, taken at the largest size. */
  void putRules(String rulesLine) {
    rules = ChildJvm.keyValues(rulesLine);
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
    writeRules(md, sizes.facts(big));
  }

  /** The allocation of a whole-catalog check at the largest size, by part and by rule. */
  void writeRules(StringBuilder md, int facts) {
    List<Map.Entry<String, Long>> shares = new ArrayList<>();
    rules.forEach((k, v) -> {
      if (k.startsWith("rule.") && k.endsWith(".share")) {
        shares.add(Map.entry(k.substring(5, k.length() - 6), Long.parseLong(v)));
      }
    });
    // the largest shares first; equal ones by rule id
    shares.sort(Comparator.comparingLong((Map.Entry<String, Long> e) -> -e.getValue())
        .thenComparing(Map.Entry::getKey));
    long catalog = Long.parseLong(rules.get("catalog.alloc"));
    long making = Long.parseLong(rules.get("facts.alloc"));
    long added = shares.stream().mapToLong(Map.Entry::getValue).sum();
    md.append("\n### Where a whole-catalog check's allocation goes at ").append(facts)
        .append(" facts\n\nOne more process (same flags), checking as of ")
        .append(PlanGenerator.AS_OF).append(" like the rest of this section; each figure is ")
        .append("what the checking thread allocates per check, averaged over ")
        .append(RULE_CHECKS).append(" checks. A rule's share is what a whole-catalog check ")
        .append("allocates less what a check without that rule (`disable`) allocates, the two ")
        .append("measured one after the other; it includes the rule's findings. Making the ")
        .append("facts is `PlanChecker.engineFactCounts`: the flattening of the document and ")
        .append("the facts the catalog's rules can match, without the engine. The revision ")
        .append("group's rules compare versions and do not run in a check of one document.\n\n")
        .append("| part | allocated per check |\n|---|---:|\n")
        .append("| whole catalog (the mean of its measurements beside each rule's) | ")
        .append(Figures.kbOrMb(catalog)).append(" |\n")
        .append("| making the facts | ").append(Figures.kbOrMb(making)).append(" |\n")
        .append("| the rules' shares, all ").append(shares.size()).append(" added | ")
        .append(Figures.kbOrMb(added)).append(" |\n")
        .append("| the rest: what no one rule's absence removes (a handle and a propagation ")
        .append("per fact inserted, the sessions, the report) | ")
        .append(Figures.kbOrMb(catalog - making - added)).append(" |\n")
        .append("\nThe ").append(Math.min(LISTED_RULES, shares.size()))
        .append(" largest shares (the whole catalog reports ")
        .append(rules.get("catalog.findings")).append(" findings in all):\n\n")
        .append("| rule | share | ÷ catalog | findings |\n|---|---:|---:|---:|\n");
    for (Map.Entry<String, Long> e : shares.subList(0, Math.min(LISTED_RULES, shares.size()))) {
      md.append("| ").append(e.getKey()).append(" | ").append(Figures.kbOrMb(e.getValue()))
          .append(" | ").append(String.format(Locale.ROOT, "%.1f %%",
              100.0 * e.getValue() / catalog))
          .append(" | ").append(rules.get("rule." + e.getKey() + ".findings")).append(" |\n");
    }
    if (shares.size() > LISTED_RULES) {
      long rest = shares.subList(LISTED_RULES, shares.size()).stream()
          .mapToLong(Map.Entry::getValue).sum();
      md.append("| the other ").append(shares.size() - LISTED_RULES).append(" rules | ")
          .append(Figures.kbOrMb(rest)).append(" | ")
          .append(String.format(Locale.ROOT, "%.1f %%", 100.0 * rest / catalog))
          .append(" | |\n");
    }
  }

  private static int count(Map<String, String> types, String type) {
    String n = types.get(type);
    return n == null ? 0 : Integer.parseInt(n);
  }
}
