package org.strategysession.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.strategysession.rules.RuleMessage.MessageArgs;

/**
 * The global {@code reporter} through which rules report what they find. Standard rules
 * report catalog messages; an embedder's own DRL may use either form. One instance per check;
 * not thread-safe (a stateless session fires on one thread).
 */
public final class Reporter {
  /** A finding as a rule reported it, before severity overrides and message rendering. */
  record Raw(String rule, Severity severity, RuleMessage message, List<Object> arguments,
      String literal, String subject, String department, String path) {}

  private final List<Raw> raw = new ArrayList<>();

  Reporter() {}

  /**
   * Reports a finding of a catalog rule.
   *
   * @param message the rule's message with its arguments; not null
   * @param subject the id the finding is about; not null
   * @param department the department, or null
   * @param path the JSON Pointer of the offending element, or null
   */
  public void report(MessageArgs message, String subject, String department, String path) {
    RuleMessage m = message.message();
    raw.add(new Raw(m.rule().id(), m.rule().defaultSeverity(), m, message.arguments(), null,
        Objects.requireNonNull(subject, "subject"), department, path));
  }

  /**
   * Reports a finding of a rule outside the catalog (an embedder's own DRL), with its message
   * as given (no translation).
   *
   * @param rule the rule id; not null
   * @param severity the default severity; not null
   * @param subject the id the finding is about; not null
   * @param department the department, or null
   * @param path the JSON Pointer, or null
   * @param message the message text; not null
   */
  public void report(String rule, Severity severity, String subject, String department,
      String path, String message) {
    raw.add(new Raw(Objects.requireNonNull(rule, "rule"), Objects.requireNonNull(severity),
        null, List.of(), Objects.requireNonNull(message, "message"),
        Objects.requireNonNull(subject, "subject"), department, path));
  }

  List<Raw> raw() {
    return raw;
  }
}
