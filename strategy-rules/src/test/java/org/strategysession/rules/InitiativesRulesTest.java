package org.strategysession.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.Initiative;
import org.strategysession.model.InitiativeStatus;
import org.strategysession.model.Person;
import org.strategysession.model.Session;
import org.strategysession.rules.testing.ReportAssert;
import org.strategysession.rules.testing.RuleVerifier;

/** initiatives.drl: cross-department initiatives, their owners and decisions. */
class InitiativesRulesTest {
  private static final Department SALES = Department.of("sales", "Sales", DepartmentKind.SALES, "petrov");
  private static final Department HR = Department.of("hr", "HR", DepartmentKind.HR, "ivanova");
  private static final Person PETROV = Person.builder().id("petrov").department("sales").build();
  private static final Person IVANOVA = Person.builder().id("ivanova").department("hr").build();

  private static final LocalDate DAY1 = LocalDate.of(2027, 1, 25);
  private static final LocalDate DAY2 = LocalDate.of(2027, 1, 26);
  private static final Session SESSION = Session.builder().addDays(DAY1, DAY2).build();

  /** A clean initiative: two departments, an owner, still PROPOSED. */
  private static final Initiative CLEAN = Initiative.builder().id("i1").title("Lead scoring")
      .proposedBy("sales").addDepartments("sales", "hr").owner("petrov").build();

  private static ReportAssert check(String rule, Initiative initiative) {
    return RuleVerifier.forRule(rule).given(SALES, HR, PETROV, IVANOVA, SESSION, initiative);
  }

  private static Finding only(ReportAssert report, String rule, String subject) {
    List<Finding> found = report.findings(rule, subject);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static Initiative decided(InitiativeStatus status, LocalDate on) {
    return Initiative.builder().from(CLEAN).status(status).decidedOn(on).build();
  }

  @Test
  void clean_initiative_fires_nothing() {
    RuleVerifier.forRule("INITIATIVE_SINGLE_DEPARTMENT", "INITIATIVE_WITHOUT_OWNER",
            "INITIATIVE_DECIDED_AT_SESSION", "INITIATIVE_NOT_ANALYZED")
        .asOf(DAY2.plusDays(30))
        .given(SALES, HR, PETROV, IVANOVA, SESSION, CLEAN)
        .firesNothing();
  }

  @Test
  void INITIATIVE_SINGLE_DEPARTMENT_fires_on_an_initiative_of_one_department() {
    Initiative one = Initiative.builder().from(CLEAN).departments(List.of("sales", "sales")).build();
    ReportAssert report = check("INITIATIVE_SINGLE_DEPARTMENT", one)
        .fires("INITIATIVE_SINGLE_DEPARTMENT").on("i1", 1).firesNothingElse();
    Finding f = only(report, "INITIATIVE_SINGLE_DEPARTMENT", "i1");
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/initiatives/0/departments");
    assertThat(f.message()).isEqualTo("Initiative i1 \"Lead scoring\" touches 1 department;"
        + " a cross-department initiative needs two or more");
    assertThat(f.arguments()).element(1).isInstanceOf(Count.class)
        .extracting(a -> ((Count) a).n()).isEqualTo(1L);
    Initiative none = Initiative.builder().from(CLEAN).departments(List.of()).build();
    ReportAssert noneReport = check("INITIATIVE_SINGLE_DEPARTMENT", none)
        .fires("INITIATIVE_SINGLE_DEPARTMENT").on("i1", 1).firesNothingElse();
    assertThat(only(noneReport, "INITIATIVE_SINGLE_DEPARTMENT", "i1").message())
        .startsWith("Initiative i1 \"Lead scoring\" touches 0 departments;");
  }

  @Test
  void INITIATIVE_SINGLE_DEPARTMENT_negative_control_two_departments() {
    check("INITIATIVE_SINGLE_DEPARTMENT", CLEAN).firesNothing();
  }

  @Test
  void INITIATIVE_WITHOUT_OWNER_fires_on_an_initiative_without_owner() {
    Initiative noOwner = Initiative.builder().from(CLEAN).owner(java.util.Optional.empty()).build();
    ReportAssert report = check("INITIATIVE_WITHOUT_OWNER", noOwner)
        .fires("INITIATIVE_WITHOUT_OWNER").on("i1", 1).firesNothingElse();
    Finding f = only(report, "INITIATIVE_WITHOUT_OWNER", "i1");
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/initiatives/0");
    assertThat(f.message())
        .isEqualTo("Initiative i1 \"Lead scoring\" has no owner to analyse it after the session");
  }

  @Test
  void INITIATIVE_WITHOUT_OWNER_negative_control_owner_given() {
    check("INITIATIVE_WITHOUT_OWNER", CLEAN).firesNothing();
  }

  @Test
  void INITIATIVE_DECIDED_AT_SESSION_fires_on_a_decision_taken_on_a_session_day() {
    ReportAssert report = check("INITIATIVE_DECIDED_AT_SESSION",
        decided(InitiativeStatus.ACCEPTED, DAY2))
        .fires("INITIATIVE_DECIDED_AT_SESSION").on("i1", 1).firesNothingElse();
    Finding f = only(report, "INITIATIVE_DECIDED_AT_SESSION", "i1");
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/initiatives/0/decidedOn");
    assertThat(f.message()).isEqualTo("Initiative i1 \"Lead scoring\" was ACCEPTED on 2027-01-26,"
        + " a session day; decide after the session");
    check("INITIATIVE_DECIDED_AT_SESSION", decided(InitiativeStatus.REJECTED, DAY1))
        .fires("INITIATIVE_DECIDED_AT_SESSION").on("i1", 1).firesNothingElse();
  }

  @Test
  void INITIATIVE_DECIDED_AT_SESSION_negative_control_decided_after_or_not_decided() {
    check("INITIATIVE_DECIDED_AT_SESSION", decided(InitiativeStatus.ACCEPTED, DAY2.plusDays(1)))
        .firesNothing();
    // DEFERRED on a session day is no decision
    check("INITIATIVE_DECIDED_AT_SESSION", decided(InitiativeStatus.DEFERRED, DAY2))
        .firesNothing();
    // without a session there are no session days
    RuleVerifier.forRule("INITIATIVE_DECIDED_AT_SESSION")
        .given(SALES, HR, PETROV, IVANOVA, decided(InitiativeStatus.ACCEPTED, DAY2))
        .firesNothing();
  }

  @Test
  void INITIATIVE_NOT_ANALYZED_fires_on_a_proposed_initiative_past_the_deadline() {
    ReportAssert report = RuleVerifier.forRule("INITIATIVE_NOT_ANALYZED")
        .asOf(DAY2.plusDays(31))
        .given(SALES, HR, PETROV, IVANOVA, SESSION, CLEAN)
        .fires("INITIATIVE_NOT_ANALYZED").on("i1", 1).firesNothingElse();
    Finding f = only(report, "INITIATIVE_NOT_ANALYZED", "i1");
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/initiatives/0");
    assertThat(f.message()).isEqualTo(
        "Initiative i1 \"Lead scoring\" is still PROPOSED 31 days after the session (more than 30)");
  }

  @Test
  void INITIATIVE_NOT_ANALYZED_negative_control_at_the_deadline_analysed_or_no_date() {
    RuleVerifier.forRule("INITIATIVE_NOT_ANALYZED").asOf(DAY2.plusDays(30))
        .given(SALES, HR, PETROV, IVANOVA, SESSION, CLEAN)
        .firesNothing();
    Initiative analysed = Initiative.builder().from(CLEAN)
        .status(InitiativeStatus.UNDER_ANALYSIS).build();
    RuleVerifier.forRule("INITIATIVE_NOT_ANALYZED").asOf(DAY2.plusDays(90))
        .given(SALES, HR, PETROV, IVANOVA, SESSION, analysed)
        .firesNothing();
    // without an as-of date the rule does not run
    check("INITIATIVE_NOT_ANALYZED", CLEAN).firesNothing();
  }

  @Test
  void INITIATIVE_NOT_ANALYZED_follows_the_initiativeAnalysisDays_option() {
    PlanChecker quick = PlanChecker.builder()
        .options(CheckOptions.builder().initiativeAnalysisDays(10).build())
        .enableOnly(List.of("INITIATIVE_NOT_ANALYZED")).build();
    RuleVerifier.of(quick).asOf(DAY2.plusDays(10))
        .given(SALES, HR, PETROV, IVANOVA, SESSION, CLEAN)
        .firesNothing();
    RuleVerifier.of(quick).asOf(DAY2.plusDays(11))
        .given(SALES, HR, PETROV, IVANOVA, SESSION, CLEAN)
        .fires("INITIATIVE_NOT_ANALYZED").on("i1", 1).firesNothingElse();
  }

  @Test
  void INITIATIVE_SINGLE_DEPARTMENT_counts_departments_in_russian() {
    PlanChecker ru = PlanChecker.builder().locale(Locale.forLanguageTag("ru"))
        .enableOnly(List.of("INITIATIVE_SINGLE_DEPARTMENT")).build();
    Initiative one = Initiative.builder().from(CLEAN).departments(List.of("sales")).build();
    ReportAssert report = RuleVerifier.of(ru).given(SALES, HR, PETROV, IVANOVA, SESSION, one)
        .fires("INITIATIVE_SINGLE_DEPARTMENT").on("i1", 1).firesNothingElse();
    assertThat(only(report, "INITIATIVE_SINGLE_DEPARTMENT", "i1").message()).isEqualTo(
        "Инициатива i1 «Lead scoring» затрагивает 1 отдел; межотдельной инициативе нужно не меньше"
            + " двух");
  }

  @Test
  void messages_render_in_russian() {
    PlanChecker ru = PlanChecker.builder().locale(Locale.forLanguageTag("ru"))
        .enableOnly(List.of("INITIATIVE_WITHOUT_OWNER")).build();
    Initiative noOwner = Initiative.builder().from(CLEAN).owner(java.util.Optional.empty()).build();
    ReportAssert report = RuleVerifier.of(ru).given(SALES, HR, PETROV, IVANOVA, SESSION, noOwner)
        .fires("INITIATIVE_WITHOUT_OWNER").on("i1", 1);
    assertThat(only(report, "INITIATIVE_WITHOUT_OWNER", "i1").message())
        .isEqualTo("У инициативы i1 «Lead scoring» нет ответственного за анализ после сессии");
  }
}
