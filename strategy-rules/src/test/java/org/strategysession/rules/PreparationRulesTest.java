package org.strategysession.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.Person;
import org.strategysession.model.Session;
import org.strategysession.model.YearReport;
import org.strategysession.rules.testing.RuleVerifier;

/**
 * preparation.drl: PLAN_MISSING, PLAN_DUPLICATED, PLAN_LATE, REPORT_MISSING,
 * REPORT_SECTION_EMPTY.
 */
class PreparationRulesTest {
  private static final Department SALES = Department.of("sales", "Sales", DepartmentKind.SALES, "petrov");
  private static final Department HR = Department.of("hr", "HR", DepartmentKind.HR, "ivanova");
  private static final Person PETROV = Person.builder().id("petrov").department("sales").build();
  private static final Person IVANOVA = Person.builder().id("ivanova").department("hr").build();

  /** Session days 15–16 January 2027: with the default lead of 7 days, plans are due by 8 January. */
  private static final Session SESSION = Session.builder()
      .addDays(LocalDate.of(2027, 1, 15), LocalDate.of(2027, 1, 16)).build();

  private static final YearReport FULL_REPORT = YearReport.builder()
      .addResults("Revenue +12%")
      .addStrengths("Key accounts")
      .addWeaknesses("Slow onboarding")
      .addMarketChanges("New competitor in Kazan")
      .addConclusions("Open a regional office")
      .build();

  private static DepartmentPlan plan(String department) {
    return DepartmentPlan.builder().department(department).report(FULL_REPORT).build();
  }

  private static DepartmentPlan submitted(String department, LocalDate on) {
    return DepartmentPlan.builder().from(plan(department)).submittedOn(on).build();
  }

  // ---- PLAN_MISSING ---------------------------------------------------------------------

  @Test
  void PLAN_MISSING_fires_on_the_department_without_a_plan() {
    var report = RuleVerifier.forRule("PLAN_MISSING")
        .given(SALES, HR, PETROV, IVANOVA, plan("sales"))
        .fires("PLAN_MISSING").on("hr", 1)
        .firesNothingElse();
    Finding f = report.findings("PLAN_MISSING", "hr").get(0);
    assertThat(f.department()).contains("hr");
    assertThat(f.path()).contains("/departments/1");
    assertThat(f.message()).isEqualTo("Department hr \"HR\" has no plan");
  }

  @Test
  void PLAN_MISSING_negative_control_every_department_has_a_plan() {
    RuleVerifier.forRule("PLAN_MISSING")
        .given(SALES, HR, PETROV, IVANOVA, plan("sales"), plan("hr"))
        .firesNothing();
  }

  // ---- PLAN_DUPLICATED ------------------------------------------------------------------

  @Test
  void PLAN_DUPLICATED_fires_once_per_department_at_its_second_plan() {
    var report = RuleVerifier.forRule("PLAN_DUPLICATED")
        .given(SALES, HR, PETROV, IVANOVA, plan("sales"), plan("hr"), plan("sales"), plan("sales"))
        .fires("PLAN_DUPLICATED").on("sales", 1)
        .firesNothingElse();
    Finding f = report.findings("PLAN_DUPLICATED", "sales").get(0);
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/plans/2");
    assertThat(f.message()).isEqualTo("Department sales \"Sales\" has 3 plans");
  }

  @Test
  void PLAN_DUPLICATED_negative_control_one_plan_per_department() {
    RuleVerifier.forRule("PLAN_DUPLICATED")
        .given(SALES, HR, PETROV, IVANOVA, plan("sales"), plan("hr"))
        .firesNothing();
  }

  // ---- PLAN_LATE ------------------------------------------------------------------------

  @Test
  void PLAN_LATE_fires_on_a_plan_submitted_after_the_due_date() {
    var report = RuleVerifier.forRule("PLAN_LATE")
        .given(SALES, HR, PETROV, IVANOVA, SESSION,
            submitted("sales", LocalDate.of(2027, 1, 8)), submitted("hr", LocalDate.of(2027, 1, 9)))
        .fires("PLAN_LATE").on("hr", 1)
        .firesNothingElse();
    Finding f = report.findings("PLAN_LATE", "hr").get(0);
    assertThat(f.department()).contains("hr");
    assertThat(f.path()).contains("/plans/1");
    assertThat(f.message())
        .isEqualTo("Plan of department hr \"HR\" was due by 2027-01-08; submitted: 2027-01-09");
  }

  @Test
  void PLAN_LATE_fires_on_a_plan_never_submitted() {
    var report = RuleVerifier.forRule("PLAN_LATE")
        .given(SALES, PETROV, SESSION, plan("sales"))
        .fires("PLAN_LATE").on("sales", 1)
        .firesNothingElse();
    assertThat(report.findings("PLAN_LATE", "sales").get(0).message())
        .isEqualTo("Plan of department sales \"Sales\" was due by 2027-01-08; submitted: none");
  }

  @Test
  void PLAN_LATE_negative_control_submitted_on_the_due_date() {
    RuleVerifier.forRule("PLAN_LATE")
        .given(SALES, PETROV, SESSION, submitted("sales", LocalDate.of(2027, 1, 8)))
        .firesNothing();
  }

  @Test
  void PLAN_LATE_negative_control_session_without_days_or_no_session() {
    RuleVerifier.forRule("PLAN_LATE")
        .given(SALES, PETROV, Session.builder().addParticipants("petrov").build(), plan("sales"))
        .firesNothing();
    RuleVerifier.forRule("PLAN_LATE").given(SALES, PETROV, plan("sales")).firesNothing();
  }

  @Test
  void PLAN_LATE_lead_days_option_moves_the_due_date() {
    PlanChecker threeDays = PlanChecker.builder()
        .options(CheckOptions.builder().submissionLeadDays(3).build())
        .enableOnly(List.of("PLAN_LATE"))
        .build();
    RuleVerifier.of(threeDays)
        .given(SALES, HR, PETROV, IVANOVA, SESSION,
            submitted("sales", LocalDate.of(2027, 1, 12)), submitted("hr", LocalDate.of(2027, 1, 13)))
        .fires("PLAN_LATE").on("hr", 1)
        .firesNothingElse();
  }

  // ---- REPORT_MISSING -------------------------------------------------------------------

  @Test
  void REPORT_MISSING_fires_on_a_plan_without_year_report() {
    var report = RuleVerifier.forRule("REPORT_MISSING")
        .given(SALES, HR, PETROV, IVANOVA, plan("sales"),
            DepartmentPlan.builder().department("hr").build())
        .fires("REPORT_MISSING").on("hr", 1)
        .firesNothingElse();
    Finding f = report.findings("REPORT_MISSING", "hr").get(0);
    assertThat(f.department()).contains("hr");
    assertThat(f.path()).contains("/plans/1");
    assertThat(f.message()).isEqualTo("Plan of department hr \"HR\" has no year report");
  }

  @Test
  void REPORT_MISSING_negative_control_an_empty_report_is_a_report() {
    RuleVerifier.forRule("REPORT_MISSING")
        .given(SALES, PETROV,
            DepartmentPlan.builder().department("sales").report(YearReport.builder().build()).build())
        .firesNothing();
  }

  // ---- REPORT_SECTION_EMPTY -------------------------------------------------------------

  @Test
  void REPORT_SECTION_EMPTY_fires_once_per_absent_or_blank_section() {
    YearReport partial = YearReport.builder()
        .addResults("Revenue +12%")
        .addStrengths("Key accounts")
        .addWeaknesses(" ")
        .addConclusions("Open a regional office")
        .build();
    var report = RuleVerifier.forRule("REPORT_SECTION_EMPTY")
        .given(SALES, PETROV, DepartmentPlan.builder().department("sales").report(partial).build())
        .fires("REPORT_SECTION_EMPTY").on("sales", 2)
        .firesNothingElse();
    List<Finding> found = report.findings("REPORT_SECTION_EMPTY", "sales");
    assertThat(found).extracting(f -> f.path().orElseThrow())
        .containsExactlyInAnyOrder("/plans/0/report/weaknesses", "/plans/0/report/marketChanges");
    assertThat(found).allSatisfy(f -> assertThat(f.department()).contains("sales"));
    assertThat(found).extracting(Finding::message).contains(
        "Year report of department sales \"Sales\": section marketChanges is empty");
  }

  @Test
  void REPORT_SECTION_EMPTY_negative_control_full_report_and_missing_report() {
    // improvements and difficulties are not checked sections
    RuleVerifier.forRule("REPORT_SECTION_EMPTY").given(SALES, PETROV, plan("sales")).firesNothing();
    // a missing report is REPORT_MISSING only
    RuleVerifier.forRule("REPORT_SECTION_EMPTY", "REPORT_MISSING")
        .given(SALES, PETROV, DepartmentPlan.builder().department("sales").build())
        .fires("REPORT_MISSING").on("sales", 1)
        .firesNothingElse();
  }

  // ---- plans of an unknown department, Russian ------------------------------------------

  @Test
  void plan_of_an_unknown_department_is_left_to_UNKNOWN_REFERENCE() {
    RuleVerifier.forRule("PLAN_DUPLICATED", "PLAN_LATE", "REPORT_MISSING", "REPORT_SECTION_EMPTY",
            "UNKNOWN_REFERENCE")
        .given(SALES, PETROV, SESSION, plan("sales"),
            DepartmentPlan.builder().department("slaes").build(),
            DepartmentPlan.builder().department("slaes").report(YearReport.builder().build()).build())
        .fires("PLAN_LATE").on("sales", 1)
        .fires("UNKNOWN_REFERENCE").on("slaes", 2)
        .firesNothingElse();
  }

  @Test
  void messages_render_in_russian() {
    PlanChecker russian = PlanChecker.builder()
        .locale(Locale.forLanguageTag("ru"))
        .enableOnly(List.of("PLAN_MISSING", "PLAN_LATE"))
        .build();
    var report = RuleVerifier.of(russian)
        .given(SALES, HR, PETROV, IVANOVA, SESSION, submitted("sales", LocalDate.of(2027, 1, 10)))
        .fires("PLAN_MISSING").on("hr", 1)
        .fires("PLAN_LATE").on("sales", 1)
        .firesNothingElse();
    assertThat(report.findings("PLAN_MISSING", "hr").get(0).message())
        .isEqualTo("У отдела hr «HR» нет плана");
    assertThat(report.findings("PLAN_LATE", "sales").get(0).message())
        .isEqualTo("План отдела sales «Sales» нужно было сдать до 2027-01-08; сдан: 2027-01-10");
  }
}
