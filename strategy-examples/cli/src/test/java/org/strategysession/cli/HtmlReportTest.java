package org.strategysession.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The HTML report and roadmap pages, parsed: their structure, not their bytes. */
class HtmlReportTest {
  private static final Pattern EXTERNAL = Pattern.compile("(?i)(https?:|//|url\\s*\\()");

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    StrategyCheck.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args);
    return out.toString();
  }

  @Test
  void one_section_per_department_with_findings_matching_the_json_report() throws Exception {
    Document page = Jsoup.parse(run("check", "--format", "html", ToolScenarios.FLAWED));
    JsonNode findings = ToolScenarios.findings(new Run(0,
        run("check", "--format", "json", ToolScenarios.FLAWED), ""));
    Set<String> departments = new LinkedHashSet<>();
    int general = 0;
    for (JsonNode f : findings) {
      if (f.has("department")) {
        departments.add(f.get("department").asText());
      } else {
        general++;
      }
    }
    Element article = page.selectFirst("article.file");
    List<String> sections = article.select("section.findings > section.department").eachAttr(
        "data-department");
    assertThat(sections).containsExactlyElementsOf(departments);
    assertThat(article.select("section.findings > section.general")).hasSize(general > 0 ? 1 : 0);
    for (Element section : article.select("section.findings > section.department")) {
      String department = section.attr("data-department");
      long expected = 0;
      for (JsonNode f : findings) {
        expected += f.has("department") && f.get("department").asText().equals(department) ? 1 : 0;
      }
      assertThat(section.select("table.findings tbody tr")).as(department).hasSize((int) expected);
      assertThat(section.selectFirst("h4")).isNotNull();
    }
    // every finding row is coloured by its severity
    for (Element row : article.select("table.findings tbody tr")) {
      assertThat(row.className()).isIn("error", "warning", "info");
    }
    assertThat(article.select("section.summary .badge")).hasSize(3);
    int errors = 0;
    for (JsonNode f : findings) {
      errors += f.get("severity").asText().equals("ERROR") ? 1 : 0;
    }
    assertThat(article.select("section.summary .badge.error").text())
        .isEqualTo(errors + (errors == 1 ? " error" : " errors"));
  }

  @Test
  void the_roadmap_grid_has_twelve_month_columns_and_every_department() {
    Document page = Jsoup.parse(run("check", "--format", "html", ToolScenarios.CLEAN));
    Element grid = page.selectFirst("section.roadmap table.grid");
    assertThat(grid).isNotNull();
    assertThat(grid.select("thead th.month").eachText()).containsExactly(
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
    assertThat(grid.select("tbody.dept").eachAttr("data-department")).containsExactly(
        "management", "sales", "marketing", "production", "procurement", "hr");
    // every row spans the same 13 columns: the label and the twelve months
    for (Element row : grid.select("tbody tr")) {
      int columns = 0;
      for (Element cell : row.children()) {
        columns += cell.hasAttr("colspan") ? Integer.parseInt(cell.attr("colspan")) : 1;
      }
      assertThat(columns).as(row.outerHtml()).isEqualTo(13);
    }
    // sales.t1 runs February to April, with its owner beside its title
    Element task = grid.selectFirst("tr.task[data-task=sales.t1]");
    assertThat(task.selectFirst("th .owner").text()).isEqualTo("Felix Brandt");
    Element bar = task.selectFirst("td.bar");
    assertThat(bar.attr("colspan")).isEqualTo("3");
    assertThat(bar.elementSiblingIndex()).isEqualTo(2); // label, January, then the bar
    assertThat(bar.hasClass("approved")).isTrue();
    // a dropped task is not on the roadmap
    assertThat(grid.select("tr.task[data-task=sales.t4]")).isEmpty();
    // KPI milestones sit under their months
    Element kpi = grid.selectFirst("tr.kpi[data-kpi=sales.revenue]");
    assertThat(kpi.select("td").stream().map(Element::text)).containsExactly(
        "", "", "4.6", "", "", "9.8", "", "", "15.1", "", "", "20.5");
  }

  @Test
  void the_page_is_self_contained() {
    for (String html : List.of(
        run("check", "--format", "html", ToolScenarios.FLAWED, ToolScenarios.BROKEN),
        run("roadmap", "--format", "html", ToolScenarios.CLEAN_RU))) {
      Document page = Jsoup.parse(html);
      assertThat(page.select("script, link, img, iframe, object, embed, video, audio, source"))
          .isEmpty();
      for (Element e : page.getAllElements()) {
        for (String attribute : List.of("src", "href", "srcset", "action", "poster", "style")) {
          assertThat(EXTERNAL.matcher(e.attr(attribute)).find())
              .as("%s in %s", attribute, e.outerHtml()).isFalse();
        }
      }
      assertThat(page.select("style")).hasSize(1);
      assertThat(EXTERNAL.matcher(page.selectFirst("style").data()).find()).isFalse();
      assertThat(page.selectFirst("style").data()).contains("@media print");
      assertThat(page.selectFirst("meta[charset]").attr("charset")).isEqualTo("utf-8");
    }
  }

  @Test
  void headings_follow_the_locale() {
    Document en = Jsoup.parse(run("check", "--format", "html", ToolScenarios.FLAWED));
    assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(en.selectFirst("h1").text()).isEqualTo("Plan check report");
    assertThat(en.select("h3").eachText()).contains("Summary", "Findings by department",
        "Roadmap 2027");

    Document ru = Jsoup.parse(run("check", "--format", "html", "--locale", "ru",
        ToolScenarios.FLAWED));
    assertThat(ru.selectFirst("html").attr("lang")).isEqualTo("ru");
    assertThat(ru.selectFirst("h1").text()).isEqualTo("Отчёт о проверке планов");
    assertThat(ru.select("h3").eachText()).contains("Сводка", "Замечания по отделам",
        "Дорожная карта 2027");
    assertThat(ru.select("table.grid thead th.month").first().text()).isEqualTo("Янв");
    assertThat(ru.select("table.findings").first().select("thead th").eachText())
        .containsExactly("Важность", "Правило", "Объект", "Сообщение");
  }

  @Test
  void an_unreadable_file_gets_its_located_error_and_no_roadmap() {
    Document page = Jsoup.parse(run("check", "--format", "html", ToolScenarios.BROKEN,
        ToolScenarios.CLEAN));
    Element broken = page.selectFirst("article.file.unreadable");
    assertThat(broken.attr("data-file")).isEqualTo(ToolScenarios.BROKEN);
    assertThat(broken.selectFirst(".read-error").text())
        .contains(ToolScenarios.BROKEN + ":12:21: expected a number");
    assertThat(broken.select("table.grid")).isEmpty();
    assertThat(page.select("article.file")).hasSize(2);
    assertThat(page.select("article.file").get(1).select("p.clean").text())
        .isEqualTo("No problems found.");
    assertThat(page.select("article.file").get(1).select(".badge.zero")).hasSize(3);
  }
}
