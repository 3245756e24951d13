package org.strategysession.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.Goal;
import org.strategysession.model.Kpi;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.Revision;
import org.strategysession.rules.testing.ReportAssert;
import org.strategysession.rules.testing.RuleVerifier;

/** revision.drl: a quarterly revision checked against the version it revises. */
class RevisionRulesTest {
  private static final String[] REVISION_RULES = {
    "REVISION_NOT_COMPARABLE", "TARGET_CHANGED_RADICALLY", "GOALS_DROPPED_RADICALLY", "KPI_DROPPED"
  };

  private static final Department SALES =
      Department.builder().id("sales").name("Sales").kind(DepartmentKind.SALES).build();
  private static final Department HR =
      Department.builder().id("hr").name("HR").kind(DepartmentKind.HR).build();

  private static Kpi kpi(String id, String name, String target) {
    return Kpi.builder().id(id).name(name).target(new BigDecimal(target)).build();
  }

  private static Goal goal(String id) {
    return Goal.builder().id(id).title("Goal " + id).build();
  }

  private static DepartmentPlan sales(List<Kpi> kpis, String... goals) {
    var b = DepartmentPlan.builder().department("sales").kpis(kpis);
    for (String g : goals) {
      b.addGoals(goal(g));
    }
    return b.build();
  }

  private static final List<Kpi> KPIS =
      List.of(kpi("k1", "Revenue", "100"), kpi("k2", "Margin", "50"));
  private static final PlanDocument EARLIER =
      RuleVerifier.document(SALES, HR, sales(KPIS, "g1", "g2", "g3", "g4"));

  private static PlanDocument revised(List<Kpi> kpis, String... goals) {
    return RuleVerifier.document(SALES, HR, sales(kpis, goals));
  }

  private static PlanDocument withTarget(String target) {
    return revised(List.of(kpi("k1", "Revenue", target), kpi("k2", "Margin", "50")),
        "g1", "g2", "g3", "g4");
  }

  private static ReportAssert check(String rule, PlanDocument revision) {
    return RuleVerifier.forRule(rule).revising(EARLIER).given(revision);
  }

  private static Finding only(ReportAssert report, String rule, String subject) {
    List<Finding> found = report.findings(rule, subject);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void unchanged_revision_fires_nothing_and_a_plain_check_runs_no_revision_rule() {
    RuleVerifier.forRule(REVISION_RULES).revising(EARLIER).given(EARLIER).firesNothing();
    RuleVerifier.forRule(REVISION_RULES).given(revised(List.of())).firesNothing();
  }

  @Test
  void a_checker_that_checked_one_document_still_runs_the_revision_rules_on_a_revision() {
    PlanChecker checker = PlanChecker.standard();
    PlanDocument revision = withTarget("131");
    assertThat(checker.check(revision).findings()).extracting(Finding::rule)
        .doesNotContain("TARGET_CHANGED_RADICALLY");
    assertThat(checker.checkRevision(EARLIER, revision).findings()).extracting(Finding::rule)
        .containsOnlyOnce("TARGET_CHANGED_RADICALLY");
    assertThat(checker.check(revision, java.time.LocalDate.of(2027, 2, 1)).findings())
        .extracting(Finding::rule).doesNotContain("TARGET_CHANGED_RADICALLY");
    assertThat(checker.checkRevision(EARLIER, revision, java.time.LocalDate.of(2027, 2, 1))
        .findings()).extracting(Finding::rule).containsOnlyOnce("TARGET_CHANGED_RADICALLY");
  }

  @Test
  void REVISION_NOT_COMPARABLE_fires_on_another_company_and_silences_the_other_rules() {
    PlanDocument other = PlanDocument.builder().from(EARLIER).company("Other").build();
    ReportAssert report = RuleVerifier.forRule(REVISION_RULES).revising(other)
        .given(revised(List.of(kpi("k1", "Revenue", "900"))))
        .fires("REVISION_NOT_COMPARABLE").on("document", 1)
        .firesNothingElse();
    Finding f = only(report, "REVISION_NOT_COMPARABLE", "document");
    assertThat(f.department()).isEmpty();
    assertThat(f.path()).contains("/company");
    assertThat(f.message())
        .isEqualTo("The revision is of Test 2027, the earlier version of Other 2027");
  }

  @Test
  void REVISION_NOT_COMPARABLE_fires_on_another_planning_year() {
    PlanDocument lastYear = PlanDocument.builder().from(EARLIER).planningYear(2026).build();
    ReportAssert report = RuleVerifier.forRule("REVISION_NOT_COMPARABLE").revising(lastYear)
        .given(EARLIER)
        .fires("REVISION_NOT_COMPARABLE").on("document", 1).firesNothingElse();
    assertThat(only(report, "REVISION_NOT_COMPARABLE", "document").path())
        .contains("/planningYear");
  }

  @Test
  void REVISION_NOT_COMPARABLE_negative_control_same_company_and_year() {
    check("REVISION_NOT_COMPARABLE", withTarget("500")).firesNothing();
  }

  @Test
  void TARGET_CHANGED_RADICALLY_fires_beyond_30_percent() {
    ReportAssert report = check("TARGET_CHANGED_RADICALLY", withTarget("131"))
        .fires("TARGET_CHANGED_RADICALLY").on("k1", 1).firesNothingElse();
    Finding f = only(report, "TARGET_CHANGED_RADICALLY", "k1");
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/plans/0/kpis/0/target");
    assertThat(f.message()).isEqualTo("KPI k1 \"Revenue\": target moved from 100 to 131 (+31%)");
    ReportAssert down = check("TARGET_CHANGED_RADICALLY", withTarget("69.5"))
        .fires("TARGET_CHANGED_RADICALLY").on("k1", 1).firesNothingElse();
    assertThat(only(down, "TARGET_CHANGED_RADICALLY", "k1").message())
        .isEqualTo("KPI k1 \"Revenue\": target moved from 100 to 69.5 (-30.5%)");
  }

  @Test
  void TARGET_CHANGED_RADICALLY_negative_control_exactly_30_percent() {
    check("TARGET_CHANGED_RADICALLY", withTarget("130")).firesNothing();
    check("TARGET_CHANGED_RADICALLY", withTarget("70")).firesNothing();
    // a target removed in the revision is KPI_WITHOUT_TARGET's business, not a change
    PlanDocument noTarget = revised(List.of(Kpi.builder().id("k1").build(),
        kpi("k2", "Margin", "50")), "g1", "g2", "g3", "g4");
    check("TARGET_CHANGED_RADICALLY", noTarget).firesNothing();
  }

  @Test
  void TARGET_CHANGED_RADICALLY_from_an_earlier_target_of_zero_any_other_target_is_radical() {
    PlanDocument zero = revised(List.of(kpi("k1", "Revenue", "0"), kpi("k2", "Margin", "50")),
        "g1", "g2", "g3", "g4");
    ReportAssert report = RuleVerifier.forRule("TARGET_CHANGED_RADICALLY").revising(zero)
        .given(withTarget("1"))
        .fires("TARGET_CHANGED_RADICALLY").on("k1", 1).firesNothingElse();
    assertThat(only(report, "TARGET_CHANGED_RADICALLY", "k1").message())
        .isEqualTo("KPI k1 \"Revenue\": target moved from 0 to 1 (+∞%)");
    // 0 to 0 is no change
    RuleVerifier.forRule("TARGET_CHANGED_RADICALLY").revising(zero).given(zero).firesNothing();
  }

  @Test
  void TARGET_CHANGED_RADICALLY_follows_the_radicalTargetChange_option() {
    RuleVerifier half = RuleVerifier.of(PlanChecker.builder()
        .options(CheckOptions.builder().radicalTargetChange(0.5).build())
        .enableOnly(List.of("TARGET_CHANGED_RADICALLY")).build()).revising(EARLIER);
    half.given(withTarget("150")).firesNothing();
    half.given(withTarget("151")).fires("TARGET_CHANGED_RADICALLY").on("k1", 1).firesNothingElse();
  }

  @Test
  void GOALS_DROPPED_RADICALLY_fires_beyond_a_quarter_of_the_goals() {
    ReportAssert report = check("GOALS_DROPPED_RADICALLY", revised(KPIS, "g1", "g2"))
        .fires("GOALS_DROPPED_RADICALLY").on("sales", 1).firesNothingElse();
    Finding f = only(report, "GOALS_DROPPED_RADICALLY", "sales");
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/plans/0/goals");
    assertThat(f.message()).isEqualTo("Department sales dropped 2 of its 4 earlier goals");
  }

  @Test
  void GOALS_DROPPED_RADICALLY_fires_when_the_plan_is_gone() {
    ReportAssert report = check("GOALS_DROPPED_RADICALLY", RuleVerifier.document(SALES, HR))
        .fires("GOALS_DROPPED_RADICALLY").on("sales", 1).firesNothingElse();
    assertThat(only(report, "GOALS_DROPPED_RADICALLY", "sales").path()).isEmpty();
  }

  @Test
  void GOALS_DROPPED_RADICALLY_negative_control_a_quarter_dropped_and_goal_moved() {
    check("GOALS_DROPPED_RADICALLY", revised(KPIS, "g1", "g2", "g3")).firesNothing();
    // g3 and g4 moved to the HR plan: not gone from the revision
    PlanDocument moved = RuleVerifier.document(SALES, HR, sales(KPIS, "g1", "g2"),
        DepartmentPlan.builder().department("hr").addGoals(goal("g3"), goal("g4")).build());
    check("GOALS_DROPPED_RADICALLY", moved).firesNothing();
  }

  @Test
  void GOALS_DROPPED_RADICALLY_follows_the_radicalGoalDrop_option() {
    RuleVerifier half = RuleVerifier.of(PlanChecker.builder()
        .options(CheckOptions.builder().radicalGoalDrop(0.5).build())
        .enableOnly(List.of("GOALS_DROPPED_RADICALLY")).build()).revising(EARLIER);
    half.given(revised(KPIS, "g1", "g2")).firesNothing();
    half.given(revised(KPIS, "g1")).fires("GOALS_DROPPED_RADICALLY").on("sales", 1);
  }

  @Test
  void KPI_DROPPED_fires_on_each_kpi_gone_from_the_revision() {
    ReportAssert report = check("KPI_DROPPED",
        revised(List.of(kpi("k1", "Revenue", "100")), "g1", "g2", "g3", "g4"))
        .fires("KPI_DROPPED").on("k2", 1).firesNothingElse();
    Finding f = only(report, "KPI_DROPPED", "k2");
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/plans/0/kpis");
    assertThat(f.message())
        .isEqualTo("KPI k2 \"Margin\" of the earlier version is gone from the revision");
  }

  @Test
  void KPI_DROPPED_negative_control_kpi_kept_with_another_target() {
    check("KPI_DROPPED", withTarget("500")).firesNothing();
  }

  // ---- 1.1: MILESTONE_REWRITTEN and ACTUAL_CHANGED ---------------------------------------

  /** Values by month from pairs month, value: {@code values(1, "10", 2, "20")}. */
  private static Map<Integer, BigDecimal> values(Object... monthsAndValues) {
    Map<Integer, BigDecimal> out = new TreeMap<>();
    for (int i = 0; i < monthsAndValues.length; i += 2) {
      out.put((Integer) monthsAndValues[i], new BigDecimal((String) monthsAndValues[i + 1]));
    }
    return out;
  }

  private static Kpi tracked(Map<Integer, BigDecimal> monthly, Map<Integer, BigDecimal> actual) {
    return Kpi.builder().from(kpi("k1", "Revenue", "100")).monthly(monthly).actual(actual)
        .build();
  }

  private static final Map<Integer, BigDecimal> MILESTONES =
      values(1, "10", 2, "20", 3, "30", 6, "60");
  private static final Map<Integer, BigDecimal> ACTUALS = values(1, "5", 2, "7");
  private static final PlanDocument TRACKED = RuleVerifier.document(SALES, HR,
      sales(List.of(tracked(MILESTONES, ACTUALS), kpi("k2", "Margin", "50")),
          "g1", "g2", "g3", "g4"));

  /** A revision of {@link #TRACKED} dated {@code date} (none where null). */
  private static PlanDocument trackedRevision(String date, Map<Integer, BigDecimal> monthly,
      Map<Integer, BigDecimal> actual) {
    var revision = Revision.builder().quarter(1);
    if (date != null) {
      revision.date(LocalDate.parse(date));
    }
    return RuleVerifier.document(SALES, HR,
        sales(List.of(tracked(monthly, actual), kpi("k2", "Margin", "50")),
            "g1", "g2", "g3", "g4"),
        revision.build());
  }

  private static ReportAssert checkTracked(String rule, PlanDocument revision) {
    return RuleVerifier.forRule(rule).revising(TRACKED).given(revision);
  }

  @Test
  void MILESTONE_REWRITTEN_fires_on_milestones_of_months_ended_before_the_revision() {
    // February and March rewritten, June too (June has not ended: not named)
    ReportAssert report = checkTracked("MILESTONE_REWRITTEN", trackedRevision("2027-04-01",
        values(1, "10", 2, "25", 3, "33", 6, "66"), ACTUALS))
        .fires("MILESTONE_REWRITTEN").on("k1", 1).firesNothingElse();
    Finding f = only(report, "MILESTONE_REWRITTEN", "k1");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/plans/0/kpis/0/monthly");
    assertThat(f.message()).isEqualTo("KPI k1 \"Revenue\": the milestones of February, March"
        + " were changed in the revision of 2027-04-01, after those months had ended");
    // a past milestone removed, or added where there was none
    ReportAssert removed = checkTracked("MILESTONE_REWRITTEN", trackedRevision("2027-04-01",
        values(2, "20", 3, "30", 6, "60"), ACTUALS))
        .fires("MILESTONE_REWRITTEN").on("k1", 1).firesNothingElse();
    assertThat(only(removed, "MILESTONE_REWRITTEN", "k1").message())
        .contains("the milestones of January were changed");
    checkTracked("MILESTONE_REWRITTEN", trackedRevision("2027-06-01",
        values(1, "10", 2, "20", 3, "30", 4, "40", 6, "60"), ACTUALS))
        .fires("MILESTONE_REWRITTEN").on("k1", 1).firesNothingElse();
  }

  @Test
  void MILESTONE_REWRITTEN_negative_control_month_ending_on_the_revision_date_or_after() {
    Map<Integer, BigDecimal> marchChanged = values(1, "10", 2, "20", 3, "33", 6, "60");
    // March ends on 31 March: not before a revision of that day
    checkTracked("MILESTONE_REWRITTEN", trackedRevision("2027-03-31", marchChanged, ACTUALS))
        .firesNothing();
    checkTracked("MILESTONE_REWRITTEN", trackedRevision("2027-04-01", marchChanged, ACTUALS))
        .fires("MILESTONE_REWRITTEN").on("k1", 1).firesNothingElse();
    // later milestones may be refined
    checkTracked("MILESTONE_REWRITTEN", trackedRevision("2027-04-01",
        values(1, "10", 2, "20", 3, "30", 6, "66", 9, "90"), ACTUALS)).firesNothing();
    // equal values written differently
    checkTracked("MILESTONE_REWRITTEN", trackedRevision("2027-12-31",
        values(1, "10.0", 2, "20.00", 3, "3E+1", 6, "60"), ACTUALS)).firesNothing();
    // a revision without a date gives nothing to compare with
    checkTracked("MILESTONE_REWRITTEN", trackedRevision(null, values(6, "60"), ACTUALS))
        .firesNothing();
  }

  @Test
  void ACTUAL_CHANGED_fires_on_an_actual_recorded_in_both_versions_with_another_value() {
    ReportAssert report = checkTracked("ACTUAL_CHANGED",
        trackedRevision(null, MILESTONES, values(1, "5.0", 2, "8", 3, "12")))
        .fires("ACTUAL_CHANGED").on("k1", 1).firesNothingElse();
    Finding f = only(report, "ACTUAL_CHANGED", "k1");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/plans/0/kpis/0/actual");
    assertThat(f.message())
        .isEqualTo("KPI k1 \"Revenue\": the actuals of February differ from the earlier version");
    ReportAssert both = checkTracked("ACTUAL_CHANGED",
        trackedRevision("2027-04-01", MILESTONES, values(1, "6", 2, "-7")))
        .fires("ACTUAL_CHANGED").on("k1", 1).firesNothingElse();
    assertThat(only(both, "ACTUAL_CHANGED", "k1").message())
        .contains("the actuals of January, February differ");
  }

  @Test
  void ACTUAL_CHANGED_negative_control_equal_values_written_differently_or_in_one_version_only() {
    checkTracked("ACTUAL_CHANGED",
        trackedRevision(null, MILESTONES, values(1, "5.0", 2, "7.00"))).firesNothing();
    // an actual added for a new month, or one no longer given, is not a changed one
    checkTracked("ACTUAL_CHANGED",
        trackedRevision(null, MILESTONES, values(1, "5", 3, "12"))).firesNothing();
  }

  @Test
  void milestone_and_actual_rules_run_only_on_a_comparable_revision() {
    PlanDocument rewritten = trackedRevision("2027-04-01", values(1, "11"), values(1, "6"));
    String[] rules = {"REVISION_NOT_COMPARABLE", "MILESTONE_REWRITTEN", "ACTUAL_CHANGED"};
    RuleVerifier.forRule(rules).revising(TRACKED).given(rewritten)
        .fires("MILESTONE_REWRITTEN").on("k1", 1)
        .fires("ACTUAL_CHANGED").on("k1", 1)
        .firesNothingElse();
    PlanDocument otherCompany = PlanDocument.builder().from(TRACKED).company("Other").build();
    RuleVerifier.forRule(rules).revising(otherCompany).given(rewritten)
        .fires("REVISION_NOT_COMPARABLE").on("document", 1)
        .firesNothingElse();
    // a plain check compares with nothing
    RuleVerifier.forRule(rules).given(rewritten).firesNothing();
  }

  @Test
  void milestone_rewritten_renders_in_russian() {
    ReportAssert report = RuleVerifier.of(PlanChecker.builder()
            .locale(Locale.forLanguageTag("ru")).enableOnly(List.of("MILESTONE_REWRITTEN"))
            .build())
        .revising(TRACKED)
        .given(trackedRevision("2027-04-01", values(1, "10", 2, "25", 3, "33", 6, "60"),
            ACTUALS))
        .fires("MILESTONE_REWRITTEN").on("k1", 1);
    assertThat(only(report, "MILESTONE_REWRITTEN", "k1").message()).isEqualTo(
        "KPI k1 «Revenue»: план на февраль, март изменён в ревизии от 2027-04-01,"
            + " когда эти месяцы уже прошли");
  }

  @Test
  void messages_render_in_russian() {
    ReportAssert report = RuleVerifier.of(PlanChecker.builder()
            .locale(Locale.forLanguageTag("ru")).enableOnly(List.of("KPI_DROPPED")).build())
        .revising(EARLIER)
        .given(revised(List.of(kpi("k1", "Revenue", "100")), "g1", "g2", "g3", "g4"))
        .fires("KPI_DROPPED").on("k2", 1);
    assertThat(only(report, "KPI_DROPPED", "k2").message())
        .isEqualTo("KPI k2 «Margin» прежней версии в ревизии отсутствует");
  }
}
