package org.strategysession.rules.facts;

/** What a reference must name. */
public enum RefKind {
  PERSON, DEPARTMENT, KPI, GOAL, TASK, INITIATIVE,
  /** A goal, task or initiative (a remark's {@code addressedBy}). */
  ADDRESSABLE
}
