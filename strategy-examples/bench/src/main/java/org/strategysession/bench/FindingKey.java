package org.strategysession.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.strategysession.rules.CheckReport;
import org.strategysession.rules.Finding;

/**
 * What the baseline and the engine must agree on for each finding: the rule, the subject, the
 * department and the JSON Pointer (the last two null where there is none).
 *
 * @param rule the rule id; not null
 * @param subject the subject id; not null
 * @param department the department id, or null
 * @param path the JSON Pointer, or null
 */
public record FindingKey(String rule, String subject, String department, String path)
    implements Comparable<FindingKey> {
  private static final Comparator<FindingKey> ORDER =
      Comparator.comparing(FindingKey::rule)
          .thenComparing(FindingKey::subject)
          .thenComparing(FindingKey::department, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(FindingKey::path, Comparator.nullsFirst(Comparator.naturalOrder()));

  /** Checks that rule and subject are not null. */
  public FindingKey {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(subject, "subject");
  }

  /** The key of an engine finding. */
  public static FindingKey of(Finding f) {
    return new FindingKey(f.rule(), f.subject(), f.department().orElse(null),
        f.path().orElse(null));
  }

  /** The keys of a report's findings, sorted. */
  public static List<FindingKey> of(CheckReport report) {
    return sorted(report.findings().stream().map(FindingKey::of).toList());
  }

  /** A sorted copy. */
  public static List<FindingKey> sorted(List<FindingKey> keys) {
    return keys.stream().sorted().toList();
  }

  @Override
  public int compareTo(FindingKey o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return rule + " " + subject + " [" + department + "] " + path;
  }
}
