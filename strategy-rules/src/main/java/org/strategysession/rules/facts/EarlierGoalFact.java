package org.strategysession.rules.facts;

/**
 * A goal of the earlier version (revision checks only); {@code first} marks the first of the goals
 * of its id in its department (by their values). Null stands for an absent value.
 */
public record EarlierGoalFact(String id, String department, String title, boolean first) {
  /** The id with the {@code title}, for messages. */
  public Label label() {
    return new Label(id, title);
  }

  /** The same fact, marked first of its id in its department. */
  public EarlierGoalFact asFirst() {
    return new EarlierGoalFact(id, department, title, true);
  }
}
