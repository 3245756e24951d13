package org.strategysession.model;

/** The kind of a remark recorded during the session. */
public enum RemarkKind {
  SYSTEMIC_PROBLEM, OBSTACLE, OPPORTUNITY, PROPOSAL, NOTE
}
