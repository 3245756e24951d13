package org.strategysession.reports;

import org.strategysession.model.Language;
import org.strategysession.model.Roadmap;
import org.strategysession.model.RoadmapDepartment;
import org.strategysession.model.RoadmapInitiative;
import org.strategysession.model.RoadmapMilestone;
import org.strategysession.model.RoadmapMonth;
import org.strategysession.model.RoadmapTask;
import org.strategysession.model.TaskStatus;
import org.strategysession.rules.Messages;

/**
 * The roadmap as text, month by month: each department with something that month, its tasks
 * with owners and its KPI milestones; then the initiatives. A department with nothing in a
 * month is left out of that month, so the text stays short; the grid of the HTML shows them.
 */
final class RoadmapText {
  private RoadmapText() {}

  static String write(Roadmap roadmap, Language language) {
    StringBuilder out = new StringBuilder();
    out.append(roadmap.company()).append(" — ").append(language.t("roadmap ", "дорожная карта "))
        .append(roadmap.planningYear()).append('\n');
    for (RoadmapMonth month : roadmap.months()) {
      out.append('\n').append(language.month(month.month())).append(' ')
          .append(roadmap.planningYear()).append('\n');
      boolean any = false;
      for (RoadmapDepartment d : month.departments()) {
        if (d.tasks().isEmpty() && d.milestones().isEmpty()) {
          continue;
        }
        any = true;
        out.append("  ").append(Labels.label(d.department(), d.name(), language)).append('\n');
        for (RoadmapTask task : d.tasks()) {
          out.append("    - ").append(Labels.label(task.id(), task.title(), language))
              .append(" — ").append(task.ownerName().or(task::owner)
                  .orElse(language.t("no owner", "нет ответственного")))
              .append(task.status() == TaskStatus.APPROVED
                  ? language.t(" [approved]", " [утверждена]") : "")
              .append('\n');
        }
        for (RoadmapMilestone m : d.milestones()) {
          out.append("    * ").append(Labels.label(m.kpi(), m.name(), language)).append(": ")
              .append(Messages.render(m.value(), language.locale()))
              .append(m.unit().map(u -> " " + u).orElse("")).append('\n');
        }
      }
      if (!any) {
        out.append("  ").append(language.t("nothing scheduled", "ничего не запланировано"))
            .append('\n');
      }
    }
    out.append('\n').append(language.t("Initiatives", "Инициативы")).append('\n');
    if (roadmap.initiatives().isEmpty()) {
      out.append("  ").append(language.t("none", "нет")).append('\n');
    }
    for (RoadmapInitiative i : roadmap.initiatives()) {
      out.append("  - ").append(Labels.label(i.id(), i.title(), language)).append(" — ")
          .append(Labels.status(i.status(), language))
          .append(i.ownerName().or(i::owner)
              .map(o -> language.t(", owner ", ", ответственный ") + o).orElse(""))
          .append(i.departments().isEmpty() ? ""
              : language.t("; departments: ", "; отделы: ") + String.join(", ", i.departments()))
          .append(i.decidedOn().map(d -> language.t("; decided on ", "; решение ") + d).orElse(""))
          .append('\n');
    }
    return out.toString();
  }
}
