package org.strategysession.rules.facts;

import org.strategysession.model.Priority;

/**
 * A goal of a plan; {@code serveCount} is the length of its {@code serves} (format 1.1) and
 * {@code priority} its priority with the default applied; {@code liveTaskCount} is the number of
 * tasks of the document, in any plan, that are not {@code DROPPED} and name this goal's id as
 * their {@code goal}. Null stands for an absent value.
 */
public record GoalFact(String id, String department, String title, String owner, int kpiCount,
    int serveCount, Priority priority, int liveTaskCount, String path) {
  /** The id with the {@code title}, for messages. */
  public Label label() {
    return new Label(id, title);
  }
}
