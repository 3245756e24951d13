package org.strategysession.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A task of a department's plan, scheduled by month. */
@Value.Immutable
@JsonPropertyOrder({"id", "title", "goal", "owner", "months", "status", "doneIn", "needs", "supports"})
@JsonSerialize(as = ImmutableTask.class)
@JsonDeserialize(as = ImmutableTask.class)
public interface Task {
  /** Unique in the whole document; never blank. */
  String id();

  Optional<String> title();

  /** Id of the goal the task serves. */
  Optional<String> goal();

  /** Person id of the owner. */
  Optional<String> owner();

  /** Months 1–12 in which the task is worked on. */
  List<Integer> months();

  /** As written; {@link #effectiveStatus()} applies the default. */
  Optional<TaskStatus> status();

  /** Format 1.1: the month 1–12 in which a {@link TaskStatus#DONE} task was finished. */
  Optional<Integer> doneIn();

  /** Resources asked of other departments. */
  List<Need> needs();

  /** Ids of other departments' tasks whose needs this task answers. */
  List<String> supports();

  /** The status, {@link TaskStatus#PROPOSED} when absent. */
  default TaskStatus effectiveStatus() {
    return status().orElse(TaskStatus.PROPOSED);
  }

  default boolean isDropped() {
    return effectiveStatus() == TaskStatus.DROPPED;
  }

  /** Whether the task is {@link TaskStatus#DONE}. */
  default boolean isDone() {
    return effectiveStatus() == TaskStatus.DONE;
  }

  /** The latest month of the task, if it has months. */
  default Optional<Integer> lastMonth() {
    Integer last = null;
    for (Integer m : months()) {
      last = last == null || m > last ? m : last;
    }
    return Optional.ofNullable(last);
  }

  /** The earliest month of the task, if it has months. */
  default Optional<Integer> firstMonth() {
    Integer first = null;
    for (Integer m : months()) {
      first = first == null || m < first ? m : first;
    }
    return Optional.ofNullable(first);
  }

  @Value.Check
  default void check() {
    Checks.id(id());
    Checks.months("/months", months());
    Checks.range("/doneIn", "doneIn", doneIn(), 1, 12);
  }

  static ImmutableTask.Builder builder() {
    return ImmutableTask.builder();
  }
}
