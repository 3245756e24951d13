package org.strategysession.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The findings of one check, in the report order of {@link Finding#REPORT_ORDER}, with counts
 * by severity. Immutable and thread-safe.
 */
public final class CheckReport {
  private final List<Finding> findings;

  /** @param findings the findings in any order; not null, no null elements */
  public CheckReport(List<Finding> findings) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.forEach(Objects::requireNonNull);
    sorted.sort(Finding.REPORT_ORDER);
    this.findings = Collections.unmodifiableList(sorted);
  }

  /** All findings, in report order; unmodifiable. */
  public List<Finding> findings() {
    return findings;
  }

  public boolean isEmpty() {
    return findings.isEmpty();
  }

  /** The number of findings of exactly this severity. */
  public int count(Severity severity) {
    int n = 0;
    for (Finding f : findings) {
      if (f.severity() == severity) {
        n++;
      }
    }
    return n;
  }

  public int errors() {
    return count(Severity.ERROR);
  }

  public int warnings() {
    return count(Severity.WARNING);
  }

  public int infos() {
    return count(Severity.INFO);
  }

  /** Whether some finding is at least as severe as {@code severity}. */
  public boolean hasAtLeast(Severity severity) {
    return findings.stream().anyMatch(f -> f.severity().atLeast(severity));
  }

  /** The findings of one department (by id), in report order. */
  public CheckReport forDepartment(String department) {
    Objects.requireNonNull(department, "department");
    return new CheckReport(
        findings.stream().filter(f -> f.department().filter(department::equals).isPresent())
            .toList());
  }

  /** The findings at least as severe as {@code severity}, in report order. */
  public CheckReport atLeast(Severity severity) {
    return new CheckReport(findings.stream().filter(f -> f.severity().atLeast(severity)).toList());
  }

  /** The findings of one rule, in report order. */
  public CheckReport ofRule(String rule) {
    return new CheckReport(findings.stream().filter(f -> f.rule().equals(rule)).toList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CheckReport && ((CheckReport) o).findings.equals(findings);
  }

  @Override
  public int hashCode() {
    return findings.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Finding f : findings) {
      sb.append(f.severity()).append(' ').append(f.rule()).append(' ').append(f.subject())
          .append(": ").append(f.message()).append('\n');
    }
    return sb.append(errors()).append(" errors, ").append(warnings()).append(" warnings, ")
        .append(infos()).append(" infos").toString();
  }
}
