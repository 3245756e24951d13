package org.strategysession.rules.facts;

/** A goal of the earlier version (revision checks only). Null stands for an absent value. */
public record EarlierGoalFact(String id, String department, String title) {
  /** The id with the {@code title}, for messages. */
  public Label label() {
    return new Label(id, title);
  }
}
