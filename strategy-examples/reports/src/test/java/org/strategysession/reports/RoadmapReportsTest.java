package org.strategysession.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.strategysession.model.Language;
import org.strategysession.model.PlanDocument;

/**
 * The roadmap as text and HTML, rendered from documents through the API; the CSV has {@link
 * RoadmapCsvTest}.
 */
class RoadmapReportsTest {
  private static final PlanDocument CLEAN = Samples.read(Samples.CLEAN);
  private static final PlanDocument CLEAN_RU = Samples.read(Samples.CLEAN_RU);

  // ---- text -----------------------------------------------------------------------------

  @Test
  void text_goes_month_by_month_then_lists_the_initiatives() {
    String text = RoadmapReports.text(CLEAN, Language.EN);
    assertThat(text).startsWith("Tallgrass Cabinetry Ltd — roadmap 2027\n\nJanuary 2027\n")
        .contains("\nFebruary 2027\n  sales \"Sales\"\n")
        .contains("    - sales.t1 \"Renovation showroom kit for twelve dealers\" — Felix Brandt "
            + "[approved]\n")
        .contains("    * sales.revenue \"Revenue\": 4.6 mln EUR\n")
        .contains("\nInitiatives\n  - i1 \"Reorder portal for installers\" — under analysis");
    // a dropped task is not on the roadmap
    assertThat(text).doesNotContain("sales.t4");
    assertThat(RoadmapReports.text(CLEAN_RU, Language.RU)).contains("дорожная карта 2027")
        .contains("\nЯнварь 2027\n").contains("\nИнициативы\n");
  }

  // ---- HTML -----------------------------------------------------------------------------

  @Test
  void html_grid_has_twelve_months_every_department_and_bars_over_the_months() {
    String html = RoadmapReports.html(CLEAN, Language.EN);
    assertThat(html).startsWith("<!DOCTYPE html>\n").endsWith("</html>\n");
    Document page = Jsoup.parse(html);
    assertThat(page.selectFirst("h1").text()).isEqualTo("Roadmap 2027 — Tallgrass Cabinetry Ltd");
    Element grid = page.selectFirst("article.roadmap table.grid");
    assertThat(grid.select("thead th.month")).hasSize(12);
    assertThat(grid.select("tbody.dept").eachAttr("data-department")).containsExactly(
        "management", "sales", "marketing", "production", "procurement", "hr");
    for (Element row : grid.select("tbody tr")) {
      int columns = 0;
      for (Element cell : row.children()) {
        columns += cell.hasAttr("colspan") ? Integer.parseInt(cell.attr("colspan")) : 1;
      }
      assertThat(columns).as(row.outerHtml()).isEqualTo(13);
    }
    Element task = grid.selectFirst("tr.task[data-task=sales.t1]");
    Element bar = task.selectFirst("td.bar");
    assertThat(bar.attr("colspan")).isEqualTo("3");
    assertThat(bar.elementSiblingIndex()).isEqualTo(2);
    assertThat(bar.hasClass("approved")).isTrue();
    assertThat(bar.attr("title")).isEqualTo(
        "sales.t1 · Renovation showroom kit for twelve dealers · Felix Brandt");
    assertThat(bar.select("wbr")).hasSize(1);
    // a one-month bar has no colspan
    assertThat(grid.selectFirst("tr.task[data-task=procurement.t2] td.bar").hasAttr("colspan"))
        .isFalse();
    assertThat(grid.selectFirst("tr.kpi[data-kpi=sales.revenue]").select("td").stream()
        .map(Element::text))
        .containsExactly("", "", "4.6", "", "", "9.8", "", "", "15.1", "", "", "20.5");
    assertThat(page.select("table.initiatives tbody tr")).hasSize(2);
    assertThat(page.select("script, link, img")).isEmpty();
  }

  @Test
  void html_escapes_the_plans_text_and_marks_a_task_without_owner() {
    String html = RoadmapReports.html(Samples.awkward(), Language.EN);
    Document page = Jsoup.parse(html);
    assertThat(page.selectFirst("title").text()).isEqualTo("Roadmap 2027 — R&D <Labs>");
    assertThat(page.select("script, labs")).isEmpty();
    Element task = page.selectFirst("tr.task[data-task=sales.t2]");
    assertThat(task.selectFirst("th").ownText()).isEqualTo("#1 <script>alert(1)</script>");
    assertThat(task.selectFirst(".owner.missing").text()).isEqualTo("no owner");
    assertThat(page.selectFirst("tr.task[data-task=sales.t1] td.bar").attr("title"))
        .isEqualTo("sales.t1 · Kit, \"deluxe\" · Ann \"Red\" Lee");
    assertThat(page.selectFirst("tbody.dept[data-department=sales] tr.dept th").text())
        .isEqualTo("Sales, Europesales");
    assertThat(page.selectFirst("tbody.dept[data-department=it] tr.empty td").text())
        .isEqualTo("nothing scheduled");
    assertThat(page.select("table.initiatives")).isEmpty();
    assertThat(page.selectFirst("article.roadmap > p.meta").text()).isEqualTo("none");
    assertThat(html).doesNotContain("<script>").contains("R&amp;D &lt;Labs&gt;");
  }

  @Test
  void html_in_russian() {
    Document page = Jsoup.parse(RoadmapReports.html(CLEAN_RU, Language.RU));
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ru");
    assertThat(page.select("thead th.month").first().text()).isEqualTo("Янв");
    assertThat(page.select("h4").eachText()).containsExactly("Инициативы");
  }

  @Test
  void null_arguments_are_rejected() {
    assertThatThrownBy(() -> RoadmapReports.text(null, Language.EN))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> RoadmapReports.csv(CLEAN, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> RoadmapReports.html(null, Language.RU))
        .isInstanceOf(NullPointerException.class);
  }
}
