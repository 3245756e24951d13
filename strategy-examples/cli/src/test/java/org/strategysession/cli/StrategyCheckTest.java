package org.strategysession.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The tool in-process, through picocli with captured output: the scenarios of {@link
 * ToolScenarios}, and what only needs checking once.
 */
class StrategyCheckTest extends ToolScenarios {
  @Override
  Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = StrategyCheck.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Override
  boolean writesGoldenFiles() {
    return true;
  }

  @Test
  void the_same_input_gives_byte_identical_reports() {
    for (String format : new String[] {"json", "text", "html"}) {
      Run first = run("check", "--format", format, FLAWED, CLEAN_RU, BROKEN);
      Run second = run("check", "--format", format, FLAWED, CLEAN_RU, BROKEN);
      assertThat(second.out()).as(format).isEqualTo(first.out());
    }
    Run csv = run("roadmap", "--format", "csv", CLEAN);
    assertThat(run("roadmap", "--format", "csv", CLEAN).out()).isEqualTo(csv.out());
  }

  @Test
  void json_ends_with_a_newline_and_uses_only_line_feeds() {
    String out = run("check", "--format", "json", FLAWED).out();
    assertThat(out).endsWith("}\n").doesNotContain("\r");
  }

  @Test
  void a_file_named_twice_is_checked_twice_in_command_line_order() throws Exception {
    Run run = run("check", "--format", "json", CLEAN, FLAWED, CLEAN);
    var results = JSON.readTree(run.out()).get("results");
    assertThat(results).hasSize(3);
    assertThat(results.get(0).get("file").asText()).isEqualTo(CLEAN);
    assertThat(results.get(1).get("file").asText()).isEqualTo(FLAWED);
    assertThat(results.get(2).get("file").asText()).isEqualTo(CLEAN);
  }

  @Test
  void progress_without_as_of_is_as_of_the_clocks_today() {
    Clock april20 = Clock.fixed(
        Instant.parse("2027-04-20T10:00:00Z"), ZoneOffset.UTC);
    for (String format : new String[] {"text", "json", "csv", "html"}) {
      StringWriter out = new StringWriter();
      int exit = StrategyCheck.run(april20, new PrintWriter(out),
          new PrintWriter(new StringWriter()), "progress", "--format", format, PROGRESS_RU);
      assertThat(exit).isZero();
      assertThat(out.toString()).as(format)
          .isEqualTo(run("progress", "--format", format, "--as-of", APRIL_20, PROGRESS_RU).out());
    }
    // negative control: a day later, the report is of that day
    StringWriter out = new StringWriter();
    StrategyCheck.run(Clock.offset(april20, Duration.ofDays(1)),
        new PrintWriter(out), new PrintWriter(new StringWriter()), "progress", PROGRESS_RU);
    assertThat(out.toString()).contains("as of 2027-04-21");
  }

  @Test
  void progress_and_tracker_import_give_byte_identical_output() {
    for (String format : new String[] {"text", "json", "csv", "html"}) {
      Run first = run("progress", "--format", format, "--as-of", APRIL_20, PROGRESS_RU);
      assertThat(run("progress", "--format", format, "--as-of", APRIL_20, PROGRESS_RU).out())
          .as(format).isEqualTo(first.out());
    }
    Run first = run("tracker-import", PROGRESS_RU, TRACKER + "jira-export.csv");
    assertThat(run("tracker-import", PROGRESS_RU, TRACKER + "jira-export.csv").out())
        .isEqualTo(first.out());
  }

  @Test
  void disable_accepts_ids_it_cannot_know_when_custom_rules_are_given() {
    Run run = run("check", "--rules", ACME_RULES, "--disable", "ACME_SOMETHING_ELSE", CLEAN);
    assertThat(run.exit()).as(run.toString()).isZero();
  }
}
