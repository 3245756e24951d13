package org.strategysession.model;

/**
 * A task's status; absent means {@link #PROPOSED}. {@link #DONE} (format 1.1) is a finished
 * task: every rule that exempts {@link #DROPPED} tasks counts a done task like an approved
 * one.
 */
public enum TaskStatus {
  PROPOSED, APPROVED, DROPPED, DONE
}
