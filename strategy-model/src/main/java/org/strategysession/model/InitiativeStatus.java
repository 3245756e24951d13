package org.strategysession.model;

/** An initiative's status; absent means {@link #PROPOSED}. */
public enum InitiativeStatus {
  PROPOSED, UNDER_ANALYSIS, ACCEPTED, REJECTED, DEFERRED
}
