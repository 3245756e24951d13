package org.strategysession.rules.facts;

/** What a reference must name. */
public enum RefKind {
  PERSON, DEPARTMENT, KPI, GOAL, TASK, INITIATIVE,
  /** A goal, task or initiative (a remark's {@code addressedBy}). */
  ADDRESSABLE,
  /** A company goal (a goal's {@code serves}; format 1.1). */
  COMPANY_GOAL
}
