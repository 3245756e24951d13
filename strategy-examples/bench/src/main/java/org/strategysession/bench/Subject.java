package org.strategysession.bench;

import java.util.List;
import java.util.Locale;
import org.strategysession.model.PlanDocument;
import org.strategysession.rules.PlanChecker;
import org.strategysession.rules.RuleCatalog;
import org.strategysession.rules.RuleGroup;
import org.strategysession.rules.RuleInfo;

/**
 * What a benchmark checks with, by name: {@code baseline} (the hand-written six rules),
 * {@code six} (the engine restricted to those six), {@code catalog} (the engine with every
 * rule), or a {@link RuleGroup} name (the engine with only that group's rules; the revision
 * group checks the document as a revision of itself, the others as a single document), all as
 * of {@link PlanGenerator#AS_OF}, so that the rules of the year in action run too.
 * Thread-safe once built.
 */
final class Subject {
  private final String name;
  private final BaselineChecker baseline;
  private final PlanChecker engine;
  private final boolean revision;

  private Subject(String name, BaselineChecker baseline, PlanChecker engine, boolean revision) {
    this.name = name;
    this.baseline = baseline;
    this.engine = engine;
    this.revision = revision;
  }

  static Subject named(String name) {
    switch (name) {
      case "baseline":
        return new Subject(name, new BaselineChecker(), null, false);
      case "six":
        return new Subject(name, null,
            PlanChecker.builder().enableOnly(BaselineChecker.RULES).build(), false);
      case "catalog":
        return new Subject(name, null, PlanChecker.standard(), false);
      default:
        RuleGroup group = RuleGroup.valueOf(name.toUpperCase(Locale.ROOT));
        return new Subject(name, null, PlanChecker.builder().enableOnly(rulesOf(group)).build(),
            group == RuleGroup.REVISION);
    }
  }

  /** The catalog rule ids of one group. */
  static List<String> rulesOf(RuleGroup group) {
    return RuleCatalog.rules().stream().filter(r -> r.group() == group).map(RuleInfo::id)
        .toList();
  }

  /** Checks the document; returns the number of findings. */
  int check(PlanDocument doc) {
    if (baseline != null) {
      return baseline.check(doc).size();
    }
    return (revision ? engine.checkRevision(doc, doc, PlanGenerator.AS_OF)
        : engine.check(doc, PlanGenerator.AS_OF)).findings().size();
  }

  String name() {
    return name;
  }
}
