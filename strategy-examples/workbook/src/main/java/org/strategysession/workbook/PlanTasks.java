package org.strategysession.workbook;

import static org.strategysession.workbook.Layout.ID_WIDTH;
import static org.strategysession.workbook.Layout.REF_WIDTH;
import static org.strategysession.workbook.Layout.TITLE_WIDTH;
import static org.strategysession.workbook.Layout.choice;
import static org.strategysession.workbook.Layout.col;
import static org.strategysession.workbook.Layout.columns;
import static org.strategysession.workbook.Layout.department;
import static org.strategysession.workbook.Layout.id;
import static org.strategysession.workbook.Layout.months;
import static org.strategysession.workbook.Layout.person;
import static org.strategysession.workbook.Layout.text;
import static org.strategysession.workbook.Layout.whole;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.strategysession.model.Need;
import org.strategysession.model.Task;
import org.strategysession.model.TaskStatus;
import org.strategysession.workbook.Layout.Kind;
import org.strategysession.workbook.Layout.Lookup;
import org.strategysession.workbook.Layout.Table;

/**
 * The tasks of a department's sheet, with an x in each month a task is worked on and, after
 * the months, the month a done task was finished in; and what the tasks need from other
 * departments: a row per need in a table of its own, joined to its task by id.
 */
final class PlanTasks {
  private PlanTasks() {}

  static final Table TASKS =
      new Table(
          "tasks",
          Term.of("Tasks", "Задачи"),
          columns(
              id(),
              text("title", "Title", "Название", TITLE_WIDTH),
              col("goal", "Goal", "Цель", Kind.ID, REF_WIDTH).lookup(Lookup.GOAL),
              person("owner", "Owner", "Ответственный"),
              choice("status", "Status", "Статус", TaskStatus.class, 12),
              col("supports", "Supports tasks", "Поддерживает задачи", Kind.ID_LIST, REF_WIDTH),
              months("m", Kind.MARK, "mark for "),
              // After the months, so that they stay in the columns of the KPIs' months.
              whole("doneIn", "Done in", "Месяц выполнения", 1, 12, 13)),
          10);

  static final Table NEEDS =
      new Table(
          "needs",
          Term.of("Needs from other departments", "Нужно от других отделов"),
          columns(
              col("task", "Task", "Задача", Kind.ID, ID_WIDTH).lookup(Lookup.TASK),
              text("what", "What", "Что нужно", TITLE_WIDTH),
              department("department", "From department", "От отдела")),
          5);

  /** Both tables; the needs' task column offers the tasks' ids. */
  static void write(SheetWriter s, List<Task> tasks) {
    List<RowValues> rows = new ArrayList<>();
    List<RowValues> needs = new ArrayList<>();
    for (Task t : tasks) {
      RowValues row = new RowValues()
          .with("id", t.id())
          .with("title", t.title())
          .with("goal", t.goal())
          .with("owner", t.owner())
          .with("status", t.status())
          .with("supports", t.supports())
          .with("doneIn", t.doneIn());
      t.months().forEach(m -> row.with("m" + m, Boolean.TRUE));
      rows.add(row);
      for (Need n : t.needs()) {
        needs.add(new RowValues()
            .with("task", t.id())
            .with("what", n.what())
            .with("department", n.department()));
      }
    }
    s.offer(Lookup.TASK, s.table(TASKS, rows));
    s.table(NEEDS, needs);
  }

  /** The tasks, each with its needs; a need must be of a task of the sheet. */
  static List<Task> read(SheetBlocks blocks) {
    TableRows rows = blocks.table(TASKS);
    Set<String> taskIds = new HashSet<>();
    for (TableRow row : rows) {
      if (row.get("id") != null) {
        row.id("id").ifPresent(taskIds::add);
      }
    }
    Map<String, List<Need>> needs = new HashMap<>();
    for (TableRow row : blocks.table(NEEDS)) {
      Optional<String> task = row.required("task", "need (the task that needs it)");
      Optional<String> what = row.text("what");
      Optional<String> from = row.ref("department", Lookup.DEPARTMENT);
      if (task.isPresent() && !taskIds.contains(task.get())) {
        row.error("task", "task \"" + task.get() + "\" is not a task of this sheet;"
            + " a need belongs to a task of the same department");
        continue;
      }
      task.ifPresent(id -> needs.computeIfAbsent(id, x -> new ArrayList<>())
          .add(Need.builder().department(from).what(what).build()));
    }
    List<Task> tasks = new ArrayList<>();
    for (TableRow row : rows) {
      Optional<String> id = row.required("id", "task");
      Optional<String> title = row.text("title");
      Optional<String> goal = row.id("goal");
      Optional<String> owner = row.ref("owner", Lookup.PERSON);
      Optional<TaskStatus> status = row.choice("status", TaskStatus.class);
      List<String> supports = row.idList("supports");
      Optional<Integer> doneIn = row.whole("doneIn");
      List<Integer> months = new ArrayList<>();
      for (int m = 1; m <= 12; m++) {
        if (row.mark("m" + m)) {
          months.add(m);
        }
      }
      // The first task with an id takes its needs; a repeated id is the rules' finding.
      List<Need> taskNeeds = id.map(needs::remove).orElse(List.of());
      id.flatMap(i -> row.build(() -> Task.builder().id(i).title(title).goal(goal)
              .owner(owner).months(months).status(status).needs(taskNeeds).supports(supports)
              .doneIn(doneIn).build()))
          .ifPresent(tasks::add);
    }
    return tasks;
  }
}
