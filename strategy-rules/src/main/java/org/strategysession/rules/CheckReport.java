package org.strategysession.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The findings of one check, in the report order of {@link Finding#REPORT_ORDER}, with counts
 * by severity. Immutable and thread-safe.
 */
public final class CheckReport {
  private final List<Finding> findings;

  /** @param findings the findings in any order; not null, no null elements */
  public CheckReport(List<Finding> findings) {
    this.findings = Collections.unmodifiableList(sorted(findings));
  }

  /**
   * The findings stably sorted by {@link Finding#REPORT_ORDER}: grouped by department first,
   * then each (small) group sorted by the rest of the order, so that a report of 10⁴ findings
   * spends its comparisons inside departments and none on unwrapping the department.
   */
  private static List<Finding> sorted(List<Finding> findings) {
    Map<String, List<Finding>> byDepartment = new HashMap<>();
    for (Finding f : findings) {
      Objects.requireNonNull(f);
      byDepartment.computeIfAbsent(f.department().orElse(""), d -> new ArrayList<>()).add(f);
    }
    List<String> departments = new ArrayList<>(byDepartment.keySet());
    Collections.sort(departments);
    List<Finding> out = new ArrayList<>(findings.size());
    for (String d : departments) {
      List<Finding> group = byDepartment.get(d);
      group.sort(CheckReport::compareInDepartment);
      out.addAll(group);
    }
    return out;
  }

  /**
   * The report order after the department ({@link Finding#REPORT_ORDER} is the department, then
   * this): severity (errors first), rule id, subject, path, message.
   */
  static int compareInDepartment(Finding a, Finding b) {
    int c = a.severity().compareTo(b.severity());
    if (c == 0) {
      c = a.rule().compareTo(b.rule());
    }
    if (c == 0) {
      c = a.subject().compareTo(b.subject());
    }
    if (c == 0) {
      c = a.path().orElse("").compareTo(b.path().orElse(""));
    }
    return c != 0 ? c : a.message().compareTo(b.message());
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
