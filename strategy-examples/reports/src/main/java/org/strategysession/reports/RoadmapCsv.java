package org.strategysession.reports;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.strategysession.model.Goal;
import org.strategysession.model.Language;
import org.strategysession.model.Need;
import org.strategysession.model.Person;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.RoadmapTask;
import org.strategysession.model.Task;

/**
 * The roadmap as CSV for a task tracker's import: one row per task and contiguous month range
 * (a task in months 2, 3, 4 and 9 gives two rows), in the order of {@link Schedule}.
 *
 * <p>The columns are named so that importers map them without help where they can: {@code
 * Summary} first and {@code Description} second (what Jira's CSV importer requires and what
 * importers that read columns by position expect), header names without punctuation (Jira's
 * importer asks for that), dates as {@code yyyy-MM-dd}. {@code Assignee} is the owner's e-mail
 * where the plan has one (trackers match users by e-mail), otherwise the person id. {@code
 * Tracker key} is the task's key from {@code followUp.trackerRefs}, empty where the task is not
 * in the tracker yet. Text is RFC 4180 CSV, written by Jackson's CSV generator: comma-separated,
 * a field quoted only when it holds a comma, a quote or a line break, CRLF line ends.
 */
final class RoadmapCsv {
  static final List<String> COLUMNS = List.of("Summary", "Description", "Assignee",
      "Department", "Goal", "Months", "Start date", "Due date", "Status", "Tracker key",
      "Task id");

  private RoadmapCsv() {}

  static String write(PlanDocument document, Schedule schedule, Language language) {
    return Rfc4180.write(records -> {
      records.add(COLUMNS);
      for (Schedule.DepartmentRows department : schedule.departments()) {
        String departmentName = departmentName(document, department.department());
        for (Schedule.TaskRow row : department.tasks()) {
          List<int[]> ranges = row.ranges();
          for (int[] range : ranges) {
            records.add(task(document, departmentName, row.task(), range, ranges.size() > 1,
                language));
          }
        }
      }
    });
  }




  private static List<String> task(PlanDocument document, String departmentName,
      RoadmapTask task, int[] range, boolean split, Language language) {
    int year = document.planningYear();
    String months = range[0] == range[1] ? "" + range[0] : range[0] + "-" + range[1];
    String summary = task.title().orElse(task.id());
    if (split) {
      summary += " (" + language.shortMonth(range[0])
          + (range[0] == range[1] ? "" : "–" + language.shortMonth(range[1])) + ")";
    }
    Optional<Goal> goal = task.goal().map(id -> document.goalById().get(id));
    List<String> cells = new ArrayList<>();
    cells.add(summary);
    cells.add(description(document, departmentName, task, goal, language));
    cells.add(task.owner().map(id -> assignee(document, id)).orElse(""));
    cells.add(departmentName);
    cells.add(goal.flatMap(Goal::title).or(() -> task.goal()).orElse(""));
    cells.add(months);
    cells.add(YearMonth.of(year, range[0]).atDay(1).toString());
    cells.add(YearMonth.of(year, range[1]).atEndOfMonth().toString());
    cells.add(task.status().name());
    cells.add(document.followUp().map(f -> f.trackerRefs().get(task.id())).orElse(""));
    cells.add(task.id());
    return cells;
  }

  private static String departmentName(PlanDocument document, String department) {
    return Labels.departmentName(document, department).orElse(department);
  }

  private static String assignee(PlanDocument document, String person) {
    return Optional.ofNullable(document.personById().get(person)).flatMap(Person::email)
        .orElse(person);
  }

  /** What a tracker's user needs to know beyond the summary: whose task, what for, needs. */
  private static String description(PlanDocument document, String departmentName,
      RoadmapTask task, Optional<Goal> goal, Language language) {
    StringBuilder sb = new StringBuilder();
    sb.append(language.t("Task ", "Задача ")).append(task.id())
        .append(language.t(" (plan of ", " (план: ")).append(departmentName).append(", ")
        .append(document.planningYear()).append(')');
    task.ownerName().ifPresent(name -> sb.append(language.t("; owner: ", "; ответственный: "))
        .append(name));
    goal.ifPresent(g -> sb.append(language.t("; goal: ", "; цель: "))
        .append(g.title().orElse(g.id())));
    Task planTask = document.taskById().get(task.id());
    if (planTask != null) {
      for (Need need : planTask.needs()) {
        String from = need.department().map(d -> departmentName(document, d)).orElse("?");
        sb.append(language.t("; needs from ", "; нужно от отдела ")).append(from).append(": ")
            .append(need.what().orElse(""));
      }
    }
    return sb.append('.').toString();
  }
}
