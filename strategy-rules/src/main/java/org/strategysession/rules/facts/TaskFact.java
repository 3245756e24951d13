package org.strategysession.rules.facts;

import org.strategysession.model.TaskStatus;

/** A task of a plan; {@code firstMonth} is null for a task without months. Null stands for an absent value. */
public record TaskFact(String id, String department, String title, String goal, String owner, TaskStatus status, boolean dropped, boolean approved, Integer firstMonth, int monthCount, String path) {
  /** The id with the {@code title}, for messages. */
  public Label label() {
    return new Label(id, title);
  }
}
