package org.strategysession.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text report's layout and the counts in both languages. */
class TextReportTest {
  private static String run(String... args) {
    StringWriter out = new StringWriter();
    StrategyCheck.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args);
    return out.toString();
  }

  @Test
  void grouped_by_department_then_severity_one_line_per_finding() {
    List<String> lines = run("check", "--rules", ToolScenarios.ACME_RULES, "--as-of",
        "2026-12-01", ToolScenarios.FLAWED).lines().toList();
    assertThat(lines.get(0)).isEqualTo("== samples/flawed-plan.json — Kestrel Outdoor Gear GmbH, 2027");
    // findings of no department come first, under "General"
    assertThat(lines.get(1)).isEqualTo("  General");
    String department = null;
    String severity = null;
    int order = -1;
    for (String line : lines.subList(1, lines.size() - 1)) {
      if (!line.startsWith("    ")) {
        department = line.strip();
        severity = null;
        order = -1;
        continue;
      }
      String[] parts = line.strip().split("\\s+", 3);
      int rank = List.of("ERROR", "WARNING", "INFO").indexOf(parts[0]);
      assertThat(rank).as(line).isNotNegative();
      assertThat(rank).as("severity order under " + department).isGreaterThanOrEqualTo(order);
      order = rank;
      severity = parts[0];
      assertThat(parts[2]).as(line).contains(": ");
    }
    assertThat(severity).isNotNull();
    assertThat(lines.get(lines.size() - 1)).matches(
        "samples/flawed-plan.json: \\d+ errors?, \\d+ warnings?, \\d+ infos?");
  }

  @Test
  void a_located_read_error_leaves_out_what_is_unknown() {
    String missing = run("check", ToolScenarios.MISSING);
    assertThat(missing).contains("  cannot be read: " + ToolScenarios.MISSING + ": no such file: ");
  }
}
