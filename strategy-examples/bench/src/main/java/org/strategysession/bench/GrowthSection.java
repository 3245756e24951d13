package org.strategysession.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.util.ListStatistics;
import org.strategysession.model.PlanDocument;
import org.strategysession.rules.RuleGroup;

/**
 * Section 3 of the report: how check time grows with size, as log-log slopes, for the three
 * checkers of sections 1–2 and for each rule group alone. The groups are timed here, by a plain
 * harness in this process rather than in JMH forks: nine groups at four sizes would be 36
 * forks, each paying the JIT's warm-up of the engine, beyond the time budget; here the engine's
 * code is compiled once and each group only warms its own rules. Not thread-safe.
 */
final class GrowthSection {
  /** Seconds of warm-up and of measurement per group and size. */
  private static final double GROUP_SECONDS = BenchmarkReport.QUICK ? 0.3 : 2;

  private final Sizes sizes;
  private final CheckTimes times;
  /** Every rule group but the embedders' own, by its lower-case name. */
  private final List<String> groups = Arrays.stream(RuleGroup.values())
      .filter(g -> g != RuleGroup.CUSTOM).map(g -> g.name().toLowerCase(Locale.ROOT)).toList();

  GrowthSection(Sizes sizes, CheckTimes times) {
    this.sizes = sizes;
    this.times = times;
  }

  /**
   * Per group and size: checks for {@link #GROUP_SECONDS} of warm-up, then for as long again
   * (at least five) timed one by one.
   */
  void measure() {
    for (int size = 0; size < sizes.count(); size++) {
      BenchmarkReport.log("groups at %d facts: %s", sizes.facts(size), groups);
      PlanDocument doc = sizes.document(size);
      for (String group : groups) {
        Subject subject = Subject.named(group);
        long sink = 0;
        long end = System.nanoTime() + (long) (GROUP_SECONDS * 1e9);
        for (int n = 0; n < 3 || System.nanoTime() < end; n++) {
          sink += subject.check(doc);
        }
        ListStatistics st = new ListStatistics();
        end = System.nanoTime() + (long) (GROUP_SECONDS * 1e9);
        for (int n = 0; n < 5 || System.nanoTime() < end; n++) {
          long start = System.nanoTime();
          sink += subject.check(doc);
          st.addValue((System.nanoTime() - start) / 1e3);
        }
        times.put(group, size, st);
        if (sink == Long.MIN_VALUE) {
          BenchmarkReport.log("unreachable");
        }
      }
    }
  }

  void write(StringBuilder md) {
    int mid = sizes.count() - 2;
    md.append("\n## 3. Growth: log-log slope of median check time against facts\n\n")
        .append("Over the four sizes (10²–10⁵) and over the last decade alone (10⁴–10⁵, where ")
        .append("fixed per-check costs no longer hide the growth). Per group: a checker with ")
        .append("only that group's rules (`enableOnly`); the revision group checks the ")
        .append("document as a revision of itself. The groups are timed by a plain harness in ")
        .append("one warm process (").append(GROUP_SECONDS).append(" s of warm-up, then ")
        .append(GROUP_SECONDS).append(" s of checks timed one by one, per group and size), ")
        .append("not in JMH forks: 36 forks, each warming the engine up anew, would not fit ")
        .append("the time budget.\n\n")
        .append("| checker | ");
    for (int i = 0; i < sizes.count(); i++) {
      md.append(sizes.facts(i)).append(" facts | ");
    }
    md.append("slope 10²–10⁵ | slope 10⁴–10⁵ | slope of the fastest, 10²–10⁵ | ")
        .append("slope of the fastest, 10⁴–10⁵ |\n|---|");
    md.append("---:|".repeat(sizes.count() + 4)).append('\n');
    List<String> all = new ArrayList<>(WarmCheckSection.SUBJECTS);
    all.addAll(groups);
    for (String subject : all) {
      md.append("| ").append(subject).append(" | ");
      for (int i = 0; i < sizes.count(); i++) {
        md.append(Figures.us(times.get(subject, i).getPercentile(50))).append(" | ");
      }
      md.append(String.format(Locale.ROOT, "%.2f | %.2f | %.2f | %.2f |%n",
          times.slope(subject, 0), times.slope(subject, mid),
          times.slopeOfFastest(subject, 0), times.slopeOfFastest(subject, mid)));
    }
  }
}
