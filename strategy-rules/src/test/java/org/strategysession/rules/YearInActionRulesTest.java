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
import org.strategysession.model.Direction;
import org.strategysession.model.FollowUp;
import org.strategysession.model.KeyTaskAssignment;
import org.strategysession.model.Kpi;
import org.strategysession.model.Person;
import org.strategysession.model.PersonalScore;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.Revision;
import org.strategysession.model.Task;
import org.strategysession.model.TaskStatus;
import org.strategysession.rules.testing.ReportAssert;
import org.strategysession.rules.testing.RuleVerifier;

/**
 * year-in-action.drl: actuals, KPI health, overdue and late tasks, the monthly review of key
 * tasks and the quarterly revision, as of a date of the planning year 2027. January closes on
 * 10 February, February on 10 March (10 grace days); the first quarter's revision is due by 30
 * April (30 days).
 */
class YearInActionRulesTest {
  private static final String[] DATED_RULES = {
    "ACTUAL_IN_FUTURE", "ACTUAL_MISSING", "KPI_BEHIND_PLAN", "KPI_AT_RISK", "TASK_OVERDUE",
    "KEY_TASK_NOT_DONE", "REVISION_OVERDUE"
  };
  private static final String[] UNDATED_RULES = {"TASK_DONE_LATE", "KEY_TASK_DONE_UNLISTED"};

  private static final Person PETROV = Person.builder().id("petrov").name("Pyotr Petrov")
      .department("sales").build();
  private static final Department SALES =
      Department.of("sales", "Sales", DepartmentKind.SALES, "petrov");

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  /** Values by month from pairs month, value: {@code values(1, "10", 2, "20")}. */
  private static Map<Integer, BigDecimal> values(Object... monthsAndValues) {
    Map<Integer, BigDecimal> out = new TreeMap<>();
    for (int i = 0; i < monthsAndValues.length; i += 2) {
      out.put((Integer) monthsAndValues[i], new BigDecimal((String) monthsAndValues[i + 1]));
    }
    return out;
  }

  private static Kpi revenue(Map<Integer, BigDecimal> monthly, Map<Integer, BigDecimal> actual) {
    return Kpi.builder().id("sales.revenue").name("Revenue").unit("mln RUB")
        .monthly(monthly).actual(actual).build();
  }

  private static DepartmentPlan plan(List<Kpi> kpis, Task... tasks) {
    return DepartmentPlan.builder().department("sales").kpis(kpis).addTasks(tasks).build();
  }

  private static ReportAssert check(String rule, String asOf, Object... elements) {
    RuleVerifier verifier = RuleVerifier.forRule(rule);
    return (asOf == null ? verifier : verifier.asOf(date(asOf))).given(elements);
  }

  private static RuleVerifier withOptions(CheckOptions options, String... rules) {
    return RuleVerifier.of(PlanChecker.builder().options(options)
        .enableOnly(List.of(rules)).build());
  }

  private static Finding only(ReportAssert report, String rule, String subject) {
    List<Finding> found = report.findings(rule, subject);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  // ---- Time-dependent rules run only with an as-of date ------------------------------------

  /** A document on which, as of 15 May 2027, each rule of this file fires. */
  private static PlanDocument everyRuleFires() {
    Kpi revenue = revenue(values(1, "100", 2, "200", 3, "300"),
        values(1, "100", 2, "189", 6, "600")); // February behind, March missing, June future
    Kpi margin = Kpi.builder().id("sales.margin").name("Margin").unit("%")
        .monthly(values(1, "50")).actual(values(1, "40")).build(); // 20% short: at risk
    Task overdue = Task.builder().id("sales.t1").title("Open Kazan").addMonths(1, 2)
        .status(TaskStatus.APPROVED).build();
    Task late = Task.builder().id("sales.t2").title("Price list").addMonths(1)
        .status(TaskStatus.DONE).doneIn(2).build();
    FollowUp followUp = FollowUp.builder().addKeyTasks(KeyTaskAssignment.builder()
        .person("petrov").month(1).addTasks("sales.t1").addDone("sales.t2").build()).build();
    return RuleVerifier.document(PETROV, SALES, plan(List.of(revenue, margin), overdue, late),
        followUp);
  }

  @Test
  void time_dependent_rules_fire_only_with_an_as_of_date() {
    String[] all = new String[DATED_RULES.length + UNDATED_RULES.length];
    System.arraycopy(DATED_RULES, 0, all, 0, DATED_RULES.length);
    System.arraycopy(UNDATED_RULES, 0, all, DATED_RULES.length, UNDATED_RULES.length);
    PlanDocument doc = everyRuleFires();
    RuleVerifier.forRule(all).asOf(date("2027-05-15")).given(doc)
        .fires("ACTUAL_IN_FUTURE").on("sales.revenue", 1)
        .fires("ACTUAL_MISSING").on("sales.revenue", 1)
        .fires("KPI_BEHIND_PLAN").on("sales.revenue", 1)
        .fires("KPI_AT_RISK").on("sales.margin", 1)
        .fires("TASK_OVERDUE").on("sales.t1", 1)
        .fires("KEY_TASK_NOT_DONE").on("petrov", 1)
        .fires("REVISION_OVERDUE").on("document", 1)
        .fires("TASK_DONE_LATE").on("sales.t2", 1)
        .fires("KEY_TASK_DONE_UNLISTED").on("petrov", 1)
        .firesNothingElse();
    RuleVerifier.forRule(all).given(doc)
        .fires("TASK_DONE_LATE").on("sales.t2", 1)
        .fires("KEY_TASK_DONE_UNLISTED").on("petrov", 1)
        .firesNothingElse();
  }

  // ---- ACTUAL_IN_FUTURE ----------------------------------------------------------------------

  @Test
  void ACTUAL_IN_FUTURE_fires_on_an_actual_for_a_month_not_yet_ended() {
    DepartmentPlan plan = plan(List.of(revenue(values(), values(2, "20", 3, "31"))));
    ReportAssert report = check("ACTUAL_IN_FUTURE", "2027-03-31", PETROV, SALES, plan)
        .fires("ACTUAL_IN_FUTURE").on("sales.revenue", 1).firesNothingElse();
    Finding f = only(report, "ACTUAL_IN_FUTURE", "sales.revenue");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/plans/0/kpis/0/actual/3");
    assertThat(f.message()).isEqualTo(
        "KPI sales.revenue \"Revenue\" has an actual for March, which has not ended on 2027-03-31");
    // one finding per month
    check("ACTUAL_IN_FUTURE", "2027-02-15", PETROV, SALES, plan)
        .fires("ACTUAL_IN_FUTURE").on("sales.revenue", 2).firesNothingElse();
  }

  @Test
  void ACTUAL_IN_FUTURE_negative_control_the_day_after_the_month_ended() {
    DepartmentPlan plan = plan(List.of(revenue(values(), values(2, "20", 3, "31"))));
    check("ACTUAL_IN_FUTURE", "2027-04-01", PETROV, SALES, plan).firesNothing();
  }

  // ---- ACTUAL_MISSING ------------------------------------------------------------------------

  private static final Map<Integer, BigDecimal> MILESTONES = values(1, "10", 2, "20", 3, "30");

  @Test
  void ACTUAL_MISSING_fires_once_per_kpi_naming_the_latest_closed_month() {
    DepartmentPlan plan = plan(List.of(revenue(MILESTONES, values(1, "10"))));
    ReportAssert report = check("ACTUAL_MISSING", "2027-03-10", PETROV, SALES, plan)
        .fires("ACTUAL_MISSING").on("sales.revenue", 1).firesNothingElse();
    Finding f = only(report, "ACTUAL_MISSING", "sales.revenue");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/plans/0/kpis/0/monthly/2");
    assertThat(f.message()).isEqualTo("KPI sales.revenue \"Revenue\" has no actual for February"
        + " (milestone 20 mln RUB), and the month is closed");
    // January and February both missing: one finding, naming February
    ReportAssert both = check("ACTUAL_MISSING", "2027-03-10", PETROV, SALES,
        plan(List.of(revenue(MILESTONES, values()))))
        .fires("ACTUAL_MISSING").on("sales.revenue", 1).firesNothingElse();
    assertThat(only(both, "ACTUAL_MISSING", "sales.revenue").message()).contains("February");
  }

  @Test
  void ACTUAL_MISSING_negative_control_the_day_before_the_month_closes_and_no_milestone() {
    check("ACTUAL_MISSING", "2027-03-09", PETROV, SALES,
        plan(List.of(revenue(MILESTONES, values(1, "10"))))).firesNothing();
    // a closed month without a milestone needs no actual
    check("ACTUAL_MISSING", "2027-03-10", PETROV, SALES,
        plan(List.of(revenue(values(3, "30"), values())))).firesNothing();
  }

  @Test
  void ACTUAL_MISSING_follows_the_reviewGraceDays_option() {
    DepartmentPlan plan = plan(List.of(revenue(MILESTONES, values(1, "10"))));
    RuleVerifier noGrace = withOptions(CheckOptions.builder().reviewGraceDays(0).build(),
        "ACTUAL_MISSING");
    // with no grace days a month closes the day after its last day, never on it
    noGrace.asOf(date("2027-02-28")).given(PETROV, SALES, plan).firesNothing();
    noGrace.asOf(date("2027-03-01")).given(PETROV, SALES, plan)
        .fires("ACTUAL_MISSING").on("sales.revenue", 1).firesNothingElse();
    check("ACTUAL_MISSING", "2027-03-01", PETROV, SALES, plan).firesNothing();
  }

  @Test
  void ACTUAL_MISSING_judges_each_kpi_on_its_own_values_where_two_share_an_id() {
    Kpi januaryMissing = revenue(values(1, "10"), values());
    // a second KPI of the id, without a January milestone: January is not its to miss
    Kpi second = Kpi.builder().id("sales.revenue").name("Revenue 2").monthly(values(2, "20"))
        .actual(values(2, "20")).build();
    String[] rules = {"ACTUAL_MISSING", "DUPLICATE_ID"};
    ReportAssert report = RuleVerifier.forRule(rules).asOf(date("2027-03-10"))
        .given(PETROV, SALES, plan(List.of(januaryMissing, second)))
        .fires("DUPLICATE_ID").on("sales.revenue", 1)
        .fires("ACTUAL_MISSING").on("sales.revenue", 1)
        .firesNothingElse();
    Finding f = only(report, "ACTUAL_MISSING", "sales.revenue");
    assertThat(f.path()).contains("/plans/0/kpis/0/monthly/1");
    assertThat(f.message()).isEqualTo("KPI sales.revenue \"Revenue\" has no actual for January"
        + " (milestone 10 mln RUB), and the month is closed");
    // nor does the second KPI's January actual stand in for the first one's
    Kpi januaryActual = Kpi.builder().from(second).actual(values(1, "10", 2, "20")).build();
    RuleVerifier.forRule(rules).asOf(date("2027-03-10"))
        .given(PETROV, SALES, plan(List.of(januaryMissing, januaryActual)))
        .fires("DUPLICATE_ID").on("sales.revenue", 1)
        .fires("ACTUAL_MISSING").on("sales.revenue", 1)
        .firesNothingElse();
  }

  // ---- KPI_BEHIND_PLAN and KPI_AT_RISK -------------------------------------------------------

  private static ReportAssert health(String actual, Direction direction) {
    return health(RuleVerifier.forRule("KPI_BEHIND_PLAN", "KPI_AT_RISK"), actual, direction);
  }

  private static ReportAssert health(RuleVerifier verifier, String actual, Direction direction) {
    Kpi kpi = Kpi.builder().from(revenue(values(1, "100"), values(1, actual)))
        .direction(java.util.Optional.ofNullable(direction)).build();
    // January has ended on 1 February; its health counts before the month is closed
    return verifier.asOf(date("2027-02-01")).given(PETROV, SALES, plan(List.of(kpi)));
  }

  @Test
  void KPI_BEHIND_PLAN_fires_beyond_5_percent_short() {
    ReportAssert report = health("94.9", null)
        .fires("KPI_BEHIND_PLAN").on("sales.revenue", 1).firesNothingElse();
    Finding f = only(report, "KPI_BEHIND_PLAN", "sales.revenue");
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/plans/0/kpis/0/actual/1");
    assertThat(f.message()).isEqualTo("KPI sales.revenue \"Revenue\" is 5.1% behind its"
        + " milestone for January: 94.9 mln RUB against 100 mln RUB");
    // exactly 15% short is still only behind
    health("85", null).fires("KPI_BEHIND_PLAN").on("sales.revenue", 1).firesNothingElse();
    health("105.1", Direction.DECREASE)
        .fires("KPI_BEHIND_PLAN").on("sales.revenue", 1).firesNothingElse();
    health("105.1", Direction.MAINTAIN)
        .fires("KPI_BEHIND_PLAN").on("sales.revenue", 1).firesNothingElse();
  }

  @Test
  void KPI_BEHIND_PLAN_negative_control_exactly_5_percent_short_or_ahead() {
    health("95", null).firesNothing();
    health("130", null).firesNothing();
    health("105", Direction.DECREASE).firesNothing();
    health("60", Direction.DECREASE).firesNothing();
    health("95", Direction.MAINTAIN).firesNothing();
  }

  @Test
  void KPI_AT_RISK_fires_beyond_15_percent_short() {
    ReportAssert report = health("84.9", null)
        .fires("KPI_AT_RISK").on("sales.revenue", 1).firesNothingElse();
    Finding f = only(report, "KPI_AT_RISK", "sales.revenue");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/plans/0/kpis/0/actual/1");
    assertThat(f.message()).isEqualTo("KPI sales.revenue \"Revenue\" is at risk: 15.1% behind"
        + " its milestone for January, 84.9 mln RUB against 100 mln RUB");
    health("115.1", Direction.MAINTAIN)
        .fires("KPI_AT_RISK").on("sales.revenue", 1).firesNothingElse();
  }

  @Test
  void KPI_AT_RISK_against_a_zero_milestone_names_the_shortfall_in_the_unit() {
    Kpi zero = revenue(values(1, "0"), values(1, "-2"));
    ReportAssert report = RuleVerifier.forRule("KPI_BEHIND_PLAN", "KPI_AT_RISK")
        .asOf(date("2027-02-01")).given(PETROV, SALES, plan(List.of(zero)))
        .fires("KPI_AT_RISK").on("sales.revenue", 1).firesNothingElse();
    assertThat(only(report, "KPI_AT_RISK", "sales.revenue").message())
        .isEqualTo("KPI sales.revenue \"Revenue\" is at risk: 2 mln RUB behind its milestone"
            + " for January, -2 mln RUB against 0 mln RUB");
  }

  @Test
  void KPI_AT_RISK_negative_control_exactly_15_percent_short() {
    health("85", null).doesNotFire("KPI_AT_RISK");
    health("115", Direction.DECREASE).doesNotFire("KPI_AT_RISK");
  }

  @Test
  void kpi_health_is_judged_on_the_latest_ended_month_with_both_values() {
    String[] rules = {"KPI_BEHIND_PLAN", "KPI_AT_RISK"};
    // at risk in January, on track in February: February counts
    Kpi recovered = revenue(values(1, "100", 2, "200"), values(1, "50", 2, "200"));
    RuleVerifier.forRule(rules).asOf(date("2027-03-01"))
        .given(PETROV, SALES, plan(List.of(recovered))).firesNothing();
    // on track in January; February has not ended, so its actual is not judged
    Kpi early = revenue(values(1, "100", 2, "200"), values(1, "100", 2, "50"));
    RuleVerifier.forRule(rules).asOf(date("2027-02-28"))
        .given(PETROV, SALES, plan(List.of(early))).firesNothing();
    RuleVerifier.forRule(rules).asOf(date("2027-03-01"))
        .given(PETROV, SALES, plan(List.of(early)))
        .fires("KPI_AT_RISK").on("sales.revenue", 1).firesNothingElse();
    // without a date nothing is judged
    RuleVerifier.forRule(rules).given(PETROV, SALES, plan(List.of(recovered, early)))
        .firesNothing();
  }

  @Test
  void KPI_BEHIND_PLAN_follows_the_behindTolerance_option() {
    RuleVerifier tenPercent = withOptions(CheckOptions.builder().behindTolerance(0.1).build(),
        "KPI_BEHIND_PLAN", "KPI_AT_RISK");
    health(tenPercent, "94.9", null).firesNothing();
    health(tenPercent, "90", null).firesNothing();
    health(tenPercent, "89.9", null)
        .fires("KPI_BEHIND_PLAN").on("sales.revenue", 1).firesNothingElse();
  }

  @Test
  void KPI_AT_RISK_follows_the_atRiskTolerance_option() {
    RuleVerifier twentyPercent = withOptions(CheckOptions.builder().atRiskTolerance(0.2).build(),
        "KPI_BEHIND_PLAN", "KPI_AT_RISK");
    health(twentyPercent, "84.9", null)
        .fires("KPI_BEHIND_PLAN").on("sales.revenue", 1).firesNothingElse();
    health(twentyPercent, "80", null)
        .fires("KPI_BEHIND_PLAN").on("sales.revenue", 1).firesNothingElse();
    health(twentyPercent, "79.9", null)
        .fires("KPI_AT_RISK").on("sales.revenue", 1).firesNothingElse();
  }

  // ---- TASK_OVERDUE --------------------------------------------------------------------------

  private static Task kazan(TaskStatus status) {
    return Task.builder().id("sales.t1").title("Open Kazan").addMonths(2, 1).status(status)
        .build();
  }

  @Test
  void TASK_OVERDUE_fires_on_an_open_task_whose_last_month_is_closed() {
    ReportAssert report = check("TASK_OVERDUE", "2027-03-10", PETROV, SALES,
        plan(List.of(), kazan(TaskStatus.PROPOSED)))
        .fires("TASK_OVERDUE").on("sales.t1", 1).firesNothingElse();
    Finding f = only(report, "TASK_OVERDUE", "sales.t1");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/plans/0/tasks/0");
    assertThat(f.message())
        .isEqualTo("Task sales.t1 \"Open Kazan\" was due by the end of February and is not done");
    check("TASK_OVERDUE", "2027-03-10", PETROV, SALES,
        plan(List.of(), kazan(TaskStatus.APPROVED)))
        .fires("TASK_OVERDUE").on("sales.t1", 1).firesNothingElse();
  }

  @Test
  void TASK_OVERDUE_negative_control_the_day_before_done_dropped_or_without_months() {
    check("TASK_OVERDUE", "2027-03-09", PETROV, SALES,
        plan(List.of(), kazan(TaskStatus.PROPOSED))).firesNothing();
    check("TASK_OVERDUE", "2027-03-10", PETROV, SALES,
        plan(List.of(), kazan(TaskStatus.DONE))).firesNothing();
    check("TASK_OVERDUE", "2027-03-10", PETROV, SALES,
        plan(List.of(), kazan(TaskStatus.DROPPED))).firesNothing();
    check("TASK_OVERDUE", "2027-03-10", PETROV, SALES,
        plan(List.of(), Task.builder().id("sales.t1").build())).firesNothing();
  }

  @Test
  void TASK_OVERDUE_follows_the_reviewGraceDays_option() {
    DepartmentPlan plan = plan(List.of(), kazan(TaskStatus.PROPOSED));
    RuleVerifier threeDays = withOptions(CheckOptions.builder().reviewGraceDays(3).build(),
        "TASK_OVERDUE");
    threeDays.asOf(date("2027-03-02")).given(PETROV, SALES, plan).firesNothing();
    threeDays.asOf(date("2027-03-03")).given(PETROV, SALES, plan)
        .fires("TASK_OVERDUE").on("sales.t1", 1).firesNothingElse();
  }

  // ---- TASK_DONE_LATE ------------------------------------------------------------------------

  private static Task done(Integer doneIn) {
    var b = Task.builder().from(kazan(TaskStatus.DONE));
    return doneIn == null ? b.build() : b.doneIn(doneIn).build();
  }

  @Test
  void TASK_DONE_LATE_fires_without_a_date_on_a_task_done_after_its_last_month() {
    ReportAssert report = check("TASK_DONE_LATE", null, PETROV, SALES, plan(List.of(), done(3)))
        .fires("TASK_DONE_LATE").on("sales.t1", 1).firesNothingElse();
    Finding f = only(report, "TASK_DONE_LATE", "sales.t1");
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/plans/0/tasks/0/doneIn");
    assertThat(f.message())
        .isEqualTo("Task sales.t1 \"Open Kazan\" was done in March, after its last month, February");
    // and with one
    check("TASK_DONE_LATE", "2027-12-31", PETROV, SALES, plan(List.of(), done(12)))
        .fires("TASK_DONE_LATE").on("sales.t1", 1).firesNothingElse();
  }

  @Test
  void TASK_DONE_LATE_negative_control_done_in_its_last_month_or_not_done() {
    check("TASK_DONE_LATE", null, PETROV, SALES, plan(List.of(), done(2))).firesNothing();
    check("TASK_DONE_LATE", null, PETROV, SALES, plan(List.of(), done(1))).firesNothing();
    check("TASK_DONE_LATE", null, PETROV, SALES, plan(List.of(), done(null))).firesNothing();
    // doneIn on a task that is not DONE is no finish date
    check("TASK_DONE_LATE", null, PETROV, SALES, plan(List.of(),
        Task.builder().from(kazan(TaskStatus.APPROVED)).doneIn(3).build())).firesNothing();
    check("TASK_DONE_LATE", null, PETROV, SALES, plan(List.of(),
        Task.builder().id("sales.t1").status(TaskStatus.DONE).doneIn(3).build())).firesNothing();
  }

  // ---- KEY_TASK_NOT_DONE and KEY_TASK_DONE_UNLISTED ------------------------------------------

  private static Task task(String id, String title) {
    return Task.builder().id(id).title(title).addMonths(1, 2).status(TaskStatus.APPROVED).build();
  }

  private static final Task S1 = task("s1", "CRM cleanup");
  private static final Task S3 = task("s3", "Dealer day");
  private static final Task S4 = task("s4", "Trade fair");

  private static Task s2(TaskStatus status, Integer doneIn) {
    var b = Task.builder().from(task("s2", "Hire two managers")).status(status);
    return doneIn == null ? b.build() : b.doneIn(doneIn).build();
  }

  private static KeyTaskAssignment keys(String person, int month, List<String> tasks,
      String... done) {
    var b = KeyTaskAssignment.builder().month(month).tasks(tasks).addDone(done);
    return person == null ? b.build() : b.person(person).build();
  }

  private static ReportAssert review(String rule, String asOf, Task s2,
      KeyTaskAssignment... entries) {
    return check(rule, asOf, PETROV, SALES, plan(List.of(), S1, s2, S3, S4),
        FollowUp.builder().addKeyTasks(entries).build());
  }

  private static final List<String> S123 = List.of("s1", "s2", "s3");

  @Test
  void KEY_TASK_NOT_DONE_fires_on_each_key_task_of_a_closed_month_not_done() {
    // s1 is marked done by the review, s2 by its DONE status in January; s3 is not done
    ReportAssert report = review("KEY_TASK_NOT_DONE", "2027-02-10", s2(TaskStatus.DONE, 1),
        keys("petrov", 1, S123, "s1"))
        .fires("KEY_TASK_NOT_DONE").on("petrov", 1).firesNothingElse();
    Finding f = only(report, "KEY_TASK_NOT_DONE", "petrov");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/followUp/keyTasks/0/tasks/2");
    assertThat(f.message())
        .isEqualTo("Key task s3 \"Dealer day\" of petrov \"Pyotr Petrov\" for January is not done");
    // s2 DONE only in February is not done for January
    review("KEY_TASK_NOT_DONE", "2027-02-10", s2(TaskStatus.DONE, 2),
        keys("petrov", 1, S123, "s1"))
        .fires("KEY_TASK_NOT_DONE").on("petrov", 2).firesNothingElse();
  }

  @Test
  void KEY_TASK_NOT_DONE_fires_once_per_person_month_and_task() {
    // s3 is listed by two entries of January and by the entry of February
    ReportAssert report = review("KEY_TASK_NOT_DONE", "2027-03-10", s2(TaskStatus.APPROVED, null),
        keys("petrov", 1, S123, "s1", "s2"), keys("petrov", 1, List.of("s3")),
        keys("petrov", 2, List.of("s3", "s4"), "s4"))
        .fires("KEY_TASK_NOT_DONE").on("petrov", 2).firesNothingElse();
    assertThat(report.findings("KEY_TASK_NOT_DONE", "petrov"))
        .extracting(Finding::message)
        .containsExactlyInAnyOrder(
            "Key task s3 \"Dealer day\" of petrov \"Pyotr Petrov\" for January is not done",
            "Key task s3 \"Dealer day\" of petrov \"Pyotr Petrov\" for February is not done");
  }

  @Test
  void KEY_TASK_NOT_DONE_negative_control_month_not_closed_or_every_key_task_done() {
    KeyTaskAssignment january = keys("petrov", 1, S123, "s1");
    review("KEY_TASK_NOT_DONE", "2027-02-09", s2(TaskStatus.DONE, 1), january).firesNothing();
    // s3 marked done in another entry of the same month; s2 DONE with no month given
    review("KEY_TASK_NOT_DONE", "2027-02-10", s2(TaskStatus.DONE, null), january,
        keys("petrov", 1, List.of("s3"), "s3")).firesNothing();
    // no date, no review due
    review("KEY_TASK_NOT_DONE", null, s2(TaskStatus.APPROVED, null), january).firesNothing();
  }

  @Test
  void KEY_TASK_NOT_DONE_follows_the_reviewGraceDays_option() {
    RuleVerifier noGrace = withOptions(CheckOptions.builder().reviewGraceDays(0).build(),
        "KEY_TASK_NOT_DONE");
    Object[] doc = {PETROV, SALES, plan(List.of(), S1, s2(TaskStatus.DONE, 1), S3, S4),
        FollowUp.builder().addKeyTasks(keys("petrov", 1, S123, "s1")).build()};
    noGrace.asOf(date("2027-01-31")).given(doc).firesNothing();
    noGrace.asOf(date("2027-02-01")).given(doc)
        .fires("KEY_TASK_NOT_DONE").on("petrov", 1).firesNothingElse();
    RuleVerifier.forRule("KEY_TASK_NOT_DONE").asOf(date("2027-02-01")).given(doc)
        .firesNothing();
  }

  @Test
  void KEY_TASK_DONE_UNLISTED_fires_without_a_date_on_a_done_task_not_among_the_key_tasks() {
    ReportAssert report = review("KEY_TASK_DONE_UNLISTED", null, s2(TaskStatus.APPROVED, null),
        keys("petrov", 1, S123, "s1", "s4"))
        .fires("KEY_TASK_DONE_UNLISTED").on("petrov", 1).firesNothingElse();
    Finding f = only(report, "KEY_TASK_DONE_UNLISTED", "petrov");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/followUp/keyTasks/0/done/1");
    assertThat(f.message()).isEqualTo("petrov \"Pyotr Petrov\": the review of the key tasks for"
        + " January marks s4 \"Trade fair\" done, but it is not one of them");
    // an entry without a person: the finding is on the follow-up block
    ReportAssert anonymous = review("KEY_TASK_DONE_UNLISTED", "2027-06-01",
        s2(TaskStatus.APPROVED, null), keys(null, 1, S123, "s4"))
        .fires("KEY_TASK_DONE_UNLISTED").on("followUp", 1).firesNothingElse();
    assertThat(only(anonymous, "KEY_TASK_DONE_UNLISTED", "followUp").department()).isEmpty();
  }

  @Test
  void KEY_TASK_DONE_UNLISTED_negative_control_listed_task_and_unknown_task() {
    review("KEY_TASK_DONE_UNLISTED", null, s2(TaskStatus.APPROVED, null),
        keys("petrov", 1, S123, "s1", "s3")).firesNothing();
    // a done id naming no task is UNKNOWN_REFERENCE only, held by the follow-up block
    ReportAssert report = RuleVerifier.forRule("KEY_TASK_DONE_UNLISTED", "UNKNOWN_REFERENCE")
        .given(PETROV, SALES, plan(List.of(), S1, s2(TaskStatus.APPROVED, null), S3, S4),
            FollowUp.builder().addKeyTasks(keys("petrov", 1, S123, "ghost")).build())
        .fires("UNKNOWN_REFERENCE").on("followUp", 1)
        .firesNothingElse();
    Finding f = only(report, "UNKNOWN_REFERENCE", "followUp");
    assertThat(f.path()).contains("/followUp/keyTasks/0/done/0");
    assertThat(f.department()).isEmpty();
    assertThat(f.message()).isEqualTo("followUp refers to ghost, which is no task of the document");
  }

  @Test
  void KEY_TASK_DONE_UNLISTED_fires_once_per_task_of_an_entry_however_often_done_names_it() {
    review("KEY_TASK_DONE_UNLISTED", null, s2(TaskStatus.APPROVED, null),
        keys("petrov", 1, S123, "s4", "s1", "s4"))
        .fires("KEY_TASK_DONE_UNLISTED").on("petrov", 1).firesNothingElse();
    // each entry that marks it is reviewed on its own
    review("KEY_TASK_DONE_UNLISTED", null, s2(TaskStatus.APPROVED, null),
        keys("petrov", 1, S123, "s4"), keys("petrov", 2, S123, "s4"))
        .fires("KEY_TASK_DONE_UNLISTED").on("petrov", 2).firesNothingElse();
  }

  @Test
  void KEY_TASK_DONE_UNLISTED_names_a_duplicated_person_alike_in_any_order_of_the_people() {
    Person first = Person.builder().id("petrov").name("Pyotr Petrov").department("sales").build();
    Person second = Person.builder().id("petrov").name("Pavel Petrov").department("hr").build();
    DepartmentPlan plan = plan(List.of(), S1, s2(TaskStatus.APPROVED, null), S3, S4);
    FollowUp followUp = FollowUp.builder().addKeyTasks(keys("petrov", 1, S123, "s4")).build();
    List<Finding> one = RuleVerifier.forRule("KEY_TASK_DONE_UNLISTED")
        .given(first, second, SALES, plan, followUp)
        .fires("KEY_TASK_DONE_UNLISTED").on("petrov", 1).firesNothingElse()
        .findings("KEY_TASK_DONE_UNLISTED", "petrov");
    List<Finding> other = RuleVerifier.forRule("KEY_TASK_DONE_UNLISTED")
        .given(second, first, SALES, plan, followUp)
        .fires("KEY_TASK_DONE_UNLISTED").on("petrov", 1).firesNothingElse()
        .findings("KEY_TASK_DONE_UNLISTED", "petrov");
    assertThat(other).isEqualTo(one);
  }

  // ---- REVISION_OVERDUE ----------------------------------------------------------------------

  private static final FollowUp FOLLOW_UP = FollowUp.builder().build();

  private static ReportAssert revision(String asOf, Object... extra) {
    return revision(RuleVerifier.forRule("REVISION_OVERDUE"), asOf, extra);
  }

  private static ReportAssert revision(RuleVerifier verifier, String asOf, Object... extra) {
    Object[] elements = new Object[extra.length + 2];
    elements[0] = PETROV;
    elements[1] = SALES;
    System.arraycopy(extra, 0, elements, 2, extra.length);
    return verifier.asOf(date(asOf)).given(elements);
  }

  private static Revision revised(int quarter) {
    return Revision.builder().quarter(quarter).date(date("2027-04-15")).build();
  }

  @Test
  void REVISION_OVERDUE_fires_on_the_30th_day_after_the_quarter() {
    ReportAssert report = revision("2027-04-30", FOLLOW_UP)
        .fires("REVISION_OVERDUE").on("document", 1).firesNothingElse();
    Finding f = only(report, "REVISION_OVERDUE", "document");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.department()).isEmpty();
    assertThat(f.path()).isEmpty();
    assertThat(f.message()).isEqualTo(
        "Quarter 1 ended 30 days ago or more, and the plan has not been revised for it");
    // revised for the first quarter, not yet for the second
    ReportAssert second = revision("2027-07-30", FOLLOW_UP, revised(1))
        .fires("REVISION_OVERDUE").on("document", 1).firesNothingElse();
    Finding s = only(second, "REVISION_OVERDUE", "document");
    assertThat(s.path()).contains("/revision/quarter");
    assertThat(s.message()).startsWith("Quarter 2 ended");
  }

  @Test
  void REVISION_OVERDUE_names_only_the_latest_quarter_due() {
    ReportAssert report = revision("2027-11-15", FOLLOW_UP)
        .fires("REVISION_OVERDUE").on("document", 1).firesNothingElse();
    assertThat(only(report, "REVISION_OVERDUE", "document").message()).startsWith("Quarter 3 ");
  }

  @Test
  void REVISION_OVERDUE_negative_control_29th_day_quarter_revised_or_no_follow_up() {
    revision("2027-04-29", FOLLOW_UP).firesNothing();
    revision("2027-04-30", FOLLOW_UP, revised(1)).firesNothing();
    revision("2027-07-29", FOLLOW_UP, revised(1)).firesNothing();
    revision("2027-09-01", FOLLOW_UP, revised(2)).firesNothing();
    // the fourth quarter is never due: the next year's session replaces its revision
    revision("2028-06-01", FOLLOW_UP, revised(3)).firesNothing();
    // before the session has taken place there is nothing to revise
    revision("2027-11-15").firesNothing();
  }

  @Test
  void REVISION_OVERDUE_follows_the_revisionGraceDays_option() {
    RuleVerifier tenDays = withOptions(CheckOptions.builder().revisionGraceDays(10).build(),
        "REVISION_OVERDUE");
    revision(tenDays, "2027-04-09", FOLLOW_UP).firesNothing();
    ReportAssert report = revision(tenDays, "2027-04-10", FOLLOW_UP)
        .fires("REVISION_OVERDUE").on("document", 1).firesNothingElse();
    assertThat(only(report, "REVISION_OVERDUE", "document").message())
        .isEqualTo("Quarter 1 ended 10 days ago or more, and the plan has not been revised for it");
  }

  // ---- keyTaskWeight, and Russian ------------------------------------------------------------

  @Test
  void the_keyTaskWeight_option_weighs_key_tasks_in_the_personal_score() {
    // January: one of two key tasks done, the one KPI on track
    PlanDocument doc = RuleVerifier.document(PETROV, SALES,
        plan(List.of(revenue(values(1, "100"), values(1, "100"))), S1,
            s2(TaskStatus.APPROVED, null)),
        FollowUp.builder().addKeyTasks(keys("petrov", 1, List.of("s1", "s2"), "s1")).build());
    CheckOptions defaults = PlanChecker.standard().options();
    CheckOptions heavy = CheckOptions.builder().keyTaskWeight(0.8).build();
    assertThat(PersonalScore.of(doc, "petrov", 1, defaults.reviewOptions()).orElseThrow()
        .percent()).isEqualTo(75);
    assertThat(PersonalScore.of(doc, "petrov", 1, heavy.reviewOptions()).orElseThrow()
        .percent()).isEqualTo(60);
    assertThat(heavy.reviewOptions().keyTaskWeight()).isEqualTo(0.8);
    assertThat(heavy.reviewOptions().reviewGraceDays()).isEqualTo(defaults.reviewGraceDays());
  }

  @Test
  void messages_render_in_russian() {
    PlanChecker russian = PlanChecker.builder().locale(Locale.forLanguageTag("ru"))
        .enableOnly(List.of("KPI_AT_RISK", "REVISION_OVERDUE", "TASK_OVERDUE")).build();
    Kpi kpi = revenue(values(1, "100"), values(1, "84.9"));
    ReportAssert report = RuleVerifier.of(russian).asOf(date("2027-04-30"))
        .given(PETROV, SALES, plan(List.of(kpi), kazan(TaskStatus.APPROVED)), FOLLOW_UP)
        .fires("KPI_AT_RISK").on("sales.revenue", 1)
        .fires("REVISION_OVERDUE").on("document", 1)
        .fires("TASK_OVERDUE").on("sales.t1", 1)
        .firesNothingElse();
    assertThat(only(report, "KPI_AT_RISK", "sales.revenue").message())
        .isEqualTo("KPI sales.revenue «Revenue» под угрозой: отставание от плана за январь"
            + " — 15.1%, факт 84.9 mln RUB при плане 100 mln RUB");
    assertThat(only(report, "REVISION_OVERDUE", "document").message())
        .isEqualTo("Квартал 1 закончился 30 дней назад или раньше, а ревизии плана за него нет");
    assertThat(only(report, "TASK_OVERDUE", "sales.t1").message())
        .isEqualTo("Задача sales.t1 «Open Kazan»: срок — февраль, но она не выполнена");
  }
}
