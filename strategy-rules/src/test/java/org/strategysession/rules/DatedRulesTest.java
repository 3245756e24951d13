package org.strategysession.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.PlanningCalendar;
import org.strategysession.model.Task;
import org.strategysession.rules.facts.KpiHealthFact;

/**
 * A check without an as-of date leaves out the rules that need one ({@link
 * StandardRuleBase#DATED}); the list must be exactly the rules that match a fact only a dated
 * check has or read the {@code calendar} global, which only a dated check sets. Likewise a check of one document leaves out those that compare with an earlier
 * version ({@link StandardRuleBase#COMPARING}).
 */
class DatedRulesTest {
  private static final Set<Class<?>> ONLY_DATED = Set.of(PlanningCalendar.class,
      KpiHealthFact.class);
  /** The global only a dated check sets. */
  private static final String CALENDAR = "calendar";
  private static final Set<Class<?>> ONLY_IN_REVISIONS = Set.of(
      org.strategysession.rules.facts.EarlierDocumentFact.class,
      org.strategysession.rules.facts.EarlierKpiFact.class,
      org.strategysession.rules.facts.EarlierGoalFact.class);

  @Test
  void the_dated_rules_are_exactly_those_that_match_a_fact_or_read_a_global_only_a_dated_check_has() {
    KieBase base = StandardRuleBase.build(Set.of());
    Set<String> dated = new TreeSet<>();
    Set<String> readers = new TreeSet<>();
    Set<String> all = new TreeSet<>();
    for (KiePackage p : base.getKiePackages()) {
      for (Rule r : p.getRules()) {
        all.add(r.getName());
        RuleConditionElement lhs = ((RuleImpl) r).getLhs();
        if (reads(lhs, CALENDAR)) {
          readers.add(r.getName());
        }
        if (matches(lhs, ONLY_DATED) || reads(lhs, CALENDAR)) {
          dated.add(r.getName());
        }
      }
    }
    assertThat(dated).isEqualTo(new TreeSet<>(StandardRuleBase.DATED));
    // the walk sees the global where a constraint or a `from` reads it
    assertThat(readers).contains("TASK_OVERDUE", "ACTUAL_IN_FUTURE", "REVISION_OVERDUE");
    // negative control: a rule that reads other globals only is not taken for a reader
    assertThat(all.stream().filter(r -> reads(ruleLhs(base, r), "options")))
        .contains("TOO_MANY_GOALS");
    assertThat(readers).doesNotContain("TOO_MANY_GOALS", "TASK_DONE_LATE");
    // negative control: the walk sees the patterns of every rule
    assertThat(all).hasSize(RuleCatalog.rules().size());
    assertThat(all.stream().filter(r -> matches(ruleLhs(base, r), Set.of(
        org.strategysession.rules.facts.DocumentFact.class)))).contains("TASK_NOT_TRANSFERRED");
  }

  @Test
  void the_comparing_rules_are_exactly_those_that_match_a_fact_only_a_revision_check_has() {
    KieBase base = StandardRuleBase.build(Set.of());
    Set<String> comparing = new TreeSet<>();
    for (KiePackage p : base.getKiePackages()) {
      for (Rule r : p.getRules()) {
        if (matches(((RuleImpl) r).getLhs(), ONLY_IN_REVISIONS)) {
          comparing.add(r.getName());
        }
      }
    }
    assertThat(comparing).isEqualTo(new TreeSet<>(StandardRuleBase.COMPARING));
    // negative control: REVISION_OVERDUE is of the revision group but needs no earlier version
    assertThat(comparing).doesNotContain("REVISION_OVERDUE");
  }

  @Test
  void a_check_with_a_date_runs_the_dated_rules_and_one_without_does_not() {
    PlanDocument doc = PlanDocument.builder().company("Acme").planningYear(2027)
        .addPlans(DepartmentPlan.builder().department("sales")
            .addTasks(Task.builder().id("sales.t1").addMonths(1).build()).build())
        .build();
    PlanChecker checker = PlanChecker.builder().enableOnly(List.of("TASK_OVERDUE")).build();
    assertThat(checker.check(doc, LocalDate.of(2027, 12, 31)).findings())
        .extracting(Finding::rule).containsExactly("TASK_OVERDUE");
    assertThat(checker.check(doc).findings()).isEmpty();
    // and the same checker, dated again after an undated check, still runs it
    assertThat(checker.check(doc, LocalDate.of(2027, 12, 31)).findings()).hasSize(1);
  }

  private static RuleConditionElement ruleLhs(KieBase base, String name) {
    for (KiePackage p : base.getKiePackages()) {
      for (Rule r : p.getRules()) {
        if (r.getName().equals(name)) {
          return ((RuleImpl) r).getLhs();
        }
      }
    }
    throw new AssertionError(name);
  }

  /** Whether a constraint or a {@code from} source of the element reads the global. */
  private static boolean reads(RuleConditionElement e, String global) {
    if (e instanceof Pattern p) {
      for (org.drools.base.rule.constraint.Constraint c : p.getConstraints()) {
        if (readsIn(c.getRequiredDeclarations(), global)) {
          return true;
        }
      }
      if (p.getSource() instanceof org.drools.base.rule.From f
          && readsIn(f.getDataProvider().getRequiredDeclarations(), global)) {
        return true;
      }
    }
    for (RuleConditionElement nested : e.getNestedElements()) {
      if (reads(nested, global)) {
        return true;
      }
    }
    return false;
  }

  private static boolean readsIn(org.drools.base.rule.Declaration[] declarations, String global) {
    for (org.drools.base.rule.Declaration d : declarations) {
      if (d.isGlobal() && d.getIdentifier().equals(global)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(RuleConditionElement e, Set<Class<?>> types) {
    if (e instanceof Pattern p && p.getObjectType() instanceof ClassObjectType c
        && types.contains(c.getClassType())) {
      return true;
    }
    for (RuleConditionElement nested : e.getNestedElements()) {
      if (matches(nested, types)) {
        return true;
      }
    }
    return false;
  }
}
