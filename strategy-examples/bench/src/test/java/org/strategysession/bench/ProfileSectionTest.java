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
  }

  @Test
  void the_fact_types_add_up_to_the_fact_count() {
    PlanDocument doc = PlanGenerator.generate(CheckBenchmark.SEED, 3);
    assertThat(PlanChecker.factCountsByType(doc).values().stream().mapToInt(Integer::intValue)
        .sum()).isEqualTo(PlanChecker.factCount(doc));
  }
}
