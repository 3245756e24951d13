package org.strategysession.model;

/** A task's status; absent means {@link #PROPOSED}. */
public enum TaskStatus {
  PROPOSED, APPROVED, DROPPED
}
