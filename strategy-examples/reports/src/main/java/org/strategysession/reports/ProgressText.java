package org.strategysession.reports;

import java.util.List;
import org.strategysession.model.KpiHealth;
import org.strategysession.model.Language;
import org.strategysession.model.OverdueTask;
import org.strategysession.model.ScorecardRow;

/**
 * The year in action as text: a heading and a one-line summary (is the plan alive?), then the
 * KPI health by department, the heads' scorecard month by month, and the overdue tasks. Each
 * KPI and each month on one line, so that a head finds their own line and a script can grep.
 */
final class ProgressText {
  private ProgressText() {}

  static String write(MonthlyReview review) {
    Language language = review.language;
    StringBuilder out = new StringBuilder();
    out.append(review.document.company()).append(" — ")
        .append(language.t("the year in action ", "выполнение плана "))
        .append(review.document.planningYear()).append(language.t(", as of ", " на "))
        .append(review.progress.asOf()).append('\n');
    out.append(summary(review)).append('\n');

    out.append('\n').append(language.t("KPI health", "Состояние KPI")).append('\n');
    List<MonthlyReview.DepartmentKpis> departments = review.departments();
    if (departments.isEmpty()) {
      out.append("  ").append(language.t("no KPIs", "KPI нет")).append('\n');
    }
    int width = 0;
    for (KpiHealth h : KpiHealth.values()) {
      width = Math.max(width, review.health(h).length());
    }
    for (MonthlyReview.DepartmentKpis d : departments) {
      out.append("  ").append(Labels.label(d.department(), d.name(), language)).append('\n');
      for (MonthlyReview.KpiLine line : d.kpis()) {
        out.append("    ").append(pad(upper(review.health(line.progress().health()), language),
            width)).append("  ")
            .append(Labels.label(line.kpi().id(), line.kpi().name(), language))
            .append(" (").append(review.target(line)).append(')')
            .append(" — ").append(review.reading(line)).append('\n');
      }
    }

    out.append('\n').append(language.t("Scorecard of the heads", "Показатели руководителей"))
        .append(" (").append(review.weights()).append(")\n");
    List<MonthlyReview.Head> heads = review.heads();
    if (heads.isEmpty()) {
      out.append("  ").append(review.lastClosedMonth().isEmpty() ? review.closedMonths()
          : language.t("no scores", "оценок нет")).append('\n');
    }
    int monthWidth = 0;
    for (int m = 1; m <= 12; m++) {
      monthWidth = Math.max(monthWidth, language.month(m).length());
    }
    for (MonthlyReview.Head head : heads) {
      out.append("  ").append(Labels.label(head.person(), head.name(), language)).append(" — ")
          .append(Labels.label(head.department(),
              Labels.departmentName(review.document, head.department()), language))
          .append('\n');
      for (ScorecardRow row : head.rows()) {
        out.append("    ").append(pad(language.month(row.month()), monthWidth)).append(' ')
            .append(padLeft(row.percent() + "%", 4)).append("  ")
            .append(language.t("key tasks ", "ключевые задачи "))
            .append(row.keyTasksDone()).append('/').append(row.keyTasks()).append(", ")
            .append(language.t("KPI score ", "оценка KPI "))
            .append(row.kpiScore().map(MonthlyReview::wholePercent).orElse("—")).append('\n');
      }
    }

    out.append('\n').append(language.t("Overdue tasks", "Просроченные задачи")).append('\n');
    if (review.progress.overdue().isEmpty()) {
      out.append("  ").append(language.t("none", "нет")).append('\n');
    }
    for (OverdueTask task : review.progress.overdue()) {
      out.append("  ").append(Labels.label(task.task(), task.title(), language)).append(" — ")
          .append(task.department()).append(", ")
          .append(task.owner().map(o -> language.t("owner ", "ответственный ")
              + review.personName(o)).orElse(language.t("no owner", "нет ответственного")))
          .append(", ").append(language.t("last month ", "последний месяц — "))
          .append(language.month(task.lastMonth())).append('\n');
    }
    return out.toString();
  }

  /** "KPIs: 4 on track, 1 behind, 1 at risk, 2 no data · months closed: January–March · …". */
  static String summary(MonthlyReview review) {
    Language language = review.language;
    StringBuilder sb = new StringBuilder("KPI: ");
    boolean first = true;
    for (KpiHealth h : KpiHealth.values()) {
      sb.append(first ? "" : ", ").append(review.count(h)).append(' ').append(review.health(h));
      first = false;
    }
    sb.append(" · ").append(review.closedMonths()).append(" · ")
        .append(language.count(review.progress.overdue().size(), Nouns.OVERDUE_TASK));
    return sb.toString();
  }

  private static String upper(String word, Language language) {
    return word.toUpperCase(language.locale());
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  private static String padLeft(String s, int width) {
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }
}
