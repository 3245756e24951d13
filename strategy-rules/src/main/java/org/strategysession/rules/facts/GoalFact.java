package org.strategysession.rules.facts;

/** A goal of a plan. Null stands for an absent value. */
public record GoalFact(String id, String department, String title, String owner, int kpiCount, String path) {
  /** The id with the {@code title}, for messages. */
  public Label label() {
    return new Label(id, title);
  }
}
