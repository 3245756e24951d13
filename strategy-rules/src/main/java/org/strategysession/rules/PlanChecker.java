package org.strategysession.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.StatelessKieSession;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.PlanningCalendar;

/**
 * Checks plan documents against the rule catalog ({@link RuleCatalog}) and, optionally, an
 * embedder's own DRL.
 *
 * <p>Build one checker at start-up and share it: it is immutable and thread-safe, holds the
 * rule bases, and runs each check in fresh stateless sessions: one for the standard rules (for
 * a document of {@value #SEPARATE_FROM} facts or more, one for each part of them that shares no
 * type of fact with the others, in turn: {@link StandardRuleBase#buildSeparate}) and one for
 * the embedder's DRL. The standard rules are compiled when the library is built; building a
 * checker only assembles them (and compiles the embedder's DRL, if any, reporting DRL errors
 * then).
 *
 * <p>A check never throws for a document the reader accepted. A fault inside a rule (a bug in
 * an embedder's DRL, say) is reported as an {@code ERROR} finding of rule {@value
 * #RULE_FAILED} whose subject is the failing rule, so it is never mistaken for "no findings".
 * Arguments are never null ({@link NullPointerException} otherwise).
 */
public final class PlanChecker {
  /**
   * The rule id of the finding that reports a fault inside a rule; its message is {@link
   * RuleCatalog#RULE_FAILED}.
   */
  public static final String RULE_FAILED = "RULE_FAILED";

  /**
   * The standard rules for each kind of check, by {@link #kind}: with or without an as-of date,
   * of a revision against its earlier version or of one document. Without a date the rules that
   * need one ({@link StandardRuleBase#DATED}) could never fire, and without an earlier version
   * those that compare with it ({@link StandardRuleBase#COMPARING}) could not either: each is
   * left out, so that the engine keeps no memory for them (their joins would hold every KPI and
   * goal of the document) and the facts only they match are not made.
   */
  private final Standard[] standard = new Standard[4];
  /** The embedder's DRL, with the facts it can match and its globals; null without any. */
  private final Assembled custom;
  private final CheckOptions options;
  private final Locale locale;
  private final Set<String> disabled;
  private final Map<String, Severity> severities;
  /** {@link #SEPARATE_FROM}, or what a test sets. */
  private final int separateFrom;

  private PlanChecker(Builder b) {
    this.options = b.options;
    this.locale = b.locale;
    this.disabled = Collections.unmodifiableSet(new LinkedHashSet<>(b.disabled));
    this.severities = Collections.unmodifiableMap(new LinkedHashMap<>(b.severities));
    this.separateFrom = b.separateFrom;
    // the compiled rules are loaded now, so that a class path without them fails here; each
    // standard rule base is assembled from them when a check first needs it
    StandardRuleBase.models();
    for (int kind = 0; kind < standard.length; kind++) {
      Set<String> off = new LinkedHashSet<>(disabled);
      if ((kind & DATED) == 0) {
        off.addAll(StandardRuleBase.DATED);
      }
      if ((kind & REVISION) == 0) {
        off.addAll(StandardRuleBase.COMPARING);
      }
      standard[kind] = new Standard(off);
    }
    // An embedder's DRL may declare neither global; the rule bases never change, so ask once.
    this.custom = b.sources.isEmpty() ? null
        : Assembled.of(CustomRuleBase.compile(b.sources));
  }

  /** A bit of {@link #kind}: the check has an as-of date. */
  private static final int DATED = 1;
  /** A bit of {@link #kind}: the check compares a revision with its earlier version. */
  private static final int REVISION = 2;

  /** The index into {@link #standard} of a check with this date and earlier version. */
  private static int kind(LocalDate asOf, PlanDocument earlier) {
    return (asOf == null ? 0 : DATED) | (earlier == null ? 0 : REVISION);
  }

  /**
   * The facts from which a check runs the standard rules as rule bases that share no type of
   * fact ({@link StandardRuleBase#buildSeparate}), one session each, instead of one session of
   * them all. A document this large keeps enough of the engine's memory live through a check
   * for the split to shorten the collector's pauses (docs/decisions.md, "Engine speed"); a
   * smaller one gains nothing from it, and a process that checks only such documents (the
   * command line on a plan) never assembles the separate bases.
   */
  static final int SEPARATE_FROM = 20_000;

  /** The standard rules with what a check needs of them, each form assembled on first use. */
  private static final class Standard {
    private final Set<String> disabled;
    private volatile Assembled whole;
    private volatile List<Assembled> separate;

    Standard(Set<String> disabled) {
      this.disabled = Set.copyOf(disabled);
    }

    /** All the standard rules in one rule base. */
    Assembled whole() {
      Assembled a = whole;
      if (a == null) {
        synchronized (this) {
          a = whole;
          if (a == null) {
            a = Assembled.of(StandardRuleBase.build(disabled));
            whole = a;
          }
        }
      }
      return a;
    }

    /** The rule bases that share no type of fact ({@link StandardRuleBase#buildSeparate}). */
    List<Assembled> separate() {
      List<Assembled> a = separate;
      if (a == null) {
        synchronized (this) {
          a = separate;
          if (a == null) {
            List<Assembled> parts = new ArrayList<>();
            for (KieBase base : StandardRuleBase.buildSeparate(disabled)) {
              parts.add(Assembled.of(base));
            }
            a = List.copyOf(parts);
            separate = a;
          }
        }
      }
      return a;
    }
  }

  /** A rule base, the facts it can match and the globals it declares. */
  private record Assembled(KieBase base, FactFilter facts, Set<String> globals) {
    static Assembled of(KieBase base) {
      return new Assembled(base, FactFilter.of(base), PlanChecker.globals(base));
    }
  }

  /** One session of a check: a rule base and the facts it is given. */
  private record Batch(Assembled part, List<Object> facts) {}

  /** A checker with the defaults of {@code RULES.md}, English messages, every rule on. */
  public static PlanChecker standard() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The number of facts the checker makes of this document when every fact type is wanted: one
   * per element, need, support, key task, distinct id and the like, exactly as it flattens the
   * document (without an as-of date or an earlier version). A check inserts those of them its
   * rules can match ({@link #engineFactCounts}): the standard catalog none of {@code
   * GoalKpiFact}, {@code ServesFact} and {@code TrackerRefFact}, and only some of {@code IdFact},
   * {@code ReportSectionFact} and {@code KeyTaskDoneFact}. A measure of a document's size for
   * the engine, for benchmarks and capacity planning. Thread-safe.
   *
   * @param document the document; not null ({@link NullPointerException} otherwise)
   * @return the number of facts, at least 5 (the document and its four quarters)
   */
  public static int factCount(PlanDocument document) {
    return Facts.of(Objects.requireNonNull(document, "document"), null, CheckOptions.defaults())
        .size();
  }

  /**
   * {@link #factCount(PlanDocument)} by fact type: the simple name of each type of the {@code
   * facts} package with the number of its facts, in the order of the names. Where a check's
   * time goes depends on these counts (see BENCHMARKS.md's profile). Thread-safe.
   *
   * @param document the document; not null ({@link NullPointerException} otherwise)
   * @return a new map, sorted by type name; only types with at least one fact
   */
  public static SortedMap<String, Integer> factCountsByType(PlanDocument document) {
    SortedMap<String, Integer> out = new TreeMap<>();
    for (Object fact : Facts.of(Objects.requireNonNull(document, "document"), null,
        CheckOptions.defaults())) {
      out.merge(fact.getClass().getSimpleName(), 1, Integer::sum);
    }
    return out;
  }

  /** The options in force. */
  public CheckOptions options() {
    return options;
  }

  /** The message locale. */
  public Locale locale() {
    return locale;
  }

  /** The switched-off rule ids. */
  public Set<String> disabledRules() {
    return disabled;
  }

  /** Checks one document; rules that depend on the date of the check do not run. */
  public CheckReport check(PlanDocument document) {
    return run(Objects.requireNonNull(document, "document"), null, null);
  }

  /** Checks one document as of a date (time-dependent rules use it). */
  public CheckReport check(PlanDocument document, LocalDate asOf) {
    return run(Objects.requireNonNull(document, "document"), null,
        Objects.requireNonNull(asOf, "asOf"));
  }

  /**
   * Checks a quarterly revision against the version it revises: the revision rules and all
   * single-document rules of the revised document.
   */
  public CheckReport checkRevision(PlanDocument earlier, PlanDocument revised) {
    return run(Objects.requireNonNull(revised, "revised"),
        Objects.requireNonNull(earlier, "earlier"), null);
  }

  /** {@link #checkRevision(PlanDocument, PlanDocument)} as of a date. */
  public CheckReport checkRevision(PlanDocument earlier, PlanDocument revised, LocalDate asOf) {
    return run(Objects.requireNonNull(revised, "revised"),
        Objects.requireNonNull(earlier, "earlier"), Objects.requireNonNull(asOf, "asOf"));
  }

  /**
   * The facts a check of this document without a date gives the engine, by type: those of the
   * types its rules (standard and the embedder's) can match, and of the types the standard rules
   * match only some facts of, only those, unless the embedder's rules match the type (see the
   * {@code facts} package). A fact given to both the standard rules and the embedder's counts
   * twice, as it is inserted twice. Compare {@link #factCountsByType}, every fact the flattening
   * can make. For benchmarks and capacity planning; thread-safe.
   *
   * @param document the document; not null ({@link NullPointerException} otherwise)
   * @return a new map, sorted by simple type name; only types with at least one fact
   */
  public SortedMap<String, Integer> engineFactCounts(PlanDocument document) {
    Objects.requireNonNull(document, "document");
    Assembled whole = standard[kind(null, null)].whole();
    List<Object> facts = facts(document, null, null, whole);
    SortedMap<String, Integer> out = new TreeMap<>();
    // the standard rule bases that run separately share no type: the whole one's facts are theirs
    List<List<Object>> given = new ArrayList<>(List.of(whole.facts().filter(facts)));
    if (custom != null) {
      given.add(custom.facts().filter(facts));
    }
    for (List<Object> list : given) {
      for (Object fact : list) {
        out.merge(fact.getClass().getSimpleName(), 1, Integer::sum);
      }
    }
    return out;
  }

  /** The facts of a check, before each rule base takes those it can match. */
  private List<Object> facts(PlanDocument document, PlanDocument earlier, LocalDate asOf,
      Assembled whole) {
    // of the types the standard rules match only some facts of (the ids at fault, the empty
    // report sections…: Facts.of), every fact only where an embedder's rules match the type
    List<Object> facts = Facts.of(document, asOf, options, type ->
        whole.facts().admits(type) || (custom != null && custom.facts().admits(type)),
        type -> custom != null && custom.facts().admits(type));
    if (earlier != null) {
      facts.addAll(Facts.earlier(earlier));
    }
    return facts;
  }

  private CheckReport run(PlanDocument document, PlanDocument earlier, LocalDate asOf) {
    Standard rules = standard[kind(asOf, earlier)];
    Assembled whole = rules.whole();
    List<Object> facts = facts(document, earlier, asOf, whole);
    List<Assembled> standard = facts.size() < separateFrom ? List.of(whole) : rules.separate();
    // Each session's facts are chosen before any session runs, and the whole list is let go:
    // once a session ends, the facts only it was given are garbage too.
    List<Batch> batches = new ArrayList<>();
    for (Assembled part : standard) {
      batches.add(new Batch(part, part.facts().filter(facts)));
    }
    if (custom != null) {
      batches.add(new Batch(custom, custom.facts().filter(facts)));
    }
    facts = null;
    // one session per rule base, in turn, the fewest facts first: only one base's memory is
    // live at a time, and the largest runs when the others' facts are gone
    batches.sort(Comparator.comparingInt(b -> b.facts().size()));
    Reporter reporter = new Reporter();
    // the dated rules read the calendar from a global, as they read the options
    PlanningCalendar calendar = Facts.calendar(document, asOf, options);
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < batches.size(); i++) {
      Batch b = batches.set(i, null);
      execute(b.part(), b.facts(), reporter, calendar, findings);
    }
    StringBuilder scratch = new StringBuilder(256);
    for (Reporter.Raw raw : reporter.raw()) {
      if (!disabled.contains(raw.rule())) {
        findings.add(finding(raw, scratch));
      }
    }
    return new CheckReport(findings);
  }

  private void execute(Assembled part, Collection<Object> facts, Reporter reporter,
      PlanningCalendar calendar, List<Finding> faults) {
    StatelessKieSession session = part.base().newStatelessKieSession();
    if (part.globals().contains("reporter")) {
      session.setGlobal("reporter", reporter);
    }
    if (part.globals().contains("options")) {
      session.setGlobal("options", options);
    }
    if (calendar != null && part.globals().contains("calendar")) {
      session.setGlobal("calendar", calendar);
    }
    try {
      session.execute(facts);
    } catch (RuntimeException e) {
      faults.add(fault(e));
    }
  }

  private static Set<String> globals(KieBase base) {
    Set<String> out = new LinkedHashSet<>();
    for (KiePackage p : base.getKiePackages()) {
      p.getGlobalVariables().forEach(g -> out.add(g.getName()));
    }
    return out;
  }

  private Finding fault(RuntimeException e) {
    String rule = "unknown";
    Throwable cause = e;
    if (e instanceof org.kie.api.runtime.rule.ConsequenceException) {
      rule = ((org.kie.api.runtime.rule.ConsequenceException) e).getMatch().getRule().getName();
      cause = e.getCause() == null ? e : e.getCause();
    }
    String detail = cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    List<Object> arguments = RuleCatalog.RULE_FAILED.with(rule, detail).arguments();
    return Finding.builder()
        .rule(RULE_FAILED)
        .severity(RuleCatalog.RULE_FAILED.rule().defaultSeverity())
        .subject(rule)
        .message(Messages.render(RuleCatalog.RULE_FAILED.template(locale), arguments, locale))
        .arguments(arguments)
        .build();
  }

  /** The finding of a reported match; {@code scratch} is the builder its message is written in. */
  private Finding finding(Reporter.Raw raw, StringBuilder scratch) {
    String message = raw.message() == null
        ? raw.literal()
        : Messages.render(raw.message().template(locale), raw.arguments(), locale, scratch);
    // made at once, not through a builder: a check makes thousands
    return ImmutableFinding.of(raw.rule(), severities.getOrDefault(raw.rule(), raw.severity()),
        raw.subject(), java.util.Optional.ofNullable(raw.department()),
        java.util.Optional.ofNullable(raw.path()), message, raw.arguments());
  }

  /** Builds a {@link PlanChecker}; not thread-safe, use from one thread. */
  public static final class Builder {
    private CheckOptions options = CheckOptions.defaults();
    private Locale locale = Locale.ENGLISH;
    private final Set<String> disabled = new LinkedHashSet<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private final List<RuleSource> sources = new ArrayList<>();
    private int separateFrom = SEPARATE_FROM;

    private Builder() {}

    /**
     * The number of facts from which a check runs the separate rule bases ({@link
     * #SEPARATE_FROM}); for tests, which check small documents both ways.
     */
    Builder separateFrom(int facts) {
      this.separateFrom = facts;
      return this;
    }

    /** The thresholds; default {@link CheckOptions#defaults()}. */
    public Builder options(CheckOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /** The message language: {@code ru} gives Russian, anything else English (the default). */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /** Switches rules off by id (catalog or custom ids); unknown ids are ignored. */
    public Builder disable(String... rules) {
      for (String r : rules) {
        disabled.add(Objects.requireNonNull(r, "rule"));
      }
      return this;
    }

    /** Switches rules off by id. */
    public Builder disable(Collection<String> rules) {
      return disable(rules.toArray(String[]::new));
    }

    /** Keeps only these catalog rules on (plus any custom rules). */
    public Builder enableOnly(Collection<String> rules) {
      for (RuleInfo r : RuleCatalog.rules()) {
        if (!rules.contains(r.id())) {
          disabled.add(r.id());
        }
      }
      return this;
    }

    /** Reports a rule's findings with another severity. */
    public Builder severity(String rule, Severity severity) {
      severities.put(Objects.requireNonNull(rule, "rule"),
          Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /**
     * Adds an embedder's own DRL, compiled when {@link #build()} runs; needs
     * {@code org.drools:drools-model-codegen} on the class path. The DRL may declare the globals
     * the standard rules use, and a check sets them: {@code Reporter reporter} (where findings
     * go), {@code CheckOptions options} (the checker's options) and {@code PlanningCalendar
     * calendar} (the check's calendar, set only in a check with an as-of date; a rule that
     * matches the {@code PlanningCalendar} fact instead simply does not fire without one).
     */
    public Builder addRules(RuleSource source) {
      sources.add(Objects.requireNonNull(source, "source"));
      return this;
    }

    /**
     * The checker.
     *
     * @throws RuleCompilationException if added DRL does not compile
     */
    public PlanChecker build() {
      return new PlanChecker(this);
    }
  }
}
