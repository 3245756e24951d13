package org.strategysession.cli;

import java.util.Locale;
import org.strategysession.rules.Severity;

/** The lowest severity that makes the exit code 1 ({@code --fail-on}). */
enum FailOn {
  ERROR(Severity.ERROR),
  WARNING(Severity.WARNING),
  INFO(Severity.INFO),
  /** No finding fails the run: only an unreadable file or a wrong command line does. */
  NEVER(null);

  private final Severity severity;

  FailOn(Severity severity) {
    this.severity = severity;
  }

  /** Whether a finding of this severity fails the run. */
  boolean fails(Severity found) {
    return severity != null && found.atLeast(severity);
  }

  /** As written on the command line. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
