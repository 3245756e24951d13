package org.strategysession.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The monthly review of key tasks ({@code FORMAT.md}, "The year in action"). A person's key
 * tasks for a month are the task ids of all the person's key-task entries for that month
 * ({@code followUp.keyTasks}), taken together. A key task is <em>done</em> for its month M when
 * an entry of that person and month lists it in {@code done}, or the task is {@code DONE} with
 * {@code doneIn} absent or at most M (where several tasks share the id, any of them). Thread-safe.
 */
public final class KeyTasks {
  private KeyTasks() {}

  /**
   * The distinct ids, in document order, of a person's key tasks for a month; with {@code
   * knownOnly}, only ids that name a task of the document.
   */
  public static List<String> of(PlanDocument document, String person, int month,
      boolean knownOnly) {
    Set<String> ids = new LinkedHashSet<>();
    for (KeyTaskAssignment entry : entries(document, person, month)) {
      for (String task : entry.tasks()) {
        if (!knownOnly || document.taskById().containsKey(task)) {
          ids.add(task);
        }
      }
    }
    return List.copyOf(ids);
  }

  /** Whether a key task of a person for a month is done for that month. */
  public static boolean isDone(PlanDocument document, String person, int month, String task) {
    return review(document).isDone(person, month, task);
  }

  /**
   * The review of a document's key tasks, for asking {@link #isDone} of many key tasks: the
   * entries are grouped by person and month once, so that each question costs a lookup
   * rather than a pass over all entries.
   */
  public static Review review(PlanDocument document) {
    return new Review(Objects.requireNonNull(document, "document"));
  }

  /**
   * {@link KeyTasks#isDone} over one document, its entries grouped by person and month.
   * Immutable and thread-safe once built.
   */
  public static final class Review {
    private final PlanDocument document;
    /** person → month → the ids the person's entries of that month list in {@code done}. */
    private final Map<String, Map<Integer, Set<String>>> done = new HashMap<>();

    private Review(PlanDocument document) {
      this.document = document;
      document.followUp().ifPresent(f -> {
        for (KeyTaskAssignment entry : f.keyTasks()) {
          if (entry.person().isPresent() && entry.month().isPresent()) {
            done.computeIfAbsent(entry.person().get(), p -> new HashMap<>())
                .computeIfAbsent(entry.month().get(), m -> new HashSet<>())
                .addAll(entry.done());
          }
        }
      });
    }

    /**
     * Whether a key task of a person for a month is done for that month ({@link
     * KeyTasks#isDone(PlanDocument, String, int, String)}).
     */
    public boolean isDone(String person, int month, String task) {
      Objects.requireNonNull(person, "person");
      if (done.getOrDefault(person, Map.of()).getOrDefault(month, Set.of()).contains(task)) {
        return true;
      }
      for (Task t : document.tasksWithId().getOrDefault(task, List.of())) {
        if (isDoneBy(t, month)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Whether a task is {@code DONE} with {@code doneIn} absent or at most the month. */
  public static boolean isDoneBy(Task task, int month) {
    return task != null && task.isDone() && task.doneIn().map(m -> m <= month).orElse(true);
  }

  /**
   * The people named as {@code head} of a department that has a plan, once each, in the order
   * of the departments.
   */
  public static List<String> heads(PlanDocument document) {
    Set<String> heads = new LinkedHashSet<>();
    for (Department d : document.departments()) {
      if (d.head().isPresent() && document.planByDepartment().containsKey(d.id())) {
        heads.add(d.head().get());
      }
    }
    return List.copyOf(heads);
  }

  private static List<KeyTaskAssignment> entries(PlanDocument document, String person,
      int month) {
    Objects.requireNonNull(person, "person");
    List<KeyTaskAssignment> out = new ArrayList<>();
    document.followUp().ifPresent(f -> {
      for (KeyTaskAssignment entry : f.keyTasks()) {
        if (entry.person().filter(person::equals).isPresent()
            && entry.month().filter(m -> m == month).isPresent()) {
          out.add(entry);
        }
      }
    });
    return out;
  }
}
