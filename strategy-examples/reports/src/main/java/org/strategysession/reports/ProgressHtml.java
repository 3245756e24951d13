package org.strategysession.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.strategysession.model.KpiHealth;
import org.strategysession.model.Language;
import org.strategysession.model.OverdueTask;
import org.strategysession.model.ScorecardRow;

/**
 * The progress page for the monthly review: what its template ({@code progressPage.jte})
 * shows, worked out here so that the template only lays it out. A summary of KPI health, then
 * per department a small chart per KPI ({@link KpiChart}), the heads' scorecard as a heat map
 * of heads by closed months, and the overdue tasks.
 */
final class ProgressHtml {
  private ProgressHtml() {}

  /** The whole page. */
  record Page(Language language, String title, String meta, List<Badge> badges,
      List<DepartmentCharts> departments, Heatmap heatmap, List<OverdueRow> overdue) {}

  /** A count in the summary, in the colour of its health ({@code overdue} for the tasks). */
  record Badge(String css, String text, boolean zero) {}

  /** A department and its KPI charts; {@code name} null where it has none. */
  record DepartmentCharts(String id, String name, List<KpiCard> kpis) {}

  /**
   * A KPI: its id, name, unit, the health (CSS class and word), its target and the reading of
   * the month judged in words (or that there is none yet), and its chart.
   */
  record KpiCard(String id, String name, String unit, String health, String healthLabel,
      String target, String reading, KpiChart chart) {}

  /** The heat map: the closed months across, a row per head. */
  record Heatmap(List<String> months, List<HeadRow> rows, String empty) {}

  /** A head: name, person id, department name, and a cell per closed month. */
  record HeadRow(String person, String name, String department, List<ScoreCell> cells) {}

  /**
   * A head's month: {@code level} is the colour band of the score ({@code s0} lowest to {@code
   * s4}, {@code none} where the month has no score), then the score, the lines under it (key
   * tasks done of set, KPI score) and what the cell shows on hover.
   */
  record ScoreCell(int month, String level, String score, List<String> detail, String title) {}

  /** An overdue task. */
  record OverdueRow(String task, String title, String department, String owner,
      String lastMonth) {}

  static String page(MonthlyReview review) {
    Language language = review.language;
    String title = language.t("The year in action ", "Выполнение плана ")
        + review.document.planningYear() + " — " + review.document.company();
    String meta = language.t("as of ", "на ") + review.progress.asOf() + " · "
        + review.closedMonths() + " · " + review.weights();
    Page page = new Page(language, title, meta, badges(review), departments(review),
        heatmap(review), overdue(review));
    return HtmlPage.render(out -> JteprogressPageGenerated.render(out, null, page));
  }

  private static List<Badge> badges(MonthlyReview review) {
    List<Badge> badges = new ArrayList<>();
    for (KpiHealth h : KpiHealth.values()) {
      long n = review.count(h);
      badges.add(new Badge(MonthlyReview.cssClass(h), review.health(h) + ": " + n, n == 0));
    }
    int overdue = review.progress.overdue().size();
    badges.add(new Badge("overdue", review.language.count(overdue, Nouns.OVERDUE_TASK),
        overdue == 0));
    return badges;
  }

  private static List<DepartmentCharts> departments(MonthlyReview review) {
    List<DepartmentCharts> out = new ArrayList<>();
    for (MonthlyReview.DepartmentKpis d : review.departments()) {
      List<KpiCard> cards = new ArrayList<>();
      for (MonthlyReview.KpiLine line : d.kpis()) {
        KpiHealth health = line.progress().health();
        cards.add(new KpiCard(line.kpi().id(), line.kpi().name().orElse(line.kpi().id()),
            line.kpi().unit().orElse(null), MonthlyReview.cssClass(health),
            review.health(health), review.target(line), review.reading(line),
            KpiChart.of(line.kpi(), line.progress(), review.calendar, review)));
      }
      out.add(new DepartmentCharts(d.department(), d.name().orElse(null), cards));
    }
    return out;
  }

  private static Heatmap heatmap(MonthlyReview review) {
    Language language = review.language;
    OptionalInt last = review.lastClosedMonth();
    List<String> months = new ArrayList<>();
    for (int m = 1; m <= last.orElse(0); m++) {
      months.add(language.shortMonth(m));
    }
    List<HeadRow> rows = new ArrayList<>();
    for (MonthlyReview.Head head : review.heads()) {
      List<ScoreCell> cells = new ArrayList<>();
      for (int m = 1; m <= last.orElse(0); m++) {
        cells.add(cell(head, m, review));
      }
      rows.add(new HeadRow(head.person(), head.name().orElse(head.person()),
          review.departmentName(head.department()), cells));
    }
    String empty = last.isEmpty() ? review.closedMonths()
        : rows.isEmpty() ? language.t("No head has a score yet.", "Оценок руководителей пока нет.")
        : null;
    return new Heatmap(months, rows, empty);
  }

  private static ScoreCell cell(MonthlyReview.Head head, int month, MonthlyReview review) {
    Language language = review.language;
    for (ScorecardRow row : head.rows()) {
      if (row.month() == month) {
        String kpi = row.kpiScore().map(MonthlyReview::wholePercent).orElse("—");
        List<String> detail = List.of(language.t("tasks ", "задачи ")
            + row.keyTasksDone() + "/" + row.keyTasks(), "KPI " + kpi);
        String title = head.name().orElse(head.person()) + ", " + language.month(month) + ": "
            + row.percent() + "% — " + language.t("key tasks done ", "ключевых задач выполнено ")
            + row.keyTasksDone() + language.t(" of ", " из ") + row.keyTasks() + ", "
            + language.t("KPI score ", "оценка KPI ") + kpi;
        return new ScoreCell(month, level(row.percent()), row.percent() + "%", detail, title);
      }
    }
    return new ScoreCell(month, "none", "—", List.of(),
        language.t("no key tasks and no KPI values", "нет ни ключевых задач, ни значений KPI"));
  }

  /**
   * The colour band of a score: the heat map's few steps are easier to tell apart on a
   * projector than a continuous scale.
   */
  static String level(int percent) {
    if (percent >= 90) {
      return "s4";
    }
    if (percent >= 75) {
      return "s3";
    }
    if (percent >= 60) {
      return "s2";
    }
    if (percent >= 40) {
      return "s1";
    }
    return "s0";
  }

  private static List<OverdueRow> overdue(MonthlyReview review) {
    Language language = review.language;
    List<OverdueRow> rows = new ArrayList<>();
    for (OverdueTask task : review.progress.overdue()) {
      rows.add(new OverdueRow(task.task(), task.title().orElse(task.task()),
          review.departmentName(task.department()),
          task.owner().map(review::personName)
              .orElse(language.t("no owner", "нет ответственного")),
          language.month(task.lastMonth())));
    }
    return rows;
  }
}
