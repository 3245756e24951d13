package org.strategysession.rules;

/** The concern a rule belongs to; one DRL file per group. */
public enum RuleGroup {
  INTEGRITY("integrity"),
  PREPARATION("preparation"),
  PLAN("plan"),
  SALES("sales"),
  CROSS_DEPARTMENT("cross-department"),
  SESSION("session"),
  INITIATIVES("initiatives"),
  FOLLOW_UP("follow-up"),
  REVISION("revision"),
  /** Format 1.1: company goals, alignment and priorities. */
  ALIGNMENT("alignment"),
  /** Format 1.1: the year after the session, as of a date. */
  YEAR_IN_ACTION("year-in-action"),
  /**
   * Findings from outside the standard DRL files: the rules an embedder added with its own
   * DRL, and {@link RuleCatalog#RULE_FAILED}, which the checker reports for a fault inside any
   * rule.
   */
  CUSTOM("custom");

  private final String fileName;

  RuleGroup(String fileName) {
    this.fileName = fileName;
  }

  /** The DRL file name of the group, without extension. */
  public String fileName() {
    return fileName;
  }
}
