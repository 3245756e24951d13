package org.strategysession.workbook;

import static org.strategysession.workbook.Layout.ID_WIDTH;
import static org.strategysession.workbook.Layout.col;
import static org.strategysession.workbook.Layout.columns;
import static org.strategysession.workbook.Layout.person;
import static org.strategysession.workbook.Layout.text;
import static org.strategysession.workbook.Layout.whole;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.strategysession.model.FollowUp;
import org.strategysession.model.KeyTaskAssignment;
import org.strategysession.model.PlanDocument;
import org.strategysession.workbook.Layout.Block;
import org.strategysession.workbook.Layout.Kind;
import org.strategysession.workbook.Layout.Lookup;
import org.strategysession.workbook.Layout.Table;
import org.strategysession.workbook.SheetGrid.Err;
import org.strategysession.workbook.SheetGrid.Located;

/**
 * The Follow-up sheet, filled after the session: each person's key tasks by month, a row per
 * key task with an x in Done once the monthly review finds it achieved, and the tasks' keys
 * in the team's tracker.
 *
 * <p>A key-task entry of the document (a person's key tasks of a month) is the run of rows
 * with its person and month: ticking a row off is what a head does at the review, where a
 * list of done ids would have to be typed again from the tasks beside it.
 */
final class FollowUpSheet {
  private FollowUpSheet() {}

  /**
   * A key-task row has no id: any of its columns may be blank. Its Tasks cell holds one task
   * as written, though a row with several (as the layout had before the Done column) reads
   * with all of them done or not.
   */
  static final Table KEY_TASKS =
      new Table(
          "keyTasks",
          Term.of("Key tasks", "Ключевые задачи"),
          columns(
              person("person", "Person", "Сотрудник"),
              whole("month", "Month", "Месяц", 1, 12, 10),
              col("tasks", "Tasks", "Задачи", Kind.ID_LIST, 24),
              col("done", "Done", "Выполнено", Kind.TICK, 11)),
          12)
          .unkeyed();

  static final Table TRACKER_KEYS =
      new Table(
          "trackerRefs",
          Term.of("Tracker keys", "Ключи в трекере"),
          columns(
              col("task", "Task", "Задача", Kind.ID, ID_WIDTH),
              text("key", "Key", "Ключ", 20)),
          10);

  static final List<Block> BLOCKS = List.of(KEY_TASKS, TRACKER_KEYS);

  static void write(WorkbookDraft draft, PlanDocument doc) {
    SheetWriter s = draft.sheet(SheetKind.FOLLOW_UP);
    FollowUp f = doc.followUp().orElse(FollowUp.builder().build());
    List<RowValues> rows = new ArrayList<>();
    f.keyTasks().forEach(k -> rows.addAll(rows(k)));
    s.table(KEY_TASKS, rows);
    List<RowValues> keys = new ArrayList<>();
    f.trackerRefs().forEach((task, key) -> keys.add(new RowValues().with("task", task).with("key", key)));
    s.table(TRACKER_KEYS, keys);
    s.finish(0, 2, true);
  }

  /**
   * An entry's rows: one per key task, ticked where {@code done} names it; a done id that is
   * none of the entry's tasks gets a ticked row of its own, and an entry without tasks one row
   * with its person and month.
   */
  private static List<RowValues> rows(KeyTaskAssignment k) {
    boolean[] ticked = ticks(k.tasks(), k.done());
    List<String> unlisted = new ArrayList<>(k.done());
    List<RowValues> out = new ArrayList<>();
    for (int i = 0; i < k.tasks().size(); i++) {
      String task = k.tasks().get(i);
      if (ticked[i]) {
        unlisted.remove(task);
      }
      out.add(row(k).with("tasks", List.of(task)).with("done", ticked[i]));
    }
    for (String task : unlisted) {
      out.add(row(k).with("tasks", List.of(task)).with("done", true));
    }
    if (out.isEmpty()) {
      out.add(row(k));
    }
    return out;
  }

  /**
   * Which of the tasks to tick so that the ticked ones, read in row order, are the done list:
   * exactly so where the done list follows the order of the tasks (as a review's does), else
   * each task that the done list names, once for each time it does.
   */
  private static boolean[] ticks(List<String> tasks, List<String> done) {
    boolean[] ticked = new boolean[tasks.size()];
    int next = 0;
    for (int i = 0; i < tasks.size() && next < done.size(); i++) {
      if (tasks.get(i).equals(done.get(next))) {
        ticked[i] = true;
        next++;
      }
    }
    if (next == done.size()) {
      return ticked;
    }
    ticked = new boolean[tasks.size()];
    List<String> left = new ArrayList<>(done);
    for (int i = 0; i < tasks.size(); i++) {
      ticked[i] = left.remove(tasks.get(i));
    }
    return ticked;
  }

  private static RowValues row(KeyTaskAssignment k) {
    return new RowValues().with("person", k.person()).with("month", k.month());
  }

  /** A run of rows with one person and month, as read. */
  private record Run(Optional<String> person, Optional<Integer> month, TableRow first,
      List<String> tasks, List<String> done) {}

  static void read(SheetBlocks blocks, DocumentParts parts) {
    List<Run> runs = new ArrayList<>();
    for (TableRow row : blocks.table(KEY_TASKS)) {
      Optional<String> person = row.ref("person", Lookup.PERSON);
      Optional<Integer> month = row.whole("month");
      List<String> tasks = row.idList("tasks");
      boolean done = row.tick("done");
      Located tasksCell = row.get("tasks");
      if (done && tasks.isEmpty() && (tasksCell == null || !(tasksCell.value() instanceof Err))) {
        row.error("done", "done is marked, but the row names no task: write the key task's ID"
            + " in Tasks");
      }
      Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (last == null || !last.person().equals(person) || !last.month().equals(month)) {
        last = new Run(person, month, row, new ArrayList<>(), new ArrayList<>());
        runs.add(last);
      }
      last.tasks().addAll(tasks);
      if (done) {
        last.done().addAll(tasks);
      }
    }
    for (Run run : runs) {
      run.first().build(() -> KeyTaskAssignment.builder().person(run.person())
              .month(run.month()).tasks(run.tasks()).done(run.done()).build())
          .ifPresent(parts.keyTasks::add);
    }
    for (TableRow row : blocks.table(TRACKER_KEYS)) {
      Optional<String> task = row.required("task", "tracker key");
      Located keyCell = row.get("key");
      Optional<String> key = row.text("key");
      if (task.isEmpty()) {
        continue;
      }
      if (keyCell == null) {
        row.missing("key", 1, "key is empty: give the task's key in the tracker");
      } else if (parts.trackerRefs.containsKey(task.get())) {
        row.error("task", "task \"" + task.get() + "\" already has a tracker key");
      } else {
        key.ifPresent(v -> parts.trackerRefs.put(task.get(), v));
      }
    }
  }
}
