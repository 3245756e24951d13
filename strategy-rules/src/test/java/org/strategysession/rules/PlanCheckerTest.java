package org.strategysession.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.Goal;
import org.strategysession.model.Person;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.Task;
import org.strategysession.rules.testing.ReportAssert;
import org.strategysession.rules.testing.RuleVerifier;

/** The checker's options, severity overrides, switched-off rules and an embedder's own DRL. */
class PlanCheckerTest {
  private static final PlanDocument DOC = RuleVerifier.document(
      Department.of("sales", "Sales", DepartmentKind.SALES, "petrov"),
      Person.builder().id("petrov").department("sales").build(),
      DepartmentPlan.builder().department("sales")
          .addGoals(Goal.builder().id("sales.g1").owner("ghost").build())
          .addTasks(Task.builder().id("sales.t1").owner("petrov").goal("sales.g1").build())
          .build());

  private static final String CUSTOM_DRL = String.join("\n",
      "package acme.rules;",
      "import org.strategysession.rules.facts.*;",
      "import org.strategysession.rules.Severity;",
      "global org.strategysession.rules.Reporter reporter;",
      "rule \"ACME_TASK_TITLE\"",
      "when",
      "  $t: TaskFact(title == null)",
      "then",
      "  reporter.report(\"ACME_TASK_TITLE\", Severity.INFO, $t.id(), $t.department(), $t.path(),",
      "      \"Task \" + $t.id() + \" has no title\");",
      "end",
      "");

  @Test
  void severity_override_and_disable_apply_to_catalog_rules() {
    CheckReport report = PlanChecker.builder()
        .enableOnly(List.of("UNKNOWN_REFERENCE", "DUPLICATE_ID"))
        .severity("UNKNOWN_REFERENCE", Severity.INFO)
        .build()
        .check(DOC);
    assertThat(report.findings()).extracting(Finding::rule, Finding::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("UNKNOWN_REFERENCE", Severity.INFO));
    assertThat(report.infos()).isEqualTo(1);
    assertThat(report.errors()).isZero();

    CheckReport off = PlanChecker.builder()
        .enableOnly(List.of("UNKNOWN_REFERENCE", "DUPLICATE_ID"))
        .disable("UNKNOWN_REFERENCE")
        .build()
        .check(DOC);
    assertThat(off.findings()).isEmpty();
  }

  @Test
  void embedder_drl_runs_beside_the_catalog_and_can_be_tested_with_the_verifier() {
    RuleVerifier.forRules(new RuleSource("acme.drl", CUSTOM_DRL), "UNKNOWN_REFERENCE")
        .given(DOC)
        .fires("ACME_TASK_TITLE").on("sales.t1", 1)
        .fires("UNKNOWN_REFERENCE").on("sales.g1", 1)
        .firesNothingElse();
    // negative control: a titled task
    PlanDocument titled = RuleVerifier.document(
        DepartmentPlan.builder().department("sales")
            .addTasks(Task.builder().id("sales.t1").title("Hire").build()).build());
    RuleVerifier.forRules(new RuleSource("acme.drl", CUSTOM_DRL)).given(titled).firesNothing();
  }

  @Test
  void embedder_drl_error_is_reported_when_the_checker_is_built_with_file_and_line() {
    String broken = CUSTOM_DRL.replace("$t: TaskFact(title == null)", "$t: TaskFact(title ==== null)");
    assertThatThrownBy(() -> PlanChecker.builder().addRules(new RuleSource("acme.drl", broken)).build())
        .isInstanceOf(RuleCompilationException.class)
        .hasMessageContaining("acme.drl:7");
  }

  @Test
  void a_fault_inside_a_rule_is_a_RULE_FAILED_finding_never_silence() {
    String throwing = CUSTOM_DRL.replace("reporter.report(", "if (true) throw new IllegalStateException(\"boom\"); reporter.report(");
    CheckReport report = PlanChecker.builder()
        .enableOnly(List.of())
        .addRules(new RuleSource("acme.drl", throwing))
        .build()
        .check(DOC);
    new ReportAssert(report).fires(PlanChecker.RULE_FAILED, "ACME_TASK_TITLE", 1).firesNothingElse();
    assertThat(report.findings().get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(report.findings().get(0).message()).contains("ACME_TASK_TITLE").contains("boom");
    // negative control: the same rule without the fault reports normally
    RuleVerifier.forRules(new RuleSource("acme.drl", CUSTOM_DRL)).given(DOC)
        .doesNotFire(PlanChecker.RULE_FAILED);
  }

  @Test
  void a_RULE_FAILED_finding_has_the_catalog_message_in_the_checkers_language() {
    String throwing = CUSTOM_DRL.replace("reporter.report(",
        "if (true) throw new IllegalStateException(\"boom\"); reporter.report(");
    for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"))) {
      Finding f = PlanChecker.builder().locale(locale).enableOnly(List.of())
          .addRules(new RuleSource("acme.drl", throwing)).build()
          .check(DOC).findings().get(0);
      assertThat(f.arguments())
          .containsExactly("ACME_TASK_TITLE", "IllegalStateException: boom");
      assertThat(f.message()).isEqualTo(locale == Locale.ENGLISH
          ? "Rule ACME_TASK_TITLE failed: IllegalStateException: boom"
          : "Сбой правила ACME_TASK_TITLE: IllegalStateException: boom");
    }
    // not a rule of the catalog: it is not listed and cannot be looked up
    assertThat(RuleCatalog.rule(PlanChecker.RULE_FAILED)).isEmpty();
    assertThat(RuleCatalog.RULE_FAILED.rule().id()).isEqualTo(PlanChecker.RULE_FAILED);
  }

  @Test
  void report_filters_and_counts() {
    CheckReport report = PlanChecker.builder().enableOnly(List.of("UNKNOWN_REFERENCE")).build()
        .check(DOC);
    assertThat(report.forDepartment("sales").findings()).hasSize(1);
    assertThat(report.forDepartment("hr").findings()).isEmpty();
    assertThat(report.atLeast(Severity.ERROR).findings()).hasSize(1);
    assertThat(report.hasAtLeast(Severity.ERROR)).isTrue();
    assertThat(report.ofRule("DUPLICATE_ID").isEmpty()).isTrue();
  }
}
