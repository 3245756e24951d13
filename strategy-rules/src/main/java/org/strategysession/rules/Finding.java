package org.strategysession.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem the checker found: which rule, how severe, about which element (the subject),
 * in which department, where in the input (a JSON Pointer), the message in the checker's
 * language, and the message arguments for products that render their own text.
 * Immutable and thread-safe.
 */
@Value.Immutable
public interface Finding {
  /** The rule id, e.g. {@code GOAL_WITHOUT_TASKS}. */
  @Value.Parameter
  String rule();

  @Value.Parameter
  Severity severity();

  /** The id the finding is about; {@code document} or {@code session} for those blocks. */
  @Value.Parameter
  String subject();

  /** The department the finding belongs to, where there is one. */
  @Value.Parameter
  Optional<String> department();

  /** JSON Pointer (RFC 6901) into the checked document, where there is one. */
  @Value.Parameter
  Optional<String> path();

  /** The message in the checker's locale. */
  @Value.Parameter
  String message();

  /**
   * The message arguments in template order: {@link org.strategysession.rules.facts.Label}s
   * for named elements, {@link Count}s for numbers of things (the number is {@link
   * Count#n()}), other numbers ({@link java.math.BigDecimal}, {@link Integer}), dates,
   * strings, and {@link Messages#NONE} for an absent value.
   */
  @Value.Parameter
  List<Object> arguments();

  /**
   * The report order of {@code CLI.md}: department (findings without one first, then by id),
   * severity (errors first), rule id, subject; then path and message so that the order is
   * total.
   */
  Comparator<Finding> REPORT_ORDER =
      Comparator.comparing((Finding f) -> f.department().orElse(""))
          .thenComparing(CheckReport::compareInDepartment);

  static ImmutableFinding.Builder builder() {
    return ImmutableFinding.builder();
  }
}
