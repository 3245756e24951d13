package org.strategysession.rules;

import java.util.Locale;
import java.util.Objects;
import org.strategysession.model.Language;

/**
 * One rule of the catalog: its stable id (products store it), group, default severity and
 * title. Immutable and thread-safe.
 */
public final class RuleInfo {
  private final String id;
  private final RuleGroup group;
  private final Severity defaultSeverity;
  private final String titleEn;
  private final String titleRu;

  RuleInfo(String id, RuleGroup group, Severity defaultSeverity, String titleEn, String titleRu) {
    this.id = Objects.requireNonNull(id);
    this.group = Objects.requireNonNull(group);
    this.defaultSeverity = Objects.requireNonNull(defaultSeverity);
    this.titleEn = Objects.requireNonNull(titleEn);
    this.titleRu = Objects.requireNonNull(titleRu);
  }

  /** The stable id, e.g. {@code GOAL_WITHOUT_TASKS}; never null. */
  public String id() {
    return id;
  }

  public RuleGroup group() {
    return group;
  }

  /** The severity the rule reports with unless the checker overrides it. */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** The short title in Russian for {@code ru}, in English otherwise; never null. */
  public String title(Locale locale) {
    return Language.of(locale) == Language.RU ? titleRu : titleEn;
  }

  @Override
  public String toString() {
    return id;
  }
}
