package org.strategysession.rules.facts;

/**
 * Format 1.1: a company goal; {@code servingGoalCount} is the number of entries of department
 * goals' {@code serves} that name its id. Null stands for an absent value.
 */
public record CompanyGoalFact(String id, String title, String owner, int kpiCount,
    int servingGoalCount, String path) {
  /** The id with the {@code title}, for messages. */
  public Label label() {
    return new Label(id, title);
  }
}
