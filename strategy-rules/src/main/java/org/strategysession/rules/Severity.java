package org.strategysession.rules;

/** How much a finding matters, from the most to the least severe. */
public enum Severity {
  /** The plan cannot be executed as written. */
  ERROR,
  /** The plan departs from the practice in a way that usually hurts. */
  WARNING,
  /** Worth a look. */
  INFO;

  /** Whether this severity is at least as severe as {@code other}. */
  public boolean atLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }
}
