package org.strategysession.reports;

import java.io.PrintWriter;
import java.util.Optional;
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
public final class RoadmapText {
  private RoadmapText() {}

  public static void write(Roadmap roadmap, Language language, PrintWriter out) {
    out.print(roadmap.company() + " — " + language.t("roadmap ", "дорожная карта ")
        + roadmap.planningYear() + '\n');
    for (RoadmapMonth month : roadmap.months()) {
      out.print('\n' + language.month(month.month()) + ' ' + roadmap.planningYear() + '\n');
      boolean any = false;
      for (RoadmapDepartment d : month.departments()) {
        if (d.tasks().isEmpty() && d.milestones().isEmpty()) {
          continue;
        }
        any = true;
        out.print("  " + label(d.department(), d.name(), language) + '\n');
        for (RoadmapTask task : d.tasks()) {
          out.print("    - " + label(task.id(), task.title(), language) + " — "
              + owner(task, language)
              + (task.status() == TaskStatus.APPROVED
                  ? language.t(" [approved]", " [утверждена]") : "")
              + '\n');
        }
        for (RoadmapMilestone m : d.milestones()) {
          out.print("    * " + label(m.kpi(), m.name(), language) + ": "
              + Messages.render(m.value(), language.locale())
              + m.unit().map(u -> " " + u).orElse("") + '\n');
        }
      }
      if (!any) {
        out.print("  " + language.t("nothing scheduled", "ничего не запланировано") + '\n');
      }
    }
    out.print('\n' + language.t("Initiatives", "Инициативы") + '\n');
    if (roadmap.initiatives().isEmpty()) {
      out.print("  " + language.t("none", "нет") + '\n');
    }
    for (RoadmapInitiative i : roadmap.initiatives()) {
      out.print("  - " + label(i.id(), i.title(), language) + " — "
          + RoadmapHtml.status(i.status(), language)
          + i.ownerName().or(i::owner).map(o -> language.t(", owner ", ", ответственный ") + o)
              .orElse("")
          + (i.departments().isEmpty() ? ""
              : language.t("; departments: ", "; отделы: ") + String.join(", ", i.departments()))
          + i.decidedOn().map(d -> language.t("; decided on ", "; решение ") + d).orElse("")
          + '\n');
    }
    out.flush();
  }

  private static String owner(RoadmapTask task, Language language) {
    return task.ownerName().or(task::owner)
        .orElse(language.t("no owner", "нет ответственного"));
  }

  private static String label(String id, Optional<String> name, Language language) {
    return Messages.render(
        new org.strategysession.rules.facts.Label(id, name.orElse(null)), language.locale());
  }
}
