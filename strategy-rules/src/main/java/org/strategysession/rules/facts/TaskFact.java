package org.strategysession.rules.facts;

import org.strategysession.model.TaskStatus;

/**
 * A task of a plan; {@code firstMonth} and {@code lastMonth} are null for a task without
 * months; {@code done} is status {@code DONE} (format 1.1), finished in {@code doneIn} where the
 * document says. Null stands for an absent value.
 */
public record TaskFact(String id, String department, String title, String goal, String owner,
    TaskStatus status, boolean dropped, boolean approved, boolean done, Integer doneIn,
    Integer firstMonth, Integer lastMonth, int monthCount, String path) {
  /** The id with the {@code title}, for messages. */
  public Label label() {
    return new Label(id, title);
  }
}
