package org.strategysession.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.strategysession.model.Language;
import org.strategysession.rules.CheckReport;
import org.strategysession.rules.Finding;
import org.strategysession.rules.PlanChecker;

/** The check report in its three formats, rendered from checked samples through the API. */
class CheckReportsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CheckedFile CLEAN = Samples.checked(Samples.CLEAN);
  private static final CheckedFile FLAWED = Samples.checked(Samples.FLAWED);

  // ---- text -----------------------------------------------------------------------------

  @Test
  void text_of_a_clean_plan_is_its_heading_no_problems_and_the_counts() {
    assertThat(CheckReports.text(List.of(CLEAN), Language.EN)).isEqualTo("""
        == samples/clean-plan.json — Tallgrass Cabinetry Ltd, 2027
          No problems found.
        samples/clean-plan.json: 0 errors, 0 warnings, 0 infos
        """);
  }

  @Test
  void text_groups_findings_by_department_general_first_then_by_severity() {
    List<String> lines = CheckReports.text(List.of(FLAWED), Language.EN).lines().toList();
    CheckReport report = FLAWED.report().orElseThrow();
    assertThat(lines.get(0)).isEqualTo("== samples/flawed-plan.json — Kestrel Outdoor Gear GmbH, 2027");
    assertThat(lines.get(1)).isEqualTo("  General");
    List<String> headings = lines.stream().filter(l -> l.startsWith("  ") && !l.startsWith("    "))
        .toList();
    Set<String> departments = new LinkedHashSet<>();
    report.findings().forEach(f -> departments.add(f.department().orElse("")));
    assertThat(headings).hasSize(departments.size());
    assertThat(headings.get(1)).isEqualTo("  finance \"Finance\"");
    List<String> findingLines = lines.stream().filter(l -> l.startsWith("    ")).toList();
    assertThat(findingLines).hasSize(report.findings().size());
    Finding first = report.findings().get(0);
    assertThat(findingLines.get(0)).startsWith("    " + first.severity().name())
        .endsWith(first.subject() + ": " + first.message());
    assertThat(lines.get(lines.size() - 1)).isEqualTo("samples/flawed-plan.json: "
        + report.errors() + " errors, " + report.warnings() + " warnings, " + report.infos()
        + " infos");
  }

  @Test
  void text_of_several_files_locates_read_errors_and_closes_with_a_total() {
    String text = CheckReports.text(List.of(CLEAN, Samples.missing(), Samples.broken()),
        Language.EN);
    assertThat(text)
        .contains("== samples/no-such-plan.json\n  cannot be read: samples/no-such-plan.json: "
            + "no such file: ")
        .contains("== plans/broken.json\n  cannot be read: plans/broken.json:5:")
        .endsWith("\nTotal: 3 files (2 unreadable): 0 errors, 0 warnings, 0 infos\n");
    // negative control: one file has no total line
    assertThat(CheckReports.text(List.of(CLEAN), Language.EN)).doesNotContain("Total");
  }

  @Test
  void text_in_russian() {
    String text = CheckReports.text(List.of(Samples.checked(Samples.CLEAN_RU, Language.RU),
        Samples.checked(Samples.FLAWED, Language.RU)), Language.RU);
    assertThat(text).contains("  Проблем не найдено.\n").contains("  Общее\n")
        .contains("ссылается на").contains("\nИтого: 2 файла: ");
  }

  // ---- JSON -----------------------------------------------------------------------------

  @Test
  void json_has_the_contract_shape() throws Exception {
    String text = CheckReports.json(List.of(FLAWED, Samples.missing(), Samples.broken()));
    assertThat(text).endsWith("}\n").doesNotContain("\r").startsWith("{\n  \"results\": [");
    JsonNode results = JSON.readTree(text).get("results");
    assertThat(results).hasSize(3);
    JsonNode flawed = results.get(0);
    assertThat(fieldNames(flawed)).containsExactly("file", "summary", "findings");
    assertThat(flawed.get("findings")).hasSize(FLAWED.report().orElseThrow().findings().size());
    assertThat(flawed.get("summary").get("errors").asInt())
        .isEqualTo(FLAWED.report().orElseThrow().errors());
    for (JsonNode f : flawed.get("findings")) {
      assertThat(fieldNames(f)).isSubsetOf("rule", "severity", "subject", "department", "path",
          "message").contains("rule", "severity", "subject", "message");
    }
    JsonNode missing = results.get(1);
    assertThat(fieldNames(missing)).containsExactly("file", "error");
    assertThat(fieldNames(missing.get("error"))).containsExactly("message", "path");
    JsonNode broken = results.get(2).get("error");
    assertThat(broken.get("line").asInt()).isEqualTo(5);
    assertThat(broken.get("path").asText()).isEqualTo("/departments");
  }

  @Test
  void json_of_a_clean_plan_has_an_empty_findings_array() throws Exception {
    JsonNode result = JSON.readTree(CheckReports.json(List.of(CLEAN))).get("results").get(0);
    assertThat(result.get("findings").isArray()).isTrue();
    assertThat(result.get("findings")).isEmpty();
  }

  // ---- HTML -----------------------------------------------------------------------------

  @Test
  void html_has_one_section_per_department_with_its_findings() {
    Document page = Jsoup.parse(CheckReports.html(List.of(FLAWED), Language.EN));
    List<Finding> findings = FLAWED.report().orElseThrow().findings();
    Set<String> departments = new LinkedHashSet<>();
    findings.forEach(f -> f.department().ifPresent(departments::add));
    Element article = page.selectFirst("article.file[data-file=samples/flawed-plan.json]");
    assertThat(article.select("section.findings > section.department").eachAttr(
        "data-department")).containsExactlyElementsOf(departments);
    assertThat(article.select("section.findings > section.general")).hasSize(1);
    for (Element section : article.select("section.findings > section.department")) {
      String department = section.attr("data-department");
      assertThat(section.select("table.findings tbody tr")).as(department).hasSize((int)
          findings.stream().filter(f -> f.department().equals(Optional.of(department))).count());
    }
    assertThat(article.select("table.findings tbody tr")).hasSize(findings.size())
        .allSatisfy(row -> assertThat(row.className()).isIn("error", "warning", "info"));
    assertThat(article.select("section.summary .badge").eachText()).containsExactly(
        FLAWED.report().orElseThrow().errors() + " errors",
        FLAWED.report().orElseThrow().warnings() + " warnings",
        FLAWED.report().orElseThrow().infos() + " infos");
    assertThat(article.select("table.counts tbody tr")).hasSize(departments.size() + 1);
    assertThat(article.selectFirst("section.roadmap table.grid")).isNotNull();
  }

  @Test
  void html_names_baseline_and_date_and_shows_unreadable_and_clean_files() {
    Document page = Jsoup.parse(CheckReports.html(List.of(Samples.broken(), CLEAN),
        Language.EN, Optional.of("plans/acme-2027.json"), Optional.of(LocalDate.of(2027, 3, 1))));
    assertThat(page.selectFirst("header p.meta").text())
        .isEqualTo("2 files · checked as revisions of plans/acme-2027.json · as of 2027-03-01");
    Element broken = page.selectFirst("article.file.unreadable");
    assertThat(broken.attr("data-file")).isEqualTo("plans/broken.json");
    assertThat(broken.selectFirst(".read-error").text())
        .startsWith("Cannot be read: plans/broken.json:5:");
    assertThat(broken.select("table.grid, section")).isEmpty();
    Element clean = page.select("article.file").get(1);
    assertThat(clean.select("p.clean").text()).isEqualTo("No problems found.");
    assertThat(clean.select(".badge.zero")).hasSize(3);
    assertThat(clean.select("section.findings, table.counts")).isEmpty();
    // negative control: without them the heading names neither
    assertThat(Jsoup.parse(CheckReports.html(List.of(CLEAN), Language.EN))
        .selectFirst("header p.meta").text()).isEqualTo("1 file");
  }

  @Test
  void html_headings_follow_the_language() {
    Document ru = Jsoup.parse(CheckReports.html(List.of(Samples.checked(Samples.FLAWED,
        Language.RU)), Language.RU));
    assertThat(ru.selectFirst("html").attr("lang")).isEqualTo("ru");
    assertThat(ru.selectFirst("h1").text()).isEqualTo("Отчёт о проверке планов");
    assertThat(ru.select("h3").eachText()).contains("Сводка", "Замечания по отделам",
        "Дорожная карта 2027");
    assertThat(ru.select("table.findings").first().select("thead th").eachText())
        .containsExactly("Важность", "Правило", "Объект", "Сообщение");
    assertThat(ru.select("section.general h4").text()).isEqualTo("Общее");
  }

  @Test
  void html_is_one_self_contained_page() {
    String html = CheckReports.html(List.of(FLAWED, Samples.missing()), Language.EN);
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").endsWith("</html>\n");
    Document page = Jsoup.parse(html);
    assertThat(page.select("script, link, img, iframe, object, embed")).isEmpty();
    assertThat(page.select("style")).hasSize(1);
    assertThat(page.selectFirst("style").data()).contains("@media print")
        .doesNotContain("http").doesNotContain("url(");
    assertThat(page.selectFirst("title").text()).isEqualTo("Plan check report");
  }

  @Test
  void html_escapes_the_plans_text() {
    PlanChecker checker = PlanChecker.standard();
    CheckedFile awkward = CheckedFile.checked("a&b <c>.json", Samples.awkward(),
        checker.check(Samples.awkward()));
    String html = CheckReports.html(List.of(awkward), Language.EN);
    Document page = Jsoup.parse(html);
    Element article = page.selectFirst("article.file");
    assertThat(article.attr("data-file")).isEqualTo("a&b <c>.json");
    assertThat(article.selectFirst("h2").text()).isEqualTo("R&D <Labs> — 2027");
    assertThat(page.select("labs, c, script")).isEmpty();
    assertThat(page.selectFirst("tr.task[data-task=sales.t2] th").text())
        .isEqualTo("#1 <script>alert(1)</script>no owner");
    assertThat(html).contains("R&amp;D &lt;Labs&gt;").doesNotContain("<script>");
  }

  // ---- all formats ----------------------------------------------------------------------

  @Test
  void the_same_input_gives_the_same_text_and_order_is_kept() {
    List<CheckedFile> files = List.of(FLAWED, CLEAN, Samples.missing(), FLAWED);
    assertThat(CheckReports.text(files, Language.EN))
        .isEqualTo(CheckReports.text(files, Language.EN));
    assertThat(CheckReports.html(files, Language.RU))
        .isEqualTo(CheckReports.html(files, Language.RU));
    assertThat(Jsoup.parse(CheckReports.html(files, Language.EN)).select("article.file")
        .eachAttr("data-file")).containsExactly("samples/flawed-plan.json",
            "samples/clean-plan.json", "samples/no-such-plan.json", "samples/flawed-plan.json");
  }

  @Test
  void null_arguments_are_rejected() {
    List<CheckedFile> files = List.of(CLEAN);
    assertThatThrownBy(() -> CheckReports.text(null, Language.EN))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CheckReports.text(files, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CheckReports.json(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CheckReports.html(files, Language.EN, null, Optional.empty()))
        .isInstanceOf(NullPointerException.class);
    List<CheckedFile> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> CheckReports.json(withNull)).isInstanceOf(NullPointerException.class);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
