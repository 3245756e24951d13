package org.strategysession.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategysession.model.ImmutableFollowUp;
import org.strategysession.model.ImmutablePlanDocument;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.PlanDocuments;

/**
 * The end-to-end scenarios of the tool, written once: all of them run in-process through
 * picocli ({@link StrategyCheckTest}), and those tagged {@link #IN_JAR} also as a user runs the
 * tool, {@code java -jar target/strategy-check.jar} ({@link StrategyCheckJarIT}), which proves
 * that the shaded jar still finds Drools' services (the standard rules and DRL compiled at run
 * time) and every library's resources. Each jar run is a JVM of its own, a few seconds; the
 * tagged ones cover what the jar carries, so the build does not start one per scenario.
 *
 * <p>Assertions hold for any rule catalog that keeps the samples' promises (clean plans stay
 * clean; the flawed plan's dangling reference {@code finance.t1 → production.t9} is reported):
 * the time, revision and custom-rule scenarios observe the options through the test's own DRL
 * ({@code acme-rules.drl}) rather than through catalog rules that may change.
 */
abstract class ToolScenarios {
  /**
   * The tag of the scenarios the built jar runs too ({@link StrategyCheckJarIT}): at least one
   * for each library and resource the shaded jar must carry (the standard rules and the DRL
   * compiler, JSON in and out, the schema, the HTML templates, CSV, the workbook library, the
   * messages in both languages, picocli's errors, the version), each the lightest that does.
   * Every scenario runs in-process.
   */
  static final String IN_JAR = "jar";

  static final String CLEAN = "samples/clean-plan.json";
  static final String CLEAN_RU = "samples/clean-plan-ru.json";
  static final String REVISION = "samples/clean-plan-q2-revision.json";
  static final String FLAWED = "samples/flawed-plan.json";
  static final String BROKEN = "cli/src/test/resources/plans/broken.json";
  static final String NEWER = "cli/src/test/resources/plans/newer-producer.json";
  static final String MISSING = "cli/src/test/resources/plans/no-such-plan.json";
  static final String ACME_RULES = "cli/src/test/resources/rules/acme-rules.drl";
  static final String BROKEN_RULES = "cli/src/test/resources/rules/broken.drl";
  /** A week after the clean plan's session: no initiative is overdue for analysis yet. */
  static final String SOON_AFTER_SESSION = "2026-12-01";
  /** A Russian company in April 2027 with actuals, done tasks and key-task reviews. */
  static final String PROGRESS_RU = "samples/progress-plan-ru.json";
  /** Its monthly review: March is closed; a KPI is behind, one at risk, hr.t2 overdue. */
  static final String APRIL_20 = "2027-04-20";
  static final String TRACKER = "cli/src/test/resources/tracker/";

  static final ObjectMapper JSON = new ObjectMapper();

  /** Runs the tool with these arguments. */
  abstract Run run(String... args);

  /** Whether this runner may rewrite golden files (only one of the two does). */
  abstract boolean writesGoldenFiles();

  // ---- schema -------------------------------------------------------------------------

  @Test
  @Tag(IN_JAR)
  void schema_prints_the_format_s_json_schema() throws Exception {
    Run run = run("schema");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(org.strategysession.model.FormatSchema.text());
    JsonNode schema = JSON.readTree(run.out());
    assertThat(schema.get("$id").asText()).isEqualTo("urn:strategy-session:schema:1.1");
    assertThat(schema.get("$schema").asText()).contains("2020-12");
  }

  // ---- exit codes -----------------------------------------------------------------------

  @Test
  @Tag(IN_JAR)
  void exit_0_for_a_clean_plan_and_nothing_on_stderr() {
    Run run = run("check", CLEAN);
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out()).contains("No problems found.").contains("0 errors, 0 warnings, 0 infos");
    assertThat(run.err()).as(run.toString()).isEmpty();
  }

  @Test
  void exit_1_for_a_finding_at_or_above_fail_on() {
    Run run = run("check", FLAWED);
    assertThat(run.exit()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).contains("ERROR").contains("UNKNOWN_REFERENCE")
        .contains("finance.t1: finance.t1 refers to production.t9");
    assertThat(run.err()).as(run.toString()).isEmpty();
  }

  @Test
  void fail_on_sets_the_lowest_severity_that_fails() {
    // acme-rules.drl with a date reports exactly one INFO on the clean plan.
    String[] base = {"check", "--rules", ACME_RULES, "--as-of", SOON_AFTER_SESSION, CLEAN};
    assertThat(run(concat(base, "--fail-on", "error")).exit()).isZero();
    assertThat(run(concat(base, "--fail-on", "warning")).exit()).isZero();
    assertThat(run(concat(base, "--fail-on", "info")).exit()).isEqualTo(1);
    assertThat(run("check", "--fail-on", "never", FLAWED).exit()).isZero();
  }

  @Test
  @Tag(IN_JAR)
  void a_misspelt_command_or_a_wrong_value_exits_2_with_one_clear_line() {
    String[] misspelt = {"chek", CLEAN};
    assertWrongCommandLine(misspelt, run(misspelt));
    String[] xml = {"check", "--format", "xml", CLEAN};
    Run run = run(xml);
    assertWrongCommandLine(xml, run);
    assertThat(run.err()).contains("expected one of text, json, html but was 'xml'");
  }

  private static void assertWrongCommandLine(String[] args, Run run) {
    assertThat(run.exit()).as(String.join(" ", args) + "\n" + run).isEqualTo(2);
    assertThat(run.err()).as(run.toString()).startsWith("strategy-check: ").contains("--help")
        .doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.out()).as(run.toString()).isEmpty();
  }

  @Test
  void exit_2_for_a_wrong_command_line_with_a_clear_message_and_no_stack_trace() {
    List<String[]> wrong = List.of(
        new String[] {},
        new String[] {"chek", CLEAN},
        new String[] {"check"},
        new String[] {"check", "--format", "xml", CLEAN},
        new String[] {"check", "--locale", "de", CLEAN},
        new String[] {"check", "--fail-on", "fatal", CLEAN},
        new String[] {"check", "--as-of", "2027-13-01", CLEAN},
        new String[] {"check", "--disable", "GOAL_WITHOUT_TASK", CLEAN},
        new String[] {"check", "--no-such-option", CLEAN},
        new String[] {"roadmap", "--format", "pdf", CLEAN},
        new String[] {"roadmap", CLEAN, FLAWED});
    for (String[] args : wrong) {
      assertWrongCommandLine(args, run(args));
    }
    assertThat(run("check", "--format", "xml", CLEAN).err())
        .contains("expected one of text, json, html but was 'xml'");
    assertThat(run("check", "--as-of", "2027-13-01", CLEAN).err())
        .contains("'2027-13-01' is not a date of the form YYYY-MM-DD");
    assertThat(run("check", "--disable", "GOAL_WITHOUT_TASK", CLEAN).err())
        .contains("no rule with id GOAL_WITHOUT_TASK");
  }

  @Test
  void a_batch_with_one_broken_file_reports_all_files_and_exits_2() throws Exception {
    Run run = run("check", "--format", "json", CLEAN, BROKEN, MISSING, FLAWED);
    assertThat(run.exit()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).as(run.toString()).isEmpty();
    JsonNode results = JSON.readTree(run.out()).get("results");
    assertThat(results).hasSize(4);
    assertThat(results.get(0).get("file").asText()).isEqualTo(CLEAN);
    assertThat(results.get(0).get("summary").get("errors").asInt()).isZero();

    JsonNode broken = results.get(1);
    assertThat(broken.get("file").asText()).isEqualTo(BROKEN);
    assertThat(broken.has("findings")).isFalse();
    JsonNode error = broken.get("error");
    assertThat(error.get("message").asText()).isEqualTo("expected a number but found string \"a lot\"");
    assertThat(error.get("line").asInt()).isEqualTo(12);
    assertThat(error.get("column").asInt()).isEqualTo(21);
    assertThat(error.get("path").asText()).isEqualTo("/plans/0/kpis/0/target");

    JsonNode missing = results.get(2).get("error");
    assertThat(missing.get("message").asText()).startsWith("no such file");
    assertThat(missing.has("line")).as("no position for a file that does not exist").isFalse();
    assertThat(missing.has("column")).isFalse();

    assertThat(results.get(3).get("file").asText()).isEqualTo(FLAWED);
    assertThat(results.get(3).get("findings")).isNotEmpty();

    Run text = run("check", CLEAN, BROKEN, FLAWED);
    assertThat(text.exit()).isEqualTo(2);
    assertThat(text.out())
        .contains("cannot be read: " + BROKEN + ":12:21: expected a number but found string "
            + "\"a lot\" (at /plans/0/kpis/0/target)")
        .contains("== " + FLAWED)
        .contains("Total: 3 files (1 unreadable): ");
  }

  // ---- formats --------------------------------------------------------------------------

  @Test
  void json_report_parses_has_the_contract_shape_and_stderr_stays_empty() throws Exception {
    Run run = run("check", "--format", "json", FLAWED, CLEAN);
    assertThat(run.err()).as(run.toString()).isEmpty();
    JsonNode root = JSON.readTree(run.out());
    assertThat(fieldNames(root)).containsExactly("results");
    JsonNode flawed = root.get("results").get(0);
    assertThat(fieldNames(flawed)).containsExactly("file", "summary", "findings");
    assertThat(fieldNames(flawed.get("summary"))).containsExactly("errors", "warnings", "infos");
    for (JsonNode f : flawed.get("findings")) {
      assertThat(fieldNames(f)).isSubsetOf("rule", "severity", "subject", "department", "path",
          "message").contains("rule", "severity", "subject", "message");
      assertThat(f.get("severity").asText()).isIn("ERROR", "WARNING", "INFO");
    }
    JsonNode reference = find(flawed.get("findings"), "UNKNOWN_REFERENCE", "finance.t1");
    assertThat(reference.get("department").asText()).isEqualTo("finance");
    assertThat(reference.get("path").asText()).startsWith("/plans/5/tasks/0");
    int errors = 0;
    for (JsonNode f : flawed.get("findings")) {
      errors += f.get("severity").asText().equals("ERROR") ? 1 : 0;
    }
    assertThat(flawed.get("summary").get("errors").asInt()).isEqualTo(errors);
    assertThat(root.get("results").get(1).get("findings")).isEmpty();
  }

  @Test
  @Tag(IN_JAR)
  void golden_json_report_of_the_samples() {
    Run run = run("check", "--format", "json", CLEAN, FLAWED, BROKEN, CLEAN_RU);
    assertThat(run.exit()).isEqualTo(2);
    Golden.assertMatches("check-samples.json", run.out(), writesGoldenFiles());
  }

  /**
   * Format 1.1 as of a date in the year: the progress sample's year-in-action findings (a KPI
   * behind and one at risk, a missing actual, an overdue task and its key task not done) and
   * the 1.0 samples' overdue tasks and missing actuals once their months are closed.
   */
  @Test
  @Tag(IN_JAR)
  void golden_text_report_of_the_samples_in_april() {
    Run run = run("check", "--as-of", APRIL_20, PROGRESS_RU, CLEAN);
    assertThat(run.exit()).as(run.toString()).isZero();
    Golden.assertMatches("check-samples-2027-04-20.txt", run.out(), writesGoldenFiles());
    assertThat(run.out()).contains("KPI_AT_RISK", "KPI_BEHIND_PLAN", "ACTUAL_MISSING",
        "TASK_OVERDUE", "KEY_TASK_NOT_DONE", "TASK_DONE_LATE", "GOAL_NOT_ALIGNED");
  }

  @Test
  void golden_text_report_of_the_flawed_plan() {
    Run run = run("check", FLAWED);
    Golden.assertMatches("check-flawed-plan.txt", run.out(), writesGoldenFiles());
  }

  @Test
  @Tag(IN_JAR)
  void html_report_is_one_self_contained_page() {
    Run run = run("check", "--format", "html", FLAWED, BROKEN);
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).as(run.toString()).isEmpty();
    assertThat(run.out()).startsWith("<!DOCTYPE html>").endsWith("</html>\n")
        .contains("<table class=\"grid\">").contains("Findings by department")
        .contains("class=\"read-error\"").doesNotContain("http://").doesNotContain("https://");
  }

  @Test
  void roadmap_in_every_format() throws Exception {
    Run text = run("roadmap", CLEAN);
    assertThat(text.exit()).as(text.toString()).isZero();
    assertThat(text.out()).startsWith("Tallgrass Cabinetry Ltd — roadmap 2027\n")
        .contains("February 2027").contains("Felix Brandt [approved]").contains("Initiatives");
    assertThat(text.err()).isEmpty();

    Run json = run("roadmap", "--format", "json", CLEAN);
    JsonNode roadmap = JSON.readTree(json.out());
    assertThat(roadmap.get("months")).hasSize(12);
    assertThat(roadmap.get("company").asText()).isEqualTo("Tallgrass Cabinetry Ltd");

    Run csv = run("roadmap", "--format", "csv", CLEAN_RU);
    assertThat(csv.exit()).isZero();
    Golden.assertMatches("roadmap-clean-plan-ru.csv", csv.out(), writesGoldenFiles());

    Run html = run("roadmap", "--format", "html", "--locale", "ru", CLEAN_RU);
    assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("lang=\"ru\"")
        .contains("Дорожная карта").contains("Инициативы");

    Run missing = run("roadmap", MISSING);
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("strategy-check: " + MISSING + ": no such file: "
        + MISSING + System.lineSeparator());
    assertThat(missing.out()).isEmpty();
  }

  // ---- options --------------------------------------------------------------------------

  @Test
  @Tag(IN_JAR)
  void locale_ru_gives_russian_messages_and_headings() throws Exception {
    Run run = run("check", "--locale", "ru", FLAWED, CLEAN_RU);
    assertThat(run.out()).contains("finance.t1 ссылается на production.t9")
        .contains("Итого: 2 файла: ").contains("Проблем не найдено.");
    JsonNode json = JSON.readTree(run("check", "--format", "json", "--locale", "ru", FLAWED).out());
    assertThat(find(json.get("results").get(0).get("findings"), "UNKNOWN_REFERENCE", "finance.t1")
        .get("message").asText()).contains("ссылается на");
  }

  @Test
  void baseline_checks_files_as_revisions_of_the_earlier_version() {
    Run revision = run("check", "--baseline", CLEAN, REVISION);
    assertThat(revision.exit()).as(revision.toString()).isZero();

    Run probed = run("check", "--rules", ACME_RULES, "--baseline", CLEAN, REVISION);
    assertThat(probed.out()).contains("ACME_REVISION_COMPARED")
        .contains("Compared with the earlier version of Tallgrass Cabinetry Ltd 2027");
    assertThat(run("check", "--rules", ACME_RULES, REVISION).out())
        .doesNotContain("ACME_REVISION_COMPARED");

    Run unreadable = run("check", "--baseline", BROKEN, REVISION);
    assertThat(unreadable.exit()).isEqualTo(2);
    assertThat(unreadable.err()).startsWith("strategy-check: --baseline: " + BROKEN + ":12:21: ");
    assertThat(unreadable.out()).isEmpty();
  }

  @Test
  void as_of_is_the_date_time_dependent_rules_see() {
    Run dated = run("check", "--rules", ACME_RULES, "--as-of", SOON_AFTER_SESSION, CLEAN);
    assertThat(dated.out()).contains("ACME_CHECKED_AS_OF")
        .contains("Checked as of " + SOON_AFTER_SESSION);
    assertThat(run("check", "--rules", ACME_RULES, CLEAN).out())
        .doesNotContain("ACME_CHECKED_AS_OF");
  }

  @Test
  void disable_switches_rules_off() throws Exception {
    JsonNode all = findings(run("check", "--format", "json", FLAWED));
    Run run = run("check", "--format", "json", "--disable", "UNKNOWN_REFERENCE,DUPLICATE_ID",
        FLAWED);
    JsonNode some = findings(run);
    assertThat(rules(some)).doesNotContain("UNKNOWN_REFERENCE");
    assertThat(some.size()).isEqualTo(all.size() - count(all, "UNKNOWN_REFERENCE"));
  }

  @Test
  @Tag(IN_JAR)
  void rules_adds_custom_drl_that_reports_through_the_reporter() throws Exception {
    Run run = run("check", "--format", "json", "--rules", ACME_RULES, FLAWED);
    assertThat(run.err()).as("compiling DRL logs nothing: " + run).isEmpty();
    JsonNode undated = find(findings(run), "ACME_PLAN_UNDATED", "it");
    assertThat(undated.get("severity").asText()).isEqualTo("WARNING");
    assertThat(undated.get("department").asText()).isEqualTo("it");
    assertThat(undated.get("path").asText()).isEqualTo("/plans/6");
    assertThat(undated.get("message").asText()).isEqualTo("Plan of department it has no submission date");
    // negative control: every plan of the clean sample is dated
    assertThat(rules(findings(run("check", "--format", "json", "--rules", ACME_RULES, CLEAN))))
        .doesNotContain("ACME_PLAN_UNDATED");
    // a custom rule can be switched off like any other
    assertThat(rules(findings(run("check", "--format", "json", "--rules", ACME_RULES,
        "--disable", "ACME_PLAN_UNDATED", FLAWED)))).doesNotContain("ACME_PLAN_UNDATED");
  }

  @Test
  void rules_that_do_not_compile_exit_2_naming_file_and_line() {
    Run run = run("check", "--rules", BROKEN_RULES, CLEAN);
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("strategy-check: --rules: rules do not compile:")
        .contains(BROKEN_RULES + ":9: ").doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
    Run missing = run("check", "--rules", "cli/src/test/resources/rules/none.drl", CLEAN);
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("--rules: no such file: cli/src/test/resources/rules/none.drl");
  }

  @Test
  void lenient_ignores_unknown_fields() {
    Run strict = run("check", NEWER);
    assertThat(strict.exit()).isEqualTo(2);
    assertThat(strict.out()).contains(NEWER + ":5:18: unknown field \"producedBy\"");
    Run lenient = run("check", "--lenient", NEWER);
    assertThat(lenient.exit()).as(lenient.toString()).isNotEqualTo(2);
    assertThat(lenient.out()).contains("== " + NEWER + " — Newer Producer Ltd, 2027");
  }

  // ---- help and version -----------------------------------------------------------------

  @Test
  void help_of_every_command_lists_its_options_and_exit_codes() {
    Run top = run("--help");
    assertThat(top.exit()).isZero();
    assertThat(top.out()).contains("Usage: strategy-check [-hV] COMMAND").contains("check")
        .contains("roadmap").contains("Exit codes:");
    Run check = run("check", "--help");
    assertThat(check.exit()).isZero();
    for (String option : List.of("--format=FORMAT", "text, json, html", "--locale=LANG", "en, ru",
        "--baseline=FILE", "--as-of=DATE", "--fail-on=SEVERITY", "error, warning, info, never",
        "--disable=RULE[,RULE...]", "--rules=FILE.drl", "--lenient", "FILE...",
        "  2  a file could not be read")) {
      assertThat(check.out()).as(option).contains(option);
    }
    Run roadmap = run("help", "roadmap");
    assertThat(roadmap.exit()).isZero();
    assertThat(roadmap.out()).contains("--format=FORMAT").contains("text, json, csv, html");
    assertThat(top.err() + check.err() + roadmap.err()).isEmpty();
  }

  @Test
  void help_of_progress_and_tracker_import_lists_their_options() {
    Run top = run("--help");
    assertThat(top.out()).contains("progress").contains("tracker-import");
    Run progress = run("progress", "--help");
    assertThat(progress.exit()).isZero();
    for (String option : List.of("--as-of=DATE", "Default: today", "--format=FORMAT",
        "text, json, csv, html", "--locale=LANG", "--lenient", "FILE")) {
      assertThat(progress.out()).as(option).contains(option);
    }
    Run tracker = run("help", "tracker-import");
    assertThat(tracker.exit()).isZero();
    for (String option : List.of("FILE EXPORT.csv", "-o, --output=OUT.json",
        "--done-statuses=LIST[,LIST...]", "Готово, Закрыта, Решена", "Issue key")) {
      assertThat(tracker.out()).as(option).contains(option);
    }
    assertThat(top.err() + progress.err() + tracker.err()).isEmpty();
  }

  @Test
  @Tag(IN_JAR)
  void version_prints_the_project_version() {
    Run run = run("--version");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).matches("strategy-check \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
  }

  // ---- the year in action: progress ---------------------------------------------------

  @Test
  @Tag(IN_JAR)
  void progress_in_every_format() throws Exception {
    Run text = run("progress", "--as-of", APRIL_20, "--locale", "ru", PROGRESS_RU);
    assertThat(text.exit()).as(text.toString()).isZero();
    assertThat(text.err()).as(text.toString()).isEmpty();
    Golden.assertMatches("progress-plan-ru.txt", text.out(), writesGoldenFiles());

    Run json = run("progress", "--as-of", APRIL_20, "--format", "json", PROGRESS_RU);
    assertThat(json.exit()).isZero();
    JsonNode root = JSON.readTree(json.out());
    assertThat(fieldNames(root)).containsExactly("asOf", "kpis", "scorecard", "overdue");
    assertThat(root.get("asOf").asText()).isEqualTo(APRIL_20);
    assertThat(root.get("kpis")).hasSize(8);
    assertThat(root.get("scorecard")).hasSize(12);
    assertThat(root.get("overdue")).hasSize(1);
    assertThat(root.get("overdue").get(0).get("task").asText()).isEqualTo("hr.t2");
    List<String> health = new ArrayList<>();
    root.get("kpis").forEach(k -> health.add(k.get("kpi").asText() + " " + k.get("health").asText()));
    assertThat(health).contains("production.output BEHIND", "hr.trainedBakers AT_RISK",
        "logistics.onTime NO_DATA", "sales.revenue ON_TRACK");

    Run csv = run("progress", "--as-of", APRIL_20, "--format", "csv", PROGRESS_RU);
    assertThat(csv.exit()).isZero();
    Golden.assertMatches("progress-plan-ru.csv", csv.out(), writesGoldenFiles());

    Run html = run("progress", "--as-of", APRIL_20, "--format", "html", "--locale", "ru",
        PROGRESS_RU);
    assertThat(html.exit()).isZero();
    assertThat(html.out()).startsWith("<!DOCTYPE html>").endsWith("</html>\n")
        .contains("lang=\"ru\"").contains("Состояние KPI").contains("<svg class=\"chart\"")
        .doesNotContain("http://").doesNotContain("https://");
    Document page = Jsoup.parse(html.out());
    assertThat(page.select("figure.kpi")).hasSize(8);
    assertThat(page.select("table.heatmap td.score")).hasSize(12);
    assertThat(page.select("table.overdue tbody tr").eachAttr("data-task"))
        .containsExactly("hr.t2");
  }

  @Test
  void progress_without_as_of_is_as_of_today() throws Exception {
    String before = LocalDate.now().toString();
    Run run = run("progress", "--format", "json", PROGRESS_RU);
    String after = LocalDate.now().toString();
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(JSON.readTree(run.out()).get("asOf").asText()).isIn(before, after);
  }

  @Test
  void progress_of_an_unreadable_file_or_a_wrong_command_line_exits_2() {
    Run missing = run("progress", "--as-of", APRIL_20, MISSING);
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("strategy-check: " + MISSING + ": no such file: "
        + MISSING + System.lineSeparator());
    assertThat(missing.out()).isEmpty();
    Run broken = run("progress", "--as-of", APRIL_20, BROKEN);
    assertThat(broken.exit()).isEqualTo(2);
    assertThat(broken.err()).startsWith("strategy-check: " + BROKEN + ":12:21: ");
    for (String[] args : List.of(
        new String[] {"progress"},
        new String[] {"progress", "--as-of", "20.04.2027", PROGRESS_RU},
        new String[] {"progress", "--format", "pdf", PROGRESS_RU},
        new String[] {"progress", PROGRESS_RU, CLEAN})) {
      Run run = run(args);
      assertThat(run.exit()).as(String.join(" ", args) + "\n" + run).isEqualTo(2);
      assertThat(run.err()).startsWith("strategy-check: ").contains("--help")
          .doesNotContain("Exception");
      assertThat(run.out()).isEmpty();
    }
    assertThat(run("progress", "--format", "pdf", PROGRESS_RU).err())
        .contains("expected one of text, json, csv, html but was 'pdf'");
    // negative control: the lenient reader is there too
    assertThat(run("progress", "--lenient", "--as-of", APRIL_20, NEWER).exit()).isZero();
  }

  // ---- the year in action: tracker-import ---------------------------------------------

  @Test
  void tracker_import_marks_done_what_the_tracker_finished_and_prints_the_document(
      @TempDir Path dir) throws Exception {
    Run run = run("tracker-import", PROGRESS_RU, TRACKER + "jira-export.csv");
    assertThat(run.exit()).as(run.toString()).isZero();
    JsonNode hrT2 = task(JSON.readTree(run.out()), "hr.t2");
    assertThat(hrT2.get("status").asText()).isEqualTo("DONE");
    assertThat(hrT2.get("doneIn").asInt()).isEqualTo(4);
    assertThat(task(JSON.readTree(run.out()), "sales.t3").get("status").asText())
        .isEqualTo("APPROVED");
    assertThat(run.err()).isEqualTo(String.join(System.lineSeparator(),
        TRACKER + "jira-export.csv: 4 rows read: 1 task marked done, 0 keys added, 1 key "
            + "matches no task",
        "  done: hr.t2 in month 4 [OZH-132]",
        "  no task: OZH-999", ""));

    // to a file; a semicolon-separated export of Excel with a byte order mark
    String out = dir.resolve("plan.json").toString();
    Run excel = run("tracker-import", PROGRESS_RU, TRACKER + "excel-ru.csv", "-o", out);
    assertThat(excel.exit()).as(excel.toString()).isZero();
    assertThat(excel.out()).isEmpty();
    assertThat(excel.err()).contains("1 task marked done").contains("done: hr.t3 in month 3");
    assertThat(task(JSON.readTree(Files.readString(Path.of(out))),
        "hr.t3").get("status").asText()).isEqualTo("DONE");

    // statuses of one's own
    Run own = run("tracker-import", PROGRESS_RU, TRACKER + "jira-export.csv",
        "--done-statuses", "Resolved, in progress");
    assertThat(own.err()).contains("done: sales.t3 (no month) [OZH-103]")
        .doesNotContain("hr.t2");
  }

  @Test
  void tracker_import_of_an_export_it_cannot_use_exits_2_with_the_line() {
    Run noStatus = run("tracker-import", PROGRESS_RU, TRACKER + "no-status.csv");
    assertThat(noStatus.exit()).isEqualTo(2);
    assertThat(noStatus.err()).isEqualTo("strategy-check: " + TRACKER + "no-status.csv:1: no "
        + "status column: the header names none of Status, State" + System.lineSeparator());
    assertThat(noStatus.out()).isEmpty();
    Run badDate = run("tracker-import", PROGRESS_RU, TRACKER + "bad-date.csv");
    assertThat(badDate.exit()).isEqualTo(2);
    assertThat(badDate.err()).startsWith("strategy-check: " + TRACKER + "bad-date.csv:3: "
        + "Resolved \"March 28, 2027\" is not a date: expected 2027-03-28, ");
    assertThat(badDate.out()).isEmpty();
    Run missing = run("tracker-import", PROGRESS_RU, TRACKER + "none.csv");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("strategy-check: " + TRACKER + "none.csv: no such file"
        + System.lineSeparator());
    Run document = run("tracker-import", BROKEN, TRACKER + "jira-export.csv");
    assertThat(document.exit()).isEqualTo(2);
    assertThat(document.err()).startsWith("strategy-check: " + BROKEN + ":12:21: ");
    for (String[] args : List.of(new String[] {"tracker-import", PROGRESS_RU},
        new String[] {"tracker-import", PROGRESS_RU, TRACKER + "jira-export.csv",
            "--done-statuses", " , "})) {
      Run run = run(args);
      assertThat(run.exit()).as(run.toString()).isEqualTo(2);
      assertThat(run.err()).startsWith("strategy-check: ").contains("--help");
      assertThat(run.out()).isEmpty();
    }
  }

  /**
   * The loop with the task tracker: the roadmap's CSV goes into the tracker, the tracker's
   * export comes back with keys and statuses, and the check no longer finds the finished tasks
   * overdue or missing from the tracker, while a task the tracker left open is still overdue.
   */
  @Test
  @Tag(IN_JAR)
  void the_loop_roadmap_csv_then_tracker_then_tracker_import_then_check(
      @TempDir Path dir) throws Exception {
    // The plan: the Russian clean sample, whose sales and hr tasks are not in the tracker yet.
    PlanDocument sample = PlanDocuments.strict().read(Path.of(CLEAN_RU));
    Map<String, String> refs = new LinkedHashMap<>(
        sample.followUp().orElseThrow().trackerRefs());
    refs.keySet().removeIf(task -> task.startsWith("sales.") || task.startsWith("hr."));
    PlanDocument plan = ImmutablePlanDocument.copyOf(sample).withFollowUp(
        ImmutableFollowUp.copyOf(sample.followUp().orElseThrow()).withTrackerRefs(refs));
    String planFile = dir.resolve("plan.json").toString();
    Files.writeString(Path.of(planFile), PlanDocuments.strict().write(plan));
    List<String> overdue = List.of("sales.t1", "sales.t2", "production.t1", "production.t2",
        "logistics.t1", "logistics.t2", "hr.t1", "hr.t2");
    JsonNode before = findings(run("check", "--as-of", APRIL_20, "--format", "json", planFile));
    for (String task : overdue) {
      find(before, "TASK_OVERDUE", task);
    }
    find(before, "TASK_NOT_TRANSFERRED", "sales.t1");
    find(before, "TASK_NOT_TRANSFERRED", "hr.t3");

    // 1. the roadmap's CSV, for the tracker's import
    Run roadmap = run("roadmap", "--format", "csv", planFile);
    assertThat(roadmap.exit()).as(roadmap.toString()).isZero();
    List<List<String>> rows = csvRows(roadmap.out());
    assertThat(rows.get(0)).containsExactly("Summary", "Description", "Assignee", "Department",
        "Goal", "Months", "Start date", "Due date", "Status", "Tracker key", "Task id");

    // 2. the tracker's export: an issue per row, with the key the tracker gave it (the row's
    // Tracker key where the task had one); the overdue tasks done by their due date, but hr.t2
    StringBuilder export = new StringBuilder("Issue key,Summary,Status,Resolved,Task id\r\n");
    int n = 900;
    for (List<String> row : rows.subList(1, rows.size())) {
      String task = row.get(10);
      String key = row.get(9).isEmpty() ? "OZH-" + n++ : row.get(9);
      boolean done = overdue.contains(task) && !task.equals("hr.t2");
      export.append(key).append(",\"").append(row.get(0).replace("\"", "\"\"")).append("\",")
          .append(done ? "Done" : "In Progress").append(',').append(done ? row.get(7) : "")
          .append(',').append(task).append("\r\n");
    }
    String exportFile = dir.resolve("export.csv").toString();
    Files.writeString(Path.of(exportFile), export);

    // 3. the export back into the plan
    Run imported = run("tracker-import", planFile, exportFile, "-o", planFile);
    assertThat(imported.exit()).as(imported.toString()).isZero();
    assertThat(imported.err()).contains(": 7 tasks marked done, ").contains("key added: sales.t1 = ")
        .contains("key added: hr.t2 = ");

    // 4. the check of the same date
    JsonNode after = findings(run("check", "--as-of", APRIL_20, "--format", "json", planFile));
    for (JsonNode f : after) {
      String rule = f.get("rule").asText();
      String subject = f.get("subject").asText();
      assertThat(rule.equals("TASK_OVERDUE") && !subject.equals("hr.t2")
          || rule.equals("TASK_NOT_TRANSFERRED") || rule.equals("TASK_DONE_LATE"))
          .as(f.toString()).isFalse();
    }
    find(after, "TASK_OVERDUE", "hr.t2"); // the export left it open
  }

  static JsonNode task(JsonNode document, String id) {
    for (JsonNode plan : document.get("plans")) {
      for (JsonNode task : plan.get("tasks")) {
        if (task.get("id").asText().equals(id)) {
          return task;
        }
      }
    }
    throw new AssertionError("no task " + id);
  }

  static List<List<String>> csvRows(String csv) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<String[]> it = new CsvMapper()
        .enable(CsvParser.Feature.WRAP_AS_ARRAY).readerFor(String[].class).readValues(csv)) {
      while (it.hasNext()) {
        rows.add(List.of(it.next()));
      }
    }
    return rows;
  }

  // ---- helpers --------------------------------------------------------------------------

  static String[] concat(String[] a, String... b) {
    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  // ---- the department-tab workbook ------------------------------------------------------

  @Test
  void template_writes_a_workbook_that_imports_as_a_document_of_its_departments(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    String xlsx = dir.resolve("plan.xlsx").toString();
    Run template = run("template", "-o", xlsx, "--company", "Acme LLC", "--year", "2027",
        "--departments", "sales:SALES,marketing:MARKETING,hr:HR", "--locale", "ru");
    assertThat(template.exit()).as(template.toString()).isZero();
    assertThat(template.err()).as(template.toString()).isEmpty();
    Run imported = run("import", xlsx);
    assertThat(imported.exit()).as(imported.toString()).isZero();
    JsonNode doc = JSON.readTree(imported.out());
    assertThat(doc.get("format").asText()).isEqualTo("strategy-session/1");
    assertThat(doc.get("company").asText()).isEqualTo("Acme LLC");
    List<String> departments = new ArrayList<>();
    doc.get("departments").forEach(d -> departments.add(d.get("id").asText()));
    assertThat(departments).containsExactly("sales", "marketing", "hr");
  }

  @Test
  @Tag(IN_JAR)
  void export_then_import_with_check_reports_the_plans_findings(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    String xlsx = dir.resolve("flawed.xlsx").toString();
    String json = dir.resolve("flawed.json").toString();
    Run export = run("export", FLAWED, "-o", xlsx);
    assertThat(export.exit()).as(export.toString()).isZero();
    Run imported = run("import", xlsx, "-o", json, "--check", "--format", "json");
    assertThat(imported.exit()).as(imported.toString()).isEqualTo(1);
    JsonNode findings = findings(imported);
    find(findings, "GOAL_WITHOUT_TASKS", "marketing.g2");
    find(findings, "SALES_ASSUMPTION_MISMATCH", "production.output");
    find(findings, "UNKNOWN_REFERENCE", "finance.t1");
    assertThat(java.nio.file.Files.readString(java.nio.file.Path.of(json)))
        .contains("\"company\": \"Kestrel Outdoor Gear GmbH\"");
  }

  @Test
  void import_of_a_file_that_is_no_workbook_is_a_located_error_with_exit_2(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path notXlsx = dir.resolve("plan.xlsx");
    java.nio.file.Files.writeString(notXlsx, "this is no workbook");
    Run run = run("import", notXlsx.toString());
    assertThat(run.exit()).as(run.toString()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(notXlsx.toString()).contains("not imported")
        .doesNotContain("Exception");
  }

  @Test
  void template_with_a_wrong_department_kind_is_exit_2(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    Run run = run("template", "-o", dir.resolve("t.xlsx").toString(), "--company", "A",
        "--year", "2027", "--departments", "sales:SHOP");
    assertThat(run.exit()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("SHOP");
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  static JsonNode findings(Run run) throws Exception {
    return JSON.readTree(run.out()).get("results").get(0).get("findings");
  }

  static List<String> rules(JsonNode findings) {
    List<String> out = new ArrayList<>();
    findings.forEach(f -> out.add(f.get("rule").asText()));
    return out;
  }

  static int count(JsonNode findings, String rule) {
    return (int) rules(findings).stream().filter(rule::equals).count();
  }

  static JsonNode find(JsonNode findings, String rule, String subject) {
    for (JsonNode f : findings) {
      if (f.get("rule").asText().equals(rule) && f.get("subject").asText().equals(subject)) {
        return f;
      }
    }
    throw new AssertionError("no finding " + rule + " on " + subject + " in " + findings);
  }
}
