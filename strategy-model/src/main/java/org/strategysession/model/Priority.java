package org.strategysession.model;

/**
 * Format 1.1: a department goal's priority; absent means {@link #NORMAL}. {@link #LOW} marks
 * what can be postponed.
 */
public enum Priority {
  HIGH, NORMAL, LOW
}
