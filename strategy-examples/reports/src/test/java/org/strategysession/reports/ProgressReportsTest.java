package org.strategysession.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.strategysession.model.Language;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.PlanDocuments;
import org.strategysession.model.Progress;
import org.strategysession.model.ReviewOptions;

/**
 * The year in action in every format, through {@link ProgressReports}: the published example
 * (every KPI on track, petrov's January 75 %, everyone else 100 %) and the Russian sample (a
 * KPI behind, one at risk, KPIs without data, an overdue task), both as of 2027-04-20.
 */
class ProgressReportsTest {
  private static final PlanDocument EXAMPLE = PlanDocuments.strict().read(Samples.EXAMPLE_PROGRESS);
  private static final PlanDocument RU = Samples.read(Samples.PROGRESS_RU);
  private static final LocalDate APRIL_20 = LocalDate.of(2027, 4, 20);
  private static final ReviewOptions DEFAULTS = ReviewOptions.defaults();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> HEADS = List.of("belov", "petrov", "smirnova", "kozlov",
      "volkova", "ivanova", "sokolov");

  // ---- text -----------------------------------------------------------------------------

  @Test
  void text_of_the_example_shows_every_kpi_on_track_and_petrovs_january_at_75() {
    String text = ProgressReports.text(EXAMPLE, APRIL_20, DEFAULTS, Language.EN);
    assertThat(text).startsWith("Vektor Stroy LLC — the year in action 2027, as of 2027-04-20\n"
        + "KPI: 8 on track, 0 behind, 0 at risk, 0 no data · months closed: January–March · "
        + "0 overdue tasks\n\nKPI health\n  management \"Management\"\n");
    List<String> kpiLines = text.lines().filter(l -> l.startsWith("    ") && l.contains("(target"))
        .toList();
    assertThat(kpiLines).hasSize(8).allMatch(l -> l.startsWith("    ON TRACK  "));
    assertThat(text).contains("    ON TRACK  sales.revenue \"Revenue\" (target 480 mln RUB) — "
        + "March: actual 108, milestone 110 (behind by 1.8%)\n");
    assertThat(text).contains("  petrov \"Igor Petrov\" — sales \"Sales\"\n"
        + "    January    75%  key tasks 3/3, KPI score 50%\n"
        + "    February  100%  key tasks 4/4, KPI score 100%\n");
    List<String> scores = text.lines().filter(l -> l.matches(" {4}[A-Z][a-z]+ +\\d+%.*"))
        .toList();
    assertThat(scores).hasSize(21);
    assertThat(scores.stream().filter(l -> !l.contains(" 100%  ")))
        .containsExactly("    January    75%  key tasks 3/3, KPI score 50%");
    assertThat(text).endsWith("\nOverdue tasks\n  none\n");
  }

  @Test
  void text_of_the_russian_sample_names_the_kpi_behind_the_one_at_risk_and_the_overdue_task() {
    String text = ProgressReports.text(RU, APRIL_20, DEFAULTS, Language.RU);
    assertThat(text).startsWith("ООО «Озёрный хлеб» — выполнение плана 2027 на 2027-04-20\n"
        + "KPI: 3 в графике, 1 отстаёт, 1 под угрозой, 3 нет данных · закрытые месяцы: "
        + "Январь–Март · 1 просроченная задача\n");
    assertThat(text)
        .contains("    ОТСТАЁТ      production.output «Выпуск продукции» (цель 23500 тонн) — Март: "
            + "факт 5200, план 5700 (отставание 8.8%)\n")
        .contains("    ПОД УГРОЗОЙ  hr.trainedBakers «Пекари, прошедшие обучение» (цель 30 "
            + "человек) — Март: факт 14, план 18 (отставание 22.2%)\n")
        .contains("    В ГРАФИКЕ    hr.hiringDays «Срок закрытия вакансии» (цель 21 дней) — Март: "
            + "факт 29, план 30 (опережение 3.3%)\n")
        .contains("    НЕТ ДАННЫХ   logistics.onTime «Доставка вовремя» (цель 97 %) — ещё нет "
            + "прошедшего месяца, где есть и план, и факт\n")
        .contains("  fedorova «Светлана Фёдорова» — hr «Служба персонала»\n"
            + "    Январь   100%  ключевые задачи 3/3, оценка KPI —\n"
            + "    Февраль   67%  ключевые задачи 2/3, оценка KPI —\n"
            + "    Март      58%  ключевые задачи 2/3, оценка KPI 50%\n")
        .endsWith("\nПросроченные задачи\n  hr.t2 «Запуск школы пекарей» — hr, ответственный "
            + "Светлана Фёдорова, последний месяц — Март\n");
    // departments and heads in the document's order, not by id
    assertThat(text.indexOf("  sales «Отдел продаж»\n")).isLessThan(text.indexOf("  hr «"));
    assertThat(text.indexOf("  lebedeva «")).isLessThan(text.indexOf("  fedorova «"));
  }

  @Test
  void text_before_any_month_is_closed_has_no_scores_and_no_judged_month() {
    String text = ProgressReports.text(RU, LocalDate.of(2027, 1, 20), DEFAULTS, Language.EN);
    assertThat(text).contains("KPI: 0 on track, 0 behind, 0 at risk, 8 no data · no month closed "
        + "yet · 0 overdue tasks\n");
    assertThat(text).contains("\nScorecard of the heads (personal score: key tasks 50%, KPIs 50%)\n"
        + "  no month closed yet\n");
  }

  // ---- JSON -----------------------------------------------------------------------------

  @Test
  void json_is_the_models_json_of_the_view_byte_for_byte() {
    for (PlanDocument document : List.of(EXAMPLE, RU)) {
      for (LocalDate asOf : List.of(APRIL_20, LocalDate.of(2027, 1, 5),
          LocalDate.of(2028, 2, 1))) {
        assertThat(ProgressReports.json(document, asOf, DEFAULTS))
            .as(document.company() + " as of " + asOf)
            .isEqualTo(PlanDocuments.strict().writeJson(Progress.of(document, asOf, DEFAULTS)));
      }
    }
  }

  @Test
  void json_has_the_shape_of_cli_md_with_absent_values_left_out() throws Exception {
    JsonNode root = JSON.readTree(ProgressReports.json(RU, APRIL_20, DEFAULTS));
    assertThat(fields(root)).containsExactly("asOf", "kpis", "scorecard", "overdue");
    assertThat(root.get("asOf").asText()).isEqualTo("2027-04-20");
    JsonNode output = find(root.get("kpis"), "kpi", "production.output");
    assertThat(fields(output)).containsExactly("department", "kpi", "name", "unit", "target",
        "month", "milestone", "actual", "shortfall", "health");
    assertThat(output.get("shortfall").decimalValue()).isEqualByComparingTo("0.08771929824561404");
    assertThat(output.get("health").asText()).isEqualTo("BEHIND");
    assertThat(fields(find(root.get("kpis"), "kpi", "production.waste")))
        .containsExactly("department", "kpi", "name", "unit", "target", "health");
    JsonNode march = root.get("scorecard").get(2);
    assertThat(fields(march)).containsExactly("person", "name", "department", "month",
        "keyTasks", "keyTasksDone", "kpiScore", "score");
    assertThat(march.get("person").asText()).isEqualTo("fedorova");
    assertThat(march.get("score").decimalValue()).isEqualByComparingTo("0.5833333333333334");
    assertThat(fields(root.get("scorecard").get(0))).doesNotContain("kpiScore");
    assertThat(fields(root.get("overdue").get(0)))
        .containsExactly("task", "title", "department", "owner", "lastMonth");
  }

  @Test
  void json_writes_every_decimal_in_plain_notation() throws Exception {
    // A shortfall of ten times the milestone: the model keeps it as 1E+1.
    PlanDocument far = PlanDocuments.strict().read("""
        {"format": "strategy-session/1", "company": "Far Off Ltd", "planningYear": 2027,
         "departments": [{"id": "sales", "kind": "SALES"}],
         "plans": [{"department": "sales", "kpis": [{"id": "sales.returns", "target": 1,
           "direction": "DECREASE", "monthly": {"1": 1}, "actual": {"1": 11}}]}]}
        """);
    assertThat(PlanDocuments.strict().writeJson(Progress.of(far, APRIL_20, DEFAULTS)))
        .contains("\"shortfall\": 1E+1");
    String json = ProgressReports.json(far, APRIL_20, DEFAULTS);
    assertThat(json).contains("\"shortfall\": 10,").doesNotContain("E+");
    assertThat(JSON.readTree(json).get("kpis").get(0).get("health").asText()).isEqualTo("AT_RISK");
  }

  // ---- CSV ------------------------------------------------------------------------------

  @Test
  void csv_has_a_row_per_head_and_closed_month_with_the_score_in_percent() throws Exception {
    String csv = ProgressReports.csv(EXAMPLE, APRIL_20, DEFAULTS);
    assertThat(csv).startsWith("Person,Name,Department,Month,Key tasks,Key tasks done,KPI score,"
        + "Score percent\r\n").endsWith("\r\n");
    assertThat(csv.replace("\r\n", "")).doesNotContain("\n");
    List<List<String>> rows = parse(csv);
    assertThat(rows).hasSize(1 + 21);
    assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0)).containsOnlyElementsOf(HEADS);
    assertThat(rows).contains(
        List.of("petrov", "Igor Petrov", "sales", "2027-01", "3", "3", "0.5", "75"),
        List.of("petrov", "Igor Petrov", "sales", "2027-02", "4", "4", "1", "100"),
        List.of("belov", "Dmitry Belov", "management", "2027-01", "3", "3", "", "100"));
    assertThat(rows.subList(1, rows.size()).stream().filter(r -> !r.get(7).equals("100")))
        .containsExactly(List.of("petrov", "Igor Petrov", "sales", "2027-01", "3", "3", "0.5",
            "75"));
    // the view's order: person id, then month
    assertThat(rows.get(1).subList(0, 4)).containsExactly("belov", "Dmitry Belov", "management",
        "2027-01");
    // the header is the same in every language, and the same input gives the same bytes
    assertThat(ProgressReports.csv(RU, APRIL_20, DEFAULTS))
        .startsWith("Person,Name,Department,Month,")
        .contains("\r\nfedorova,Светлана Фёдорова,hr,2027-03,3,2,0.5,58\r\n")
        .isEqualTo(ProgressReports.csv(RU, APRIL_20, DEFAULTS));
  }

  @Test
  void csv_quotes_a_name_with_a_comma_and_keeps_it_on_one_line() throws Exception {
    PlanDocument awkward = PlanDocuments.strict().read("""
        {"format": "strategy-session/1", "company": "Quote Ltd", "planningYear": 2027,
         "people": [{"id": "ann", "name": "Lee, Ann \\"Red\\"\\nJr.", "role": "HEAD"}],
         "departments": [{"id": "sales", "kind": "SALES", "head": "ann"}],
         "plans": [{"department": "sales", "kpis": [{"id": "sales.revenue", "target": 10,
           "monthly": {"1": 1}, "actual": {"1": 1}}]}]}
        """);
    String csv = ProgressReports.csv(awkward, APRIL_20, DEFAULTS);
    assertThat(csv).contains("\r\nann,\"Lee, Ann \"\"Red\"\" Jr.\",sales,2027-01,0,0,1,100\r\n");
  }

  // ---- HTML -----------------------------------------------------------------------------

  @Test
  void html_has_a_chart_per_kpi_with_its_milestones_and_actuals_and_the_month_judged() {
    String html = ProgressReports.html(EXAMPLE, APRIL_20, DEFAULTS, Language.EN);
    assertThat(html).startsWith("<!DOCTYPE html>\n").endsWith("</html>\n");
    Document page = Jsoup.parse(html);
    assertThat(page.selectFirst("h1").text())
        .isEqualTo("The year in action 2027 — Vektor Stroy LLC");
    assertThat(page.select("script, link, img, [src], [href]")).isEmpty();
    assertThat(page.select("section.kpis section.department").eachAttr("data-department"))
        .containsExactly("management", "sales", "marketing", "production", "finance", "hr", "it");
    assertThat(page.select("figure.kpi")).hasSize(8).allMatch(f -> f.hasClass("on-track"));

    Element revenue = page.selectFirst("figure.kpi[data-kpi=sales.revenue]");
    assertThat(revenue.selectFirst("figcaption").text()).isEqualTo("on trackRevenuemln RUB");
    assertThat(revenue.selectFirst("polyline.milestones").attr("points").split(" ")).hasSize(12);
    assertThat(revenue.select("circle.milestone")).hasSize(12);
    assertThat(revenue.select("circle.actual")).hasSize(3);
    assertThat(revenue.selectFirst("polyline.actuals").attr("points").split(" ")).hasSize(3);
    assertThat(revenue.select("circle.actual title").eachText()).containsExactly(
        "January: actual 31, milestone 35", "February: actual 71, milestone 72",
        "March: actual 108, milestone 110");
    Element judged = revenue.selectFirst("circle.judged");
    Element marchActual = revenue.select("circle.actual").get(2);
    assertThat(judged.attr("cx")).isEqualTo(marchActual.attr("cx"));
    assertThat(judged.attr("cy")).isEqualTo(marchActual.attr("cy"));
    assertThat(judged.selectFirst("title").text()).isEqualTo("March: on track");
    assertThat(revenue.select("line.target")).hasSize(1);
    assertThat(revenue.select("text.x").eachText())
        .containsExactly("Jan", "Mar", "May", "Jul", "Sep", "Nov");
    assertThat(revenue.selectFirst("p.reading").text()).isEqualTo(
        "target 480 mln RUB March: actual 108, milestone 110 (behind by 1.8%)");
    // points go up with the value: the milestone of December is above that of January
    List<Element> dots = revenue.select("circle.milestone");
    assertThat(Double.parseDouble(dots.get(11).attr("cy")))
        .isLessThan(Double.parseDouble(dots.get(0).attr("cy")));
  }

  @Test
  void html_heat_map_has_a_cell_per_head_and_closed_month_with_the_score() {
    Document page = Jsoup.parse(ProgressReports.html(EXAMPLE, APRIL_20, DEFAULTS, Language.EN));
    Element heatmap = page.selectFirst("section.scorecard table.heatmap");
    assertThat(heatmap.select("thead th.month").eachText()).containsExactly("Jan", "Feb", "Mar");
    assertThat(heatmap.select("tbody tr").eachAttr("data-person")).containsExactlyElementsOf(HEADS);
    assertThat(heatmap.select("td.score")).hasSize(21);
    Element january = heatmap.selectFirst("tr[data-person=petrov] td.score[data-month=1]");
    assertThat(january.selectFirst(".pct").text()).isEqualTo("75%");
    assertThat(january.select(".detail").eachText()).containsExactly("tasks 3/3", "KPI 50%");
    assertThat(january.hasClass("s3")).isTrue();
    assertThat(january.attr("title"))
        .isEqualTo("Igor Petrov, January: 75% — key tasks done 3 of 3, KPI score 50%");
    assertThat(heatmap.select("td.score").stream().filter(c -> c != january))
        .allMatch(c -> c.selectFirst(".pct").text().equals("100%") && c.hasClass("s4"));
    assertThat(page.selectFirst("section.overdue p.clean").text()).isEqualTo("No task is overdue.");
    assertThat(page.select("table.overdue")).isEmpty();
  }

  @Test
  void html_in_russian_colours_each_kpi_by_its_health_and_lists_the_overdue_task() {
    String html = ProgressReports.html(RU, APRIL_20, DEFAULTS, Language.RU);
    Document page = Jsoup.parse(html);
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ru");
    assertThat(page.select("h2").eachText()).containsExactly("Состояние KPI",
        "Показатели руководителей", "Просроченные задачи");
    assertThat(page.select(".badges .badge").eachText()).containsExactly("в графике: 3",
        "отстаёт: 1", "под угрозой: 1", "нет данных: 3", "1 просроченная задача");
    assertThat(page.selectFirst("figure[data-kpi=production.output]").classNames())
        .contains("behind");
    Element atRisk = page.selectFirst("figure[data-kpi=hr.trainedBakers]");
    assertThat(atRisk.classNames()).contains("at-risk");
    assertThat(atRisk.selectFirst(".health").text()).isEqualTo("под угрозой");
    Element noData = page.selectFirst("figure[data-kpi=logistics.costPerTonne]");
    assertThat(noData.classNames()).contains("no-data");
    assertThat(noData.select("circle.judged, rect.judged-month")).isEmpty();
    // an actual of an ended month is drawn even where no month can be judged
    assertThat(noData.select("circle.actual title").eachText())
        .containsExactly("Март: факт 4180");
    assertThat(page.select("table.heatmap thead th.month").eachText())
        .containsExactly("Янв", "Фев", "Мар");
    assertThat(page.select("table.heatmap tbody tr").eachAttr("data-person"))
        .containsExactly("lebedeva", "zaitsev", "morozova", "fedorova");
    Element fedorovaMarch = page.selectFirst("tr[data-person=fedorova] td[data-month=3]");
    assertThat(fedorovaMarch.selectFirst(".pct").text()).isEqualTo("58%");
    assertThat(fedorovaMarch.hasClass("s1")).isTrue();
    Element overdue = page.selectFirst("table.overdue tbody tr");
    assertThat(overdue.attr("data-task")).isEqualTo("hr.t2");
    assertThat(overdue.select("td").eachText()).containsExactly("Запуск школы пекарейhr.t2",
        "Служба персонала", "Светлана Фёдорова", "Март");
    assertThat(overdue.selectFirst("td .id").text()).isEqualTo("hr.t2");
  }

  @Test
  void html_actuals_of_months_that_have_not_ended_are_left_off_the_chart() {
    // As of 5 March, the March actual of sales.revenue is ahead of its time.
    Document page = Jsoup.parse(ProgressReports.html(RU, LocalDate.of(2027, 3, 5), DEFAULTS,
        Language.EN));
    Element revenue = page.selectFirst("figure[data-kpi=sales.revenue]");
    assertThat(revenue.select("circle.actual title").eachText()).containsExactly(
        "January: actual 53, milestone 52", "February: actual 104.5, milestone 105");
    assertThat(page.selectFirst("header p.meta").text()).isEqualTo("as of 2027-03-05 · months "
        + "closed: January · personal score: key tasks 50%, KPIs 50%");
    assertThat(page.select("table.heatmap th.month").eachText()).containsExactly("Jan");
  }

  @Test
  void html_escapes_the_plans_text() {
    PlanDocument awkward = PlanDocuments.strict().read("""
        {"format": "strategy-session/1", "company": "R&D <Labs>", "planningYear": 2027,
         "people": [{"id": "ann", "name": "<b>Ann</b>", "role": "HEAD"}],
         "departments": [{"id": "sales", "name": "Sales & <i>Co</i>", "kind": "SALES",
           "head": "ann"}],
         "plans": [{"department": "sales",
           "kpis": [{"id": "sales.revenue", "name": "<script>alert(1)</script>",
             "unit": "\\"EUR\\"", "target": 10, "monthly": {"1": 1}, "actual": {"1": 1}}],
           "tasks": [{"id": "sales.t1", "title": "<img src=x>", "owner": "ann", "months": [1],
             "status": "APPROVED"}]}]}
        """);
    Document page = Jsoup.parse(ProgressReports.html(awkward, APRIL_20, DEFAULTS, Language.EN));
    assertThat(page.select("script, img, b, i")).isEmpty();
    assertThat(page.selectFirst("title").text()).isEqualTo("The year in action 2027 — R&D <Labs>");
    assertThat(page.selectFirst("figure .name").text()).isEqualTo("<script>alert(1)</script>");
    assertThat(page.selectFirst("figure .unit").text()).isEqualTo("\"EUR\"");
    assertThat(page.selectFirst("tr[data-person=ann] th").text()).isEqualTo("<b>Ann</b>Sales & <i>Co</i>");
    assertThat(page.selectFirst("table.overdue td").ownText()).isEqualTo("<img src=x>");
  }

  @Test
  void the_same_input_gives_the_same_page() {
    assertThat(ProgressReports.html(RU, APRIL_20, DEFAULTS, Language.RU))
        .isEqualTo(ProgressReports.html(RU, APRIL_20, DEFAULTS, Language.RU));
  }

  @Test
  void null_arguments_are_rejected() {
    assertThatThrownBy(() -> ProgressReports.text(null, APRIL_20, DEFAULTS, Language.EN))
        .isInstanceOf(NullPointerException.class).hasMessage("document");
    assertThatThrownBy(() -> ProgressReports.json(RU, null, DEFAULTS))
        .isInstanceOf(NullPointerException.class).hasMessage("asOf");
    assertThatThrownBy(() -> ProgressReports.csv(RU, APRIL_20, null))
        .isInstanceOf(NullPointerException.class).hasMessage("options");
    assertThatThrownBy(() -> ProgressReports.html(RU, APRIL_20, DEFAULTS, null))
        .isInstanceOf(NullPointerException.class).hasMessage("language");
  }

  // ---- helpers --------------------------------------------------------------------------

  static List<List<String>> parse(String csv) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<String[]> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
        .readerFor(String[].class).readValues(csv)) {
      while (it.hasNext()) {
        rows.add(List.of(it.next()));
      }
    }
    return rows;
  }

  private static List<String> fields(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode n : array) {
      if (n.get(field).asText().equals(value)) {
        return n;
      }
    }
    throw new AssertionError("no " + field + " " + value + " in " + array);
  }
}
