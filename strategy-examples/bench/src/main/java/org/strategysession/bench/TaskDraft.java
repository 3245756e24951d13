package org.strategysession.bench;

import org.strategysession.model.ImmutableTask;
import org.strategysession.model.Task;
import org.strategysession.model.TaskStatus;

/**
 * A task being generated: built last, once the needs of its department's plan and the tasks
 * that support them are known. Not thread-safe.
 */
final class TaskDraft {
  final String id;
  /** Its id is used by another task too: kept out of needs, supports and key tasks. */
  boolean duplicate;
  final ImmutableTask.Builder builder = Task.builder();
  Integer first;
  TaskStatus status = TaskStatus.PROPOSED;

  TaskDraft(String id, boolean duplicate) {
    this.id = id;
    this.duplicate = duplicate;
  }

  Task build() {
    return builder.id(id).build();
  }
}
