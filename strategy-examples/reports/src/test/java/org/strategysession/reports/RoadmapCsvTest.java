package org.strategysession.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoadmapCsvTest {
  @Test
  void rfc_4180_quoting() {
    assertThat(RoadmapCsv.quote("plain")).isEqualTo("plain");
    assertThat(RoadmapCsv.quote("a, b")).isEqualTo("\"a, b\"");
    assertThat(RoadmapCsv.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(RoadmapCsv.quote("two\nlines")).isEqualTo("\"two\nlines\"");
  }
}
