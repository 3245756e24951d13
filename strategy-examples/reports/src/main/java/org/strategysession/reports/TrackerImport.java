package org.strategysession.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.FollowUp;
import org.strategysession.model.ImmutableDepartmentPlan;
import org.strategysession.model.ImmutableFollowUp;
import org.strategysession.model.ImmutablePlanDocument;
import org.strategysession.model.ImmutableTask;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.Task;
import org.strategysession.model.TaskStatus;

/**
 * What a task tracker's export ({@link TrackerExport}) says about a plan document, applied to
 * it: the tasks the tracker shows finished become {@code DONE}, and the keys of issues found
 * through their {@code Task id} join {@code followUp.trackerRefs} ({@code CLI.md}, {@code
 * tracker-import}). Make one with {@link #apply}; it holds the new document and what changed.
 *
 * <p>A row belongs to the task whose {@code trackerRefs} entry is its key (keys compared
 * ignoring case), or else to the task its {@code Task id} names; then its key is added to
 * {@code trackerRefs} unless the task has a key already. A task with rows is done when every
 * one of its rows has a done status (compared ignoring case and surrounding spaces): a task
 * that the roadmap's CSV split into several issues is done when all of them are. It becomes
 * {@code DONE} with {@code doneIn} the month of the latest resolution date of its rows, when
 * every row has one and it lies in the planning year; otherwise without {@code doneIn}. A task
 * already {@code DONE} stays exactly as it is; a {@code DROPPED} task shown done becomes {@code
 * DONE} too, as {@code CLI.md} says, with a note. Nothing else in the document changes.
 *
 * <p>What the import could not use is reported as {@linkplain #notes() notes} with the line of
 * the export: a row without a key, a row whose key and {@code Task id} name different tasks
 * (the key decides), a second key for a task that has one, a task only some of whose rows are
 * done, a resolution date outside the planning year, a dropped task shown done (it is marked done).
 *
 * <p>Immutable and thread-safe.
 */
public final class TrackerImport {
  /** The statuses that mean done unless others are given: Jira's, YouTrack's, Redmine's. */
  public static final List<String> DEFAULT_DONE_STATUSES = List.of("Done", "Closed", "Resolved",
      "Готово", "Закрыта", "Решена");

  /**
   * A task marked done.
   *
   * @param task the task id
   * @param doneIn the month it was finished, where the export gives a date in the planning year
   * @param keys the keys of its rows, in the order of the export
   */
  public record Done(String task, Optional<Integer> doneIn, List<String> keys) {
    /** @throws NullPointerException if a component is null */
    public Done {
      Objects.requireNonNull(task, "task");
      Objects.requireNonNull(doneIn, "doneIn");
      keys = List.copyOf(keys);
    }
  }

  private final PlanDocument document;
  private final int rows;
  private final List<Done> markedDone;
  private final Map<String, String> keysAdded;
  private final List<String> unmatchedKeys;
  private final List<String> notes;

  private TrackerImport(PlanDocument document, int rows, List<Done> markedDone,
      Map<String, String> keysAdded, List<String> unmatchedKeys, List<String> notes) {
    this.document = document;
    this.rows = rows;
    this.markedDone = List.copyOf(markedDone);
    this.keysAdded = Collections.unmodifiableMap(new LinkedHashMap<>(keysAdded));
    this.unmatchedKeys = List.copyOf(unmatchedKeys);
    this.notes = List.copyOf(notes);
  }

  /**
   * Applies an export to a document.
   *
   * @param document the plan document; not null
   * @param export the tracker's export; not null
   * @param doneStatuses the statuses that mean done, compared ignoring case and surrounding
   *     spaces; not null, no null element ({@link #DEFAULT_DONE_STATUSES} for the defaults)
   * @return the new document and what changed; never null
   */
  public static TrackerImport apply(PlanDocument document, TrackerExport export,
      Collection<String> doneStatuses) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(export, "export");
    Set<String> done = new HashSet<>();
    for (String status : Objects.requireNonNull(doneStatuses, "doneStatuses")) {
      done.add(TrackerExport.fold(Objects.requireNonNull(status, "done status")));
    }
    return new Matching(document, done).run(export);
  }

  /** The document with the changes; the same instance where nothing changed. */
  public PlanDocument document() {
    return document;
  }

  /** The tasks marked {@code DONE}, in the order of their first row in the export. */
  public List<Done> markedDone() {
    return markedDone;
  }

  /** The keys added to {@code followUp.trackerRefs}: task id to key, in the export's order. */
  public Map<String, String> keysAdded() {
    return keysAdded;
  }

  /** The keys of rows that belong to no task of the document, each once, in the export's order. */
  public List<String> unmatchedKeys() {
    return unmatchedKeys;
  }

  /** What the import could not use, one line each, with the line of the export. */
  public List<String> notes() {
    return notes;
  }

  /** Whether the document changed. */
  public boolean changed() {
    return !markedDone.isEmpty() || !keysAdded.isEmpty();
  }

  /**
   * What the import did, for its user to read (English, lines ending with {@code \n}): a count
   * line, then one line per task marked done, key added, key that matches no task and note.
   */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    sb.append(count(rows, "row", "rows")).append(" read: ")
        .append(count(markedDone.size(), "task", "tasks")).append(" marked done, ")
        .append(count(keysAdded.size(), "key", "keys")).append(" added, ")
        .append(count(unmatchedKeys.size(), "key", "keys"))
        .append(unmatchedKeys.size() == 1 ? " matches" : " match").append(" no task\n");
    for (Done d : markedDone) {
      sb.append("  done: ").append(d.task())
          .append(d.doneIn().map(m -> " in month " + m).orElse(" (no month)"))
          .append(" [").append(String.join(", ", d.keys())).append("]\n");
    }
    keysAdded.forEach((task, key) -> sb.append("  key added: ").append(task).append(" = ")
        .append(key).append('\n'));
    for (String key : unmatchedKeys) {
      sb.append("  no task: ").append(key).append('\n');
    }
    for (String note : notes) {
      sb.append("  note: ").append(note).append('\n');
    }
    return sb.toString();
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  @Override
  public String toString() {
    return "TrackerImport{" + markedDone.size() + " done, " + keysAdded.size() + " keys added, "
        + unmatchedKeys.size() + " unmatched}";
  }

  /** One run of the matching: rows to tasks, then tasks to changes. */
  private static final class Matching {
    final PlanDocument document;
    final Set<String> doneStatuses;
    final Map<String, Task> tasks;
    /** Every key the document or this import gives a task: folded key to task id. */
    final Map<String, String> taskOfKey = new HashMap<>();
    /** The key each task has, in the document or from this import. */
    final Map<String, String> keyOfTask = new HashMap<>();
    final Map<String, List<TrackerExport.Row>> rowsOfTask = new LinkedHashMap<>();
    final Map<String, String> added = new LinkedHashMap<>();
    final Set<String> unmatched = new LinkedHashSet<>();
    final List<String> notes = new ArrayList<>();

    Matching(PlanDocument document, Set<String> doneStatuses) {
      this.document = document;
      this.doneStatuses = doneStatuses;
      this.tasks = document.taskById();
      document.followUp().ifPresent(f -> f.trackerRefs().forEach((task, key) -> {
        if (!key.isBlank() && tasks.containsKey(task)) {
          taskOfKey.putIfAbsent(TrackerExport.fold(key), task);
          keyOfTask.putIfAbsent(task, key);
        }
      }));
    }

    TrackerImport run(TrackerExport export) {
      for (TrackerExport.Row row : export.rows()) {
        match(row);
      }
      Map<String, Done> changes = new LinkedHashMap<>();
      rowsOfTask.forEach((task, rows) -> done(task, rows).ifPresent(d -> changes.put(task, d)));
      PlanDocument result = changes.isEmpty() && added.isEmpty() ? document
          : rewrite(changes);
      return new TrackerImport(result, export.rows().size(), List.copyOf(changes.values()),
          added, List.copyOf(unmatched), notes);
    }

    private void match(TrackerExport.Row row) {
      if (row.key().isEmpty()) {
        notes.add("line " + row.line() + ": no key; the row is left out");
        return;
      }
      String byKey = taskOfKey.get(TrackerExport.fold(row.key()));
      String task;
      if (byKey != null) {
        task = byKey;
        if (row.taskId().isPresent() && !row.taskId().get().equals(byKey)) {
          notes.add("line " + row.line() + ": " + row.key() + " is the key of " + byKey
              + ", but its Task id names " + row.taskId().get() + "; the key decides");
        }
      } else if (row.taskId().isPresent() && tasks.containsKey(row.taskId().get())) {
        task = row.taskId().get();
        String existing = keyOfTask.get(task);
        if (existing == null) {
          added.put(task, row.key());
          keyOfTask.put(task, row.key());
          taskOfKey.put(TrackerExport.fold(row.key()), task);
        } else {
          notes.add("line " + row.line() + ": " + task + " has the key " + existing
              + " already; " + row.key() + " is not added");
        }
      } else {
        unmatched.add(row.key());
        row.taskId().ifPresent(id -> notes.add("line " + row.line() + ": the Task id of "
            + row.key() + ", " + id + ", names no task of the plan"));
        return;
      }
      rowsOfTask.computeIfAbsent(task, t -> new ArrayList<>()).add(row);
    }

    /** The change a task's rows make, if they make one. */
    private Optional<Done> done(String id, List<TrackerExport.Row> rows) {
      List<TrackerExport.Row> finished = rows.stream()
          .filter(r -> doneStatuses.contains(TrackerExport.fold(r.status()))).toList();
      Task task = tasks.get(id);
      if (finished.isEmpty() || task.isDone()) {
        return Optional.empty();
      }
      if (finished.size() < rows.size()) {
        notes.add(lines(rows) + ": " + id + " is done in " + finished.size() + " of its "
            + rows.size() + " rows; it is not marked done");
        return Optional.empty();
      }
      if (task.isDropped()) {
        // CLI.md: a task whose status is done becomes DONE; a plan that dropped it hears so
        notes.add(lines(rows) + ": " + id + " was DROPPED in the plan; the tracker shows it "
            + "done, so it is now DONE");
      }
      Optional<Integer> doneIn = Optional.empty();
      if (rows.stream().allMatch(r -> r.resolved().isPresent())) {
        LocalDate latest = rows.stream().map(r -> r.resolved().get())
            .max(LocalDate::compareTo).orElseThrow();
        if (latest.getYear() == document.planningYear()) {
          doneIn = Optional.of(latest.getMonthValue());
        } else {
          notes.add(lines(rows) + ": " + id + " was resolved on " + latest
              + ", outside " + document.planningYear() + "; marked done without a month");
        }
      }
      return Optional.of(new Done(id, doneIn,
          rows.stream().map(TrackerExport.Row::key).distinct().toList()));
    }

    /** "line 7" or "lines 7, 9": where a task's rows are. */
    private static String lines(List<TrackerExport.Row> rows) {
      return (rows.size() == 1 ? "line " : "lines ")
          + rows.stream().map(r -> String.valueOf(r.line())).collect(Collectors.joining(", "));
    }

    private PlanDocument rewrite(Map<String, Done> changes) {
      List<DepartmentPlan> plans = new ArrayList<>();
      for (DepartmentPlan plan : document.plans()) {
        if (plan.tasks().stream().noneMatch(t -> changes.containsKey(t.id()))) {
          plans.add(plan);
          continue;
        }
        List<Task> tasks = new ArrayList<>();
        for (Task t : plan.tasks()) {
          Done d = changes.get(t.id());
          tasks.add(d == null ? t : ImmutableTask.copyOf(t).withStatus(TaskStatus.DONE)
              .withDoneIn(d.doneIn().or(t::doneIn)));
        }
        plans.add(ImmutableDepartmentPlan.copyOf(plan).withTasks(tasks));
      }
      ImmutablePlanDocument result = ImmutablePlanDocument.copyOf(document).withPlans(plans);
      if (!added.isEmpty()) {
        Map<String, String> refs = new LinkedHashMap<>(
            document.followUp().map(FollowUp::trackerRefs).orElse(Map.of()));
        refs.putAll(added); // a blank key the document had is replaced in its place
        FollowUp followUp = document.followUp().map(ImmutableFollowUp::copyOf)
            .orElseGet(() -> ImmutableFollowUp.builder().build()).withTrackerRefs(refs);
        result = result.withFollowUp(followUp);
      }
      return result;
    }
  }
}
