package org.strategysession.workbook;

import static org.strategysession.workbook.Layout.ID_WIDTH;
import static org.strategysession.workbook.Layout.TITLE_WIDTH;
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
import org.strategysession.workbook.SheetGrid.Located;

/**
 * The Follow-up sheet, filled after the session: each person's key tasks by month, and the
 * tasks' keys in the team's tracker.
 */
final class FollowUpSheet {
  private FollowUpSheet() {}

  /** A key-task entry has no id: any of its columns may be blank. */
  static final Table KEY_TASKS =
      new Table(
          "keyTasks",
          Term.of("Key tasks", "Ключевые задачи"),
          columns(
              person("person", "Person", "Сотрудник"),
              whole("month", "Month", "Месяц", 1, 12, 10),
              col("tasks", "Tasks", "Задачи", Kind.ID_LIST, TITLE_WIDTH)),
          10)
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
    s.table(KEY_TASKS, f.keyTasks().stream()
        .map(k -> new RowValues().with("person", k.person()).with("month", k.month())
            .with("tasks", k.tasks()))
        .toList());
    List<RowValues> keys = new ArrayList<>();
    f.trackerRefs().forEach((task, key) -> keys.add(new RowValues().with("task", task).with("key", key)));
    s.table(TRACKER_KEYS, keys);
    s.finish(0, 2, false);
  }

  static void read(SheetBlocks blocks, DocumentParts parts) {
    for (TableRow row : blocks.table(KEY_TASKS)) {
      Optional<String> person = row.ref("person", Lookup.PERSON);
      Optional<Integer> month = row.whole("month");
      List<String> tasks = row.idList("tasks");
      row.build(() -> KeyTaskAssignment.builder().person(person).month(month).tasks(tasks).build())
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
