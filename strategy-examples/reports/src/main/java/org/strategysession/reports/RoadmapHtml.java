package org.strategysession.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.strategysession.model.Language;
import org.strategysession.model.Roadmap;
import org.strategysession.model.RoadmapDepartment;
import org.strategysession.model.RoadmapInitiative;
import org.strategysession.model.RoadmapTask;
import org.strategysession.model.TaskStatus;
import org.strategysession.rules.Messages;

/**
 * The roadmap as HTML: what the grid template ({@code roadmap.jte}) shows, worked out here so
 * that the template only lays it out. Used by the page of the {@code roadmap} command ({@code
 * roadmapPage.jte}) and inside the HTML check report.
 */
final class RoadmapHtml {
  private RoadmapHtml() {}

  /** The grid of months by departments, and the initiatives. */
  record Grid(Language language, List<DepartmentRows> departments,
      List<InitiativeRow> initiatives) {}

  /** A department of the grid; {@code name} is null where the department has none. */
  record DepartmentRows(String id, String name, List<TaskRow> tasks, List<KpiRow> kpis) {}

  /** A task: its label at the left, then twelve months' worth of cells. */
  record TaskRow(String id, String title, String owner, boolean hasOwner, boolean approved,
      List<Cell> cells) {
    /** What a bar shows on hover: the whole of what the narrow cell cannot. */
    String tooltip() {
      return id + " · " + title + " · " + owner;
    }

    /** The id in its dotted parts, so that a narrow bar may wrap after a dot, not in a word. */
    List<String> idParts() {
      return List.of(id.split("\\.", -1));
    }
  }

  /** An empty month, or a bar over {@code colspan} months (null for one month). */
  record Cell(boolean bar, Integer colspan) {}

  /** A KPI: its name and unit, then its milestone under each month ("" for none). */
  record KpiRow(String id, String label, List<String> values) {}

  /** An initiative, every column in words. */
  record InitiativeRow(String label, String status, String owner, String departments) {}

  /** The whole page of the {@code roadmap} command. */
  static String page(Roadmap roadmap, Language language) {
    String title = language.t("Roadmap ", "Дорожная карта ") + roadmap.planningYear() + " — "
        + roadmap.company();
    Grid grid = grid(roadmap, language);
    return HtmlPage.render(out -> JteroadmapPageGenerated.render(out, null, title, grid));
  }

  static Grid grid(Roadmap roadmap, Language language) {
    List<DepartmentRows> departments = new ArrayList<>();
    for (Schedule.DepartmentRows d : Schedule.of(roadmap).departments()) {
      departments.add(new DepartmentRows(d.department(), d.name().orElse(null),
          d.tasks().stream().map(row -> taskRow(row, language)).toList(),
          d.kpis().stream().map(row -> kpiRow(row, language)).toList()));
    }
    return new Grid(language, departments, initiatives(roadmap, language));
  }

  private static TaskRow taskRow(Schedule.TaskRow row, Language language) {
    RoadmapTask task = row.task();
    List<Cell> cells = new ArrayList<>();
    int month = 1;
    for (int[] range : row.ranges()) {
      for (; month < range[0]; month++) {
        cells.add(new Cell(false, null));
      }
      int span = range[1] - range[0] + 1;
      cells.add(new Cell(true, span > 1 ? span : null));
      month = range[1] + 1;
    }
    for (; month <= 12; month++) {
      cells.add(new Cell(false, null));
    }
    return new TaskRow(task.id(), task.title().orElse(task.id()),
        task.ownerName().or(task::owner).orElse(language.t("no owner", "нет ответственного")),
        task.owner().isPresent(), task.status() == TaskStatus.APPROVED, cells);
  }

  private static KpiRow kpiRow(Schedule.KpiRow row, Language language) {
    List<String> values = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      BigDecimal value = row.values().get(m);
      values.add(value == null ? "" : Messages.render(value, language.locale()));
    }
    return new KpiRow(row.first().kpi(), row.first().name().orElse(row.first().kpi())
        + row.first().unit().map(u -> ", " + u).orElse(""), values);
  }

  private static List<InitiativeRow> initiatives(Roadmap roadmap, Language language) {
    Map<String, String> names = departmentNames(roadmap);
    List<InitiativeRow> rows = new ArrayList<>();
    for (RoadmapInitiative i : roadmap.initiatives()) {
      rows.add(new InitiativeRow(Labels.label(i.id(), i.title(), language),
          Labels.status(i.status(), language) + i.decidedOn().map(d -> " (" + d + ")").orElse(""),
          i.ownerName().or(i::owner).orElse("—"),
          i.departments().stream().map(d -> names.getOrDefault(d, d))
              .collect(Collectors.joining(", "))));
    }
    return rows;
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
}
