package org.strategysession.reports;

import static org.strategysession.reports.HtmlPage.escape;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.strategysession.model.InitiativeStatus;
import org.strategysession.model.Language;
import org.strategysession.model.Roadmap;
import org.strategysession.model.RoadmapDepartment;
import org.strategysession.model.RoadmapInitiative;
import org.strategysession.model.RoadmapTask;
import org.strategysession.model.TaskStatus;
import org.strategysession.rules.Messages;
import org.strategysession.rules.facts.Label;

/**
 * The roadmap as HTML: a grid of the twelve months across and the departments down, each
 * department with one row per task (title and owner at the left, a bar over its months) and
 * one row per KPI (its milestone values under their months); then the initiatives. Used by the
 * {@code roadmap} command and inside the HTML check report.
 */
public final class RoadmapHtml {
  private RoadmapHtml() {}

  /** The whole page of the {@code roadmap} command. */
  public static String page(Roadmap roadmap, Language language) {
    String title = language.t("Roadmap ", "Дорожная карта ") + roadmap.planningYear() + " — "
        + roadmap.company();
    StringBuilder body = new StringBuilder();
    body.append("<header><h1>").append(escape(title)).append("</h1></header>\n");
    body.append("<article class=\"roadmap\">\n");
    grid(roadmap, language, body);
    initiatives(roadmap, language, body);
    body.append("</article>\n");
    return HtmlPage.page(language, title, body.toString());
  }

  /** The grid of months by departments. */
  static void grid(Roadmap roadmap, Language language, StringBuilder out) {
    Schedule schedule = Schedule.of(roadmap);
    out.append("<div class=\"legend\"><span>").append(language.t("proposed task",
        "предложенная задача")).append("</span><span class=\"approved\">")
        .append(language.t("approved task", "утверждённая задача"))
        .append("</span><span class=\"kpi\">◆ ")
        .append(language.t("KPI value to reach by the end of the month",
            "значение KPI на конец месяца")).append("</span></div>\n");
    out.append("<table class=\"grid\">\n<colgroup><col class=\"what\">");
    for (int m = 1; m <= 12; m++) {
      out.append("<col class=\"month\">");
    }
    out.append("</colgroup>\n<thead><tr><th class=\"what\" scope=\"col\">")
        .append(language.t("Department · task · owner", "Отдел · задача · ответственный"))
        .append("</th>");
    for (int m = 1; m <= 12; m++) {
      out.append("<th class=\"month\" scope=\"col\">").append(language.shortMonth(m)).append("</th>");
    }
    out.append("</tr></thead>\n");
    for (Schedule.DepartmentRows d : schedule.departments()) {
      out.append("<tbody class=\"dept\" data-department=\"").append(escape(d.department()))
          .append("\">\n<tr class=\"dept\"><th colspan=\"13\" scope=\"rowgroup\">")
          .append(department(d.department(), d.name())).append("</th></tr>\n");
      for (Schedule.TaskRow row : d.tasks()) {
        taskRow(row, language, out);
      }
      for (Schedule.KpiRow row : d.kpis()) {
        kpiRow(row, language, out);
      }
      if (d.tasks().isEmpty() && d.kpis().isEmpty()) {
        out.append("<tr class=\"empty\"><th></th><td colspan=\"12\">")
            .append(language.t("nothing scheduled", "ничего не запланировано"))
            .append("</td></tr>\n");
      }
      out.append("</tbody>\n");
    }
    out.append("</table>\n");
  }

  private static void taskRow(Schedule.TaskRow row, Language language, StringBuilder out) {
    RoadmapTask task = row.task();
    String title = task.title().orElse(task.id());
    boolean hasOwner = task.owner().isPresent();
    String owner = task.ownerName().or(task::owner)
        .orElse(language.t("no owner", "нет ответственного"));
    boolean approved = task.status() == TaskStatus.APPROVED;
    out.append("<tr class=\"task\" data-task=\"").append(escape(task.id()))
        .append("\"><th class=\"task\" scope=\"row\">").append(escape(title))
        .append("<span class=\"owner").append(hasOwner ? "" : " missing").append("\">")
        .append(escape(owner)).append("</span></th>");
    int month = 1;
    for (int[] range : row.ranges()) {
      for (; month < range[0]; month++) {
        out.append("<td></td>");
      }
      int span = range[1] - range[0] + 1;
      out.append("<td class=\"bar").append(approved ? " approved" : "").append('"')
          .append(span > 1 ? " colspan=\"" + span + "\"" : "")
          .append(" title=\"").append(escape(task.id() + " · " + title + " · " + owner))
          .append("\">").append(breakable(task.id())).append("</td>");
      month = range[1] + 1;
    }
    for (; month <= 12; month++) {
      out.append("<td></td>");
    }
    out.append("</tr>\n");
  }

  private static void kpiRow(Schedule.KpiRow row, Language language, StringBuilder out) {
    String name = row.first().name().orElse(row.first().kpi());
    out.append("<tr class=\"kpi\" data-kpi=\"").append(escape(row.first().kpi()))
        .append("\"><th scope=\"row\">◆ ").append(escape(name))
        .append(row.first().unit().map(u -> ", " + escape(u)).orElse("")).append("</th>");
    for (int m = 1; m <= 12; m++) {
      BigDecimal value = row.values().get(m);
      out.append("<td>")
          .append(value == null ? "" : escape(Messages.render(value, language.locale())))
          .append("</td>");
    }
    out.append("</tr>\n");
  }

  /** A department as a heading: its name, with the id beside it (the id alone if unnamed). */
  static String department(String id, Optional<String> name) {
    return name.isPresent()
        ? escape(name.get()) + "<span class=\"id\">" + escape(id) + "</span>"
        : "<span class=\"id\">" + escape(id) + "</span>";
  }

  /** An id that a narrow cell may wrap after its dots ({@code management.t1}), not inside a word. */
  private static String breakable(String id) {
    return escape(id).replace(".", ".<wbr>");
  }

  /** An initiative's status in words. */
  static String status(InitiativeStatus status, Language language) {
    return switch (status) {
      case PROPOSED -> language.t("proposed", "предложена");
      case UNDER_ANALYSIS -> language.t("under analysis", "на анализе");
      case ACCEPTED -> language.t("accepted", "принята");
      case REJECTED -> language.t("rejected", "отклонена");
      case DEFERRED -> language.t("deferred", "отложена");
    };
  }

  private static Map<String, String> departmentNames(Roadmap roadmap) {
    Map<String, String> names = new HashMap<>();
    if (!roadmap.months().isEmpty()) {
      for (RoadmapDepartment d : roadmap.months().get(0).departments()) {
        d.name().ifPresent(n -> names.put(d.department(), n));
      }
    }
    return names;
  }

  /** The initiatives of the year, with status and owner. */
  static void initiatives(Roadmap roadmap, Language language, StringBuilder out) {
    out.append("<h4>").append(language.t("Initiatives", "Инициативы")).append("</h4>\n");
    List<RoadmapInitiative> initiatives = roadmap.initiatives();
    if (initiatives.isEmpty()) {
      out.append("<p class=\"meta\">").append(language.t("none", "нет")).append("</p>\n");
      return;
    }
    out.append("<table class=\"initiatives\">\n<thead><tr><th>")
        .append(language.t("Initiative", "Инициатива")).append("</th><th>")
        .append(language.t("Status", "Статус")).append("</th><th>")
        .append(language.t("Owner", "Ответственный")).append("</th><th>")
        .append(language.t("Departments", "Отделы")).append("</th></tr></thead>\n<tbody>\n");
    Map<String, String> names = departmentNames(roadmap);
    for (RoadmapInitiative i : initiatives) {
      out.append("<tr><td>").append(escape(Messages.render(
              new Label(i.id(), i.title().orElse(null)), language.locale())))
          .append("</td><td>").append(escape(status(i.status(), language)))
          .append(i.decidedOn().map(d -> " (" + d + ")").orElse(""))
          .append("</td><td>").append(escape(i.ownerName().or(i::owner).orElse("—")))
          .append("</td><td>").append(escape(i.departments().stream()
              .map(d -> names.getOrDefault(d, d)).collect(Collectors.joining(", "))))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }
}
