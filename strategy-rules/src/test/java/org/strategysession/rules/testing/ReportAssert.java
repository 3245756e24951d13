package org.strategysession.rules.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.strategysession.model.Language;
import org.strategysession.rules.CheckReport;
import org.strategysession.rules.Finding;

/**
 * AssertJ assertions on a {@link CheckReport}. Each failure shows every finding of the report.
 * Findings matched by {@link #fires(String, String)} are remembered, so that {@link
 * #firesNothingElse()} can assert that nothing else was reported. Not thread-safe.
 */
public final class ReportAssert extends AbstractAssert<ReportAssert, CheckReport> {
  private static final Language.Noun TIMES =
      new Language.Noun("time", "times", "раз", "раза", "раз");

  private final List<Finding> matched = new ArrayList<>();

  public ReportAssert(CheckReport actual) {
    super(actual, ReportAssert.class);
  }

  /** Entry point, AssertJ style. */
  public static ReportAssert assertThat(CheckReport report) {
    return new ReportAssert(report);
  }

  /** Starts an assertion that a rule fires; finish it with {@link Firing#on(String)}. */
  public Firing fires(String rule) {
    return new Firing(rule);
  }

  /** Asserts a finding of {@code rule} on {@code subject} (at least one). */
  public ReportAssert fires(String rule, String subject) {
    isNotNull();
    List<Finding> hits = find(rule, subject);
    if (hits.isEmpty()) {
      failWithMessage("Expected %s on %s, but found:%n%s", rule, subject, dump());
    }
    matched.addAll(hits);
    return this;
  }

  /** Asserts exactly {@code times} findings of {@code rule} on {@code subject}. */
  public ReportAssert fires(String rule, String subject, int times) {
    isNotNull();
    List<Finding> hits = find(rule, subject);
    if (hits.size() != times) {
      failWithMessage("Expected %s on %s %s, but it fired %s; found:%n%s",
          rule, subject, Language.EN.count(times, TIMES), Language.EN.count(hits.size(), TIMES),
          dump());
    }
    matched.addAll(hits);
    return this;
  }

  /** Asserts that no finding other than those matched so far was reported. */
  public ReportAssert firesNothingElse() {
    isNotNull();
    List<Finding> rest = new ArrayList<>(actual.findings());
    rest.removeAll(matched);
    if (!rest.isEmpty()) {
      failWithMessage("Expected nothing else, but also found:%n%s", dump(rest));
    }
    return this;
  }

  /** Asserts that the report is empty. */
  public ReportAssert firesNothing() {
    isNotNull();
    if (!actual.isEmpty()) {
      failWithMessage("Expected no findings, but found:%n%s", dump());
    }
    return this;
  }

  /** Asserts that {@code rule} reported nothing at all. */
  public ReportAssert doesNotFire(String rule) {
    isNotNull();
    List<Finding> hits =
        actual.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    if (!hits.isEmpty()) {
      failWithMessage("Expected %s not to fire, but found:%n%s", rule, dump(hits));
    }
    return this;
  }

  /** Asserts that {@code rule} reported nothing on {@code subject}. */
  public ReportAssert doesNotFire(String rule, String subject) {
    isNotNull();
    List<Finding> hits = find(rule, subject);
    if (!hits.isEmpty()) {
      failWithMessage("Expected %s not to fire on %s, but found:%n%s", rule, subject, dump(hits));
    }
    return this;
  }

  /** AssertJ-style alias of {@link #fires(String, String)}. */
  public ReportAssert hasFinding(String rule, String subject) {
    return fires(rule, subject);
  }

  /** AssertJ-style: every finding is of one of these rules. */
  public ReportAssert hasNoFindingOtherThan(String... rules) {
    isNotNull();
    List<String> allowed = List.of(rules);
    List<Finding> other =
        actual.findings().stream().filter(f -> !allowed.contains(f.rule())).toList();
    if (!other.isEmpty()) {
      failWithMessage("Expected findings of %s only, but found:%n%s", allowed, dump(other));
    }
    return this;
  }

  /** The findings of {@code rule} on {@code subject}, for further assertions. */
  public List<Finding> findings(String rule, String subject) {
    return find(rule, subject);
  }

  private List<Finding> find(String rule, String subject) {
    return actual.findings().stream()
        .filter(f -> f.rule().equals(rule) && f.subject().equals(subject))
        .toList();
  }

  private String dump() {
    return dump(actual.findings());
  }

  private static String dump(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "  (no findings)";
    }
    return findings.stream()
        .map(f -> "  " + f.severity() + " " + f.rule() + " on " + f.subject()
            + f.department().map(d -> " [" + d + "]").orElse("")
            + f.path().map(p -> " at " + p).orElse("") + ": " + f.message())
        .collect(Collectors.joining("\n"));
  }

  /** The second half of {@code fires(rule).on(subject)}. */
  public final class Firing {
    private final String rule;

    private Firing(String rule) {
      this.rule = rule;
    }

    /** Asserts the rule fired on this subject. */
    public ReportAssert on(String subject) {
      return fires(rule, subject);
    }

    /** Asserts the rule fired exactly {@code times} times on this subject. */
    public ReportAssert on(String subject, int times) {
      return fires(rule, subject, times);
    }
  }
}
