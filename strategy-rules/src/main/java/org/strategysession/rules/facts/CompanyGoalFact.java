package org.strategysession.rules.facts;

/** Format 1.1: a company goal. Null stands for an absent value. */
public record CompanyGoalFact(String id, String title, String owner, int kpiCount, String path) {
  /** The id with the {@code title}, for messages. */
  public Label label() {
    return new Label(id, title);
  }
}
