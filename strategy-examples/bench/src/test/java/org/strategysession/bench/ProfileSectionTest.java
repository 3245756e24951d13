package org.strategysession.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strategysession.model.PlanDocument;
import org.strategysession.rules.PlanChecker;

/** The profile's probes measure what the section renders, in one fixed table structure. */
class ProfileSectionTest {
  @Test
  void the_section_renders_a_row_per_checker_and_a_row_per_fact_type_at_three_sizes() {
    Sizes sizes = Sizes.of(100, 300, 600, 1_000);
    ProfileSection section = new ProfileSection(sizes, null);
    assertThat(section.profiled()).containsExactly(1, 2, 3);
    for (int size : section.profiled()) {
      PlanDocument doc = sizes.document(size);
      section.put(size, ProfileProbe.times(doc, 0.01), ProfileProbe.facts(doc));
    }
    section.putRules(ProfileProbe.rules(sizes.document(3), 1,
        List.of("KEY_TASK_OFF_MONTH", "SESSION_DAYS")));
    StringBuilder md = new StringBuilder();
    section.write(md);
    List<String> lines = Arrays.asList(md.toString().split("\n"));
    assertThat(lines).contains("## 8. Profile: rule groups, allocation and facts by type");
    for (String subject : ProfileProbe.SUBJECTS) {
      assertThat(lines).filteredOn(l -> l.startsWith("| " + subject + " |")).singleElement()
          // subject, then median, CPU, share, allocation and GC at each of the three sizes
          .satisfies(l -> assertThat(l.split("\\|", -1)).hasSize(1 + 1 + 15 + 1));
    }
    assertThat(lines).filteredOn(l -> l.startsWith("| catalog |")).singleElement()
        .satisfies(l -> assertThat(l).contains("| 100 % |"));
    Map<String, Integer> types = PlanChecker.factCountsByType(sizes.document(3));
    for (var e : types.entrySet()) {
      assertThat(lines).filteredOn(l -> l.startsWith("| `" + e.getKey() + "` |")).singleElement()
          .satisfies(l -> assertThat(l).contains("| " + e.getValue() + " |"));
    }
    // the last column: what the whole catalog gives the engine, fewer ids than it makes
    Map<String, Integer> engine = PlanChecker.standard().engineFactCounts(sizes.document(3));
    assertThat(lines).filteredOn(l -> l.startsWith("| `IdFact` |")).singleElement()
        .satisfies(l -> assertThat(l).endsWith("| " + engine.getOrDefault("IdFact", 0) + " |"));
    assertThat(engine.getOrDefault("IdFact", 0)).isLessThan(types.get("IdFact"));
    // negative control: a type the checker never inserts has no row
    assertThat(lines).noneMatch(l -> l.startsWith("| `Object` |"));
    // the allocation by rule: a row per rule measured, none for the others
    assertThat(lines).filteredOn(l -> l.startsWith("| KEY_TASK_OFF_MONTH |")).singleElement()
        .satisfies(l -> assertThat(l).endsWith("| " + findingsOf(sizes.document(3),
            "KEY_TASK_OFF_MONTH") + " |"));
    assertThat(lines).filteredOn(l -> l.startsWith("| SESSION_DAYS |")).hasSize(1);
    assertThat(lines).noneMatch(l -> l.startsWith("| PLAN_MISSING |"));
    assertThat(lines).anyMatch(l -> l.startsWith("| the rules' shares, all 2 added | "));
    assertThat(findingsOf(sizes.document(3), "KEY_TASK_OFF_MONTH")).isPositive();
  }

  @Test
  void the_allocation_table_adds_the_shares_and_keeps_the_rest() {
    ProfileSection section = new ProfileSection(Sizes.of(100, 300, 600, 1_000), null);
    StringBuilder line = new StringBuilder("facts=1000 facts.alloc=" + 20 * MB);
    // 25 rules of 1 MB down to 25 KB less each, and one that allocates less with it than without
    long added = 0;
    for (int i = 0; i < 25; i++) {
      long share = MB - i * 25 * KB;
      added += share;
      line.append(" rule.R").append(i).append(".share=").append(share)
          .append(" rule.R").append(i).append(".findings=").append(i);
    }
    line.append(" rule.NEG.share=").append(-3 * KB).append(" rule.NEG.findings=0");
    added -= 3 * KB;
    line.append(" catalog.alloc=").append(60 * MB).append(" catalog.findings=300");
    section.putRules(line.toString());
    StringBuilder md = new StringBuilder();
    section.writeRules(md, 1000);
    List<String> lines = Arrays.asList(md.toString().split("\n"));
    assertThat(lines).contains("| whole catalog (the mean of its measurements beside each "
        + "rule's) | 60.0 MB |", "| making the facts | 20.0 MB |",
        "| the rules' shares, all 26 added | " + Figures.kbOrMb(added) + " |");
    String rest = "| " + Figures.kbOrMb(60 * MB - 20 * MB - added) + " |";
    assertThat(lines).anyMatch(l -> l.startsWith("| the rest: ") && l.endsWith(rest));
    // the 20 largest by name, largest first; the other 6 (the negative one among them) summed
    List<String> rows = lines.stream().filter(l -> l.matches("\\| (R\\d+|NEG) \\|.*")).toList();
    assertThat(rows).hasSize(ProfileSection.LISTED_RULES);
    assertThat(rows.get(0)).startsWith("| R0 | 1.0 MB | 1.7 % | 0 |");
    assertThat(rows.get(19)).startsWith("| R19 |");
    long others = -3 * KB;
    for (int i = 20; i < 25; i++) {
      others += MB - i * 25 * KB;
    }
    assertThat(lines).contains("| the other 6 rules | " + Figures.kbOrMb(others) + " | "
        + String.format(java.util.Locale.ROOT, "%.1f %%", 100.0 * others / (60 * MB)) + " | |");
  }

  private static final long KB = 1024;
  private static final long MB = 1024 * KB;

  private static long findingsOf(PlanDocument doc, String rule) {
    return PlanChecker.standard().check(doc, PlanGenerator.AS_OF).findings().stream()
        .filter(f -> f.rule().equals(rule)).count();
  }

  @Test
  void the_fact_types_add_up_to_the_fact_count() {
    PlanDocument doc = PlanGenerator.generate(CheckBenchmark.SEED, 3);
    assertThat(PlanChecker.factCountsByType(doc).values().stream().mapToInt(Integer::intValue)
        .sum()).isEqualTo(PlanChecker.factCount(doc));
  }
}
