package org.strategysession.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.strategysession.model.AgendaItem;
import org.strategysession.model.AgendaKind;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.Person;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.Role;
import org.strategysession.model.Session;
import org.strategysession.model.StandardProgram;
import org.strategysession.model.Venue;
import org.strategysession.model.VenueFormat;
import org.strategysession.rules.facts.StandardBlockFact;
import org.strategysession.rules.testing.ReportAssert;
import org.strategysession.rules.testing.RuleVerifier;

/** session.drl: the session block, its venue, participants and agenda. */
class SessionRulesTest {
  private static final String[] SESSION_RULES = {
    "SESSION_DAYS", "SESSION_DAY_LENGTH", "SESSION_TOO_MANY_PARTICIPANTS", "FACILITATOR_MISSING",
    "FACILITATOR_EXTERNAL", "VENUE_NOT_OFFLINE", "VENUE_IN_OFFICE", "HEAD_NOT_PARTICIPATING",
    "AGENDA_OVERLAP", "AGENDA_BLOCK_MISSING", "AGENDA_REPORT_MISSING", "AGENDA_BLOCK_DURATION"
  };

  private static final Person PETROV = Person.builder().id("petrov").name("Pyotr Petrov")
      .department("sales").role(Role.HEAD).build();
  private static final Person IVANOVA = Person.builder().id("ivanova").name("Irina Ivanova")
      .department("hr").role(Role.HEAD).build();
  private static final Person SOKOLOV = Person.builder().id("sokolov").name("Sergei Sokolov")
      .department("it").role(Role.HEAD).build();
  private static final Department SALES = Department.of("sales", "Sales", DepartmentKind.SALES, "petrov");
  private static final Department HR = Department.of("hr", "HR", DepartmentKind.HR, "ivanova");
  /** A department without a plan: its head need not take part nor report. */
  private static final Department IT = Department.of("it", "IT", DepartmentKind.IT, "sokolov");
  private static final DepartmentPlan SALES_PLAN =
      DepartmentPlan.builder().department("sales").build();
  private static final DepartmentPlan HR_PLAN = DepartmentPlan.builder().department("hr").build();

  private static final LocalDate DAY1 = LocalDate.of(2027, 1, 25);
  private static final LocalDate DAY2 = LocalDate.of(2027, 1, 26);

  /** The standard program for sales and hr: day 1 has 390 working minutes, day 2 has 480. */
  private static final List<AgendaItem> STANDARD_AGENDA = List.of(
      item(1, "10:00", 30, AgendaKind.INTRO, "Opening"),
      report(1, "10:30", 90, "sales"),
      report(1, "12:00", 90, "hr"),
      item(1, "13:30", 60, AgendaKind.BREAK, "Lunch"),
      item(1, "14:30", 60, AgendaKind.DISCUSSION, "Problems"),
      item(1, "15:30", 120, AgendaKind.GOAL_SETTING, "Goals"),
      item(2, "10:00", 240, AgendaKind.TASK_PRESENTATION, "Tasks"),
      item(2, "14:00", 60, AgendaKind.BREAK, "Break"),
      item(2, "15:00", 240, AgendaKind.INITIATIVES, "Initiatives"));

  private static final Session CLEAN = Session.builder()
      .addDays(DAY1, DAY2)
      .venue(Venue.builder().name("Loft").format(VenueFormat.OFFLINE).offsite(true).build())
      .facilitator("ivanova")
      .addParticipants("petrov", "ivanova")
      .agenda(STANDARD_AGENDA)
      .build();

  private static AgendaItem item(int day, String start, int minutes, AgendaKind kind,
      String title) {
    return AgendaItem.builder().day(day).start(LocalTime.parse(start)).minutes(minutes).kind(kind)
        .title(title).build();
  }

  private static AgendaItem report(int day, String start, int minutes, String department) {
    return AgendaItem.builder().day(day).start(LocalTime.parse(start)).minutes(minutes)
        .kind(AgendaKind.DEPARTMENT_REPORT).department(department).build();
  }

  private static ReportAssert check(String rule, Session session) {
    return RuleVerifier.forRule(rule)
        .given(PETROV, IVANOVA, SOKOLOV, SALES, HR, IT, SALES_PLAN, HR_PLAN, session);
  }

  private static ReportAssert check(PlanChecker checker, Session session) {
    return RuleVerifier.of(checker)
        .given(PETROV, IVANOVA, SOKOLOV, SALES, HR, IT, SALES_PLAN, HR_PLAN, session);
  }

  private static Finding only(ReportAssert report, String rule, String subject) {
    List<Finding> found = report.findings(rule, subject);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static Session withAgenda(List<AgendaItem> agenda) {
    return Session.builder().from(CLEAN).agenda(agenda).build();
  }

  private static Session withExtra(AgendaItem... extra) {
    List<AgendaItem> agenda = new ArrayList<>(STANDARD_AGENDA);
    agenda.addAll(List.of(extra));
    return withAgenda(agenda);
  }

  private static Session without(AgendaKind kind, String department) {
    List<AgendaItem> agenda = new ArrayList<>(STANDARD_AGENDA);
    agenda.removeIf(i -> i.kind().orElseThrow() == kind
        && (department == null || department.equals(i.department().orElse(null))));
    return withAgenda(agenda);
  }

  @Test
  void clean_session_fires_no_session_rule() {
    RuleVerifier.forRule(SESSION_RULES)
        .given(PETROV, IVANOVA, SOKOLOV, SALES, HR, IT, SALES_PLAN, HR_PLAN, CLEAN)
        .firesNothing();
  }

  @Test
  void session_rules_stay_silent_without_a_session_block() {
    RuleVerifier.forRule(SESSION_RULES)
        .given(PETROV, IVANOVA, SOKOLOV, SALES, HR, IT, SALES_PLAN, HR_PLAN)
        .firesNothing();
  }

  @Test
  void SESSION_DAYS_fires_on_days_that_are_not_consecutive() {
    Session gap = Session.builder().from(CLEAN).days(List.of(DAY1, DAY1.plusDays(2))).build();
    ReportAssert report = check("SESSION_DAYS", gap).fires("SESSION_DAYS").on("session", 1)
        .firesNothingElse();
    Finding f = only(report, "SESSION_DAYS", "session");
    assertThat(f.path()).contains("/session/days");
    assertThat(f.department()).isEmpty();
    assertThat(f.message())
        .isEqualTo("The session days (2027-01-25, 2027-01-27) are not 2 consecutive days");
  }

  @Test
  void SESSION_DAYS_fires_on_another_number_of_days_and_on_none() {
    Session three = Session.builder().from(CLEAN).days(List.of(DAY1, DAY2, DAY2.plusDays(1)))
        .build();
    check("SESSION_DAYS", three).fires("SESSION_DAYS").on("session", 1).firesNothingElse();
    Session none = Session.builder().from(CLEAN).days(List.of()).build();
    ReportAssert report = check("SESSION_DAYS", none).fires("SESSION_DAYS").on("session", 1);
    assertThat(only(report, "SESSION_DAYS", "session").message())
        .isEqualTo("The session days (none) are not 2 consecutive days");
  }

  @Test
  void SESSION_DAYS_negative_control_two_consecutive_days() {
    check("SESSION_DAYS", CLEAN).firesNothing();
  }

  @Test
  void SESSION_DAYS_follows_the_sessionDays_option() {
    PlanChecker threeDays = PlanChecker.builder()
        .options(CheckOptions.builder().sessionDays(3).build())
        .enableOnly(List.of("SESSION_DAYS")).build();
    Session three = Session.builder().from(CLEAN).days(List.of(DAY1, DAY2, DAY2.plusDays(1)))
        .build();
    check(threeDays, three).firesNothing();
    check(threeDays, CLEAN).fires("SESSION_DAYS").on("session", 1).firesNothingElse();
  }

  @Test
  void SESSION_DAY_LENGTH_fires_once_per_day_outside_the_range() {
    Session longDay2 = withExtra(item(2, "19:00", 30, AgendaKind.OTHER, "Wrap-up"));
    ReportAssert report = check("SESSION_DAY_LENGTH", longDay2)
        .fires("SESSION_DAY_LENGTH").on("session", 1).firesNothingElse();
    Finding f = only(report, "SESSION_DAY_LENGTH", "session");
    assertThat(f.path()).contains("/session/days/1");
    assertThat(f.message()).isEqualTo("Day 2 has 510 working minutes, outside 360–480");

    List<AgendaItem> shortDays = new ArrayList<>(STANDARD_AGENDA);
    shortDays.removeIf(i -> i.kind().orElseThrow() == AgendaKind.GOAL_SETTING
        || i.kind().orElseThrow() == AgendaKind.INITIATIVES);
    check("SESSION_DAY_LENGTH", withAgenda(shortDays))
        .fires("SESSION_DAY_LENGTH").on("session", 2).firesNothingElse();
  }

  @Test
  void SESSION_DAY_LENGTH_fires_for_an_agenda_day_beyond_the_session_days() {
    Session day3 = withExtra(item(3, "10:00", 60, AgendaKind.OTHER, "Extra"));
    ReportAssert report = check("SESSION_DAY_LENGTH", day3)
        .fires("SESSION_DAY_LENGTH").on("session", 1).firesNothingElse();
    assertThat(only(report, "SESSION_DAY_LENGTH", "session").path()).contains("/session/agenda");
  }

  @Test
  void SESSION_DAY_LENGTH_negative_control_at_the_bounds_and_breaks_not_counted() {
    // day 2: 480 working minutes (the upper bound) plus a 60-minute break
    check("SESSION_DAY_LENGTH", CLEAN).firesNothing();
    // day 1: 360 working minutes (the lower bound): discussion cut from 60 to 30
    List<AgendaItem> agenda = new ArrayList<>(STANDARD_AGENDA);
    agenda.set(4, item(1, "14:30", 30, AgendaKind.DISCUSSION, "Problems"));
    check("SESSION_DAY_LENGTH", withAgenda(agenda)).firesNothing();
    // ... and 359 is below it
    agenda.set(4, item(1, "14:30", 29, AgendaKind.DISCUSSION, "Problems"));
    check("SESSION_DAY_LENGTH", withAgenda(agenda))
        .fires("SESSION_DAY_LENGTH").on("session", 1).firesNothingElse();
  }

  @Test
  void SESSION_DAY_LENGTH_follows_the_maxDayMinutes_option() {
    Session longDay2 = withExtra(item(2, "19:00", 30, AgendaKind.OTHER, "Wrap-up"));
    PlanChecker longer = PlanChecker.builder()
        .options(CheckOptions.builder().maxDayMinutes(510).build())
        .enableOnly(List.of("SESSION_DAY_LENGTH")).build();
    check(longer, longDay2).firesNothing();
  }

  private static Session withParticipants(String... ids) {
    return Session.builder().from(CLEAN).participants(List.of(ids)).build();
  }

  @Test
  void SESSION_TOO_MANY_PARTICIPANTS_fires_above_the_limit() {
    Session nine = withParticipants("petrov", "ivanova", "p3", "p4", "p5", "p6", "p7", "p8", "p9");
    ReportAssert report = check("SESSION_TOO_MANY_PARTICIPANTS", nine)
        .fires("SESSION_TOO_MANY_PARTICIPANTS").on("session", 1).firesNothingElse();
    Finding f = only(report, "SESSION_TOO_MANY_PARTICIPANTS", "session");
    assertThat(f.path()).contains("/session/participants");
    assertThat(f.message()).isEqualTo("The session has 9 participants (more than 8)");
  }

  @Test
  void SESSION_TOO_MANY_PARTICIPANTS_negative_control_eight_distinct_participants() {
    check("SESSION_TOO_MANY_PARTICIPANTS",
        withParticipants("petrov", "ivanova", "p3", "p4", "p5", "p6", "p7", "p8"))
        .firesNothing();
    // a participant listed twice is one participant
    check("SESSION_TOO_MANY_PARTICIPANTS",
        withParticipants("petrov", "ivanova", "p3", "p4", "p5", "p6", "p7", "p8", "p8"))
        .firesNothing();
  }

  @Test
  void SESSION_TOO_MANY_PARTICIPANTS_follows_the_maxParticipants_option() {
    PlanChecker small = PlanChecker.builder()
        .options(CheckOptions.builder().maxParticipants(1).build())
        .enableOnly(List.of("SESSION_TOO_MANY_PARTICIPANTS")).build();
    check(small, CLEAN).fires("SESSION_TOO_MANY_PARTICIPANTS").on("session", 1);
    check(small, withParticipants("petrov")).firesNothing();
  }

  @Test
  void FACILITATOR_MISSING_fires_on_a_session_without_facilitator() {
    Session none = Session.builder().from(CLEAN).facilitator(Optional.empty()).build();
    ReportAssert report = check("FACILITATOR_MISSING", none)
        .fires("FACILITATOR_MISSING").on("session", 1).firesNothingElse();
    Finding f = only(report, "FACILITATOR_MISSING", "session");
    assertThat(f.path()).contains("/session");
    assertThat(f.message()).isEqualTo("The session has no facilitator");
  }

  @Test
  void FACILITATOR_MISSING_negative_control_facilitator_named() {
    check("FACILITATOR_MISSING", CLEAN).firesNothing();
  }

  @Test
  void FACILITATOR_EXTERNAL_fires_on_an_external_facilitator() {
    Person coach = Person.builder().id("coach").name("Anna Coach").department("hr")
        .role(Role.EXTERNAL).build();
    Session s = Session.builder().from(CLEAN).facilitator("coach").build();
    ReportAssert report = RuleVerifier.forRule("FACILITATOR_EXTERNAL")
        .given(coach, PETROV, IVANOVA, SALES, HR, SALES_PLAN, HR_PLAN, s)
        .fires("FACILITATOR_EXTERNAL").on("session", 1).firesNothingElse();
    Finding f = only(report, "FACILITATOR_EXTERNAL", "session");
    assertThat(f.path()).contains("/session/facilitator");
    assertThat(f.message())
        .isEqualTo("The facilitator coach \"Anna Coach\" is external or belongs to no department");
  }

  @Test
  void FACILITATOR_EXTERNAL_fires_on_a_facilitator_without_department() {
    Person guest = Person.builder().id("guest").role(Role.SPECIALIST).build();
    Session s = Session.builder().from(CLEAN).facilitator("guest").build();
    RuleVerifier.forRule("FACILITATOR_EXTERNAL")
        .given(guest, PETROV, IVANOVA, SALES, HR, SALES_PLAN, HR_PLAN, s)
        .fires("FACILITATOR_EXTERNAL").on("session", 1).firesNothingElse();
  }

  @Test
  void FACILITATOR_EXTERNAL_negative_control_internal_facilitator_and_unknown_person() {
    check("FACILITATOR_EXTERNAL", CLEAN).firesNothing();
    // a facilitator naming nobody is UNKNOWN_REFERENCE only
    Session unknown = Session.builder().from(CLEAN).facilitator("nobody").build();
    RuleVerifier.forRule("FACILITATOR_EXTERNAL", "UNKNOWN_REFERENCE")
        .given(PETROV, IVANOVA, SALES, HR, SALES_PLAN, HR_PLAN, unknown)
        .fires("UNKNOWN_REFERENCE").on("session", 1)
        .firesNothingElse();
  }

  private static Session withVenue(VenueFormat format, Boolean offsite) {
    return Session.builder().from(CLEAN)
        .venue(Venue.builder()
            .format(Optional.ofNullable(format))
            .offsite(Optional.ofNullable(offsite)).build())
        .build();
  }

  @Test
  void VENUE_NOT_OFFLINE_fires_on_an_online_or_hybrid_session() {
    ReportAssert report = check("VENUE_NOT_OFFLINE", withVenue(VenueFormat.ONLINE, true))
        .fires("VENUE_NOT_OFFLINE").on("session", 1).firesNothingElse();
    Finding f = only(report, "VENUE_NOT_OFFLINE", "session");
    assertThat(f.path()).contains("/session/venue/format");
    assertThat(f.message()).isEqualTo("The session is held ONLINE, not in person (OFFLINE)");
    check("VENUE_NOT_OFFLINE", withVenue(VenueFormat.HYBRID, true))
        .fires("VENUE_NOT_OFFLINE").on("session", 1).firesNothingElse();
  }

  @Test
  void VENUE_NOT_OFFLINE_negative_control_offline_or_format_not_given() {
    check("VENUE_NOT_OFFLINE", CLEAN).firesNothing();
    check("VENUE_NOT_OFFLINE", withVenue(null, true)).firesNothing();
  }

  @Test
  void VENUE_IN_OFFICE_fires_when_offsite_is_false() {
    ReportAssert report = check("VENUE_IN_OFFICE", withVenue(VenueFormat.OFFLINE, false))
        .fires("VENUE_IN_OFFICE").on("session", 1).firesNothingElse();
    Finding f = only(report, "VENUE_IN_OFFICE", "session");
    assertThat(f.path()).contains("/session/venue/offsite");
    assertThat(f.message()).isEqualTo("The session is held in the office, not off-site");
  }

  @Test
  void VENUE_IN_OFFICE_negative_control_offsite_or_not_given() {
    check("VENUE_IN_OFFICE", CLEAN).firesNothing();
    check("VENUE_IN_OFFICE", withVenue(VenueFormat.OFFLINE, null)).firesNothing();
  }

  @Test
  void HEAD_NOT_PARTICIPATING_fires_on_the_absent_head() {
    ReportAssert report = check("HEAD_NOT_PARTICIPATING", withParticipants("ivanova"))
        .fires("HEAD_NOT_PARTICIPATING").on("petrov", 1).firesNothingElse();
    Finding f = only(report, "HEAD_NOT_PARTICIPATING", "petrov");
    assertThat(f.department()).contains("sales");
    assertThat(f.path()).contains("/session/participants");
    assertThat(f.message()).isEqualTo(
        "petrov \"Pyotr Petrov\", head of department sales \"Sales\", is not among the participants");
  }

  @Test
  void HEAD_NOT_PARTICIPATING_negative_control_head_of_a_department_without_plan() {
    // sokolov heads IT, which has no plan, and does not take part
    check("HEAD_NOT_PARTICIPATING", CLEAN).firesNothing();
  }

  @Test
  void AGENDA_OVERLAP_fires_once_per_overlapping_pair() {
    Session s = withExtra(item(1, "10:15", 30, AgendaKind.OTHER, "Coffee"));
    ReportAssert report = check("AGENDA_OVERLAP", s)
        .fires("AGENDA_OVERLAP").on("session", 2).firesNothingElse();
    // 10:15–10:45 overlaps the opening (10:00–10:30) and the sales report (10:30–12:00)
    List<String> messages = report.findings("AGENDA_OVERLAP", "session").stream()
        .map(Finding::message).toList();
    assertThat(messages).containsExactlyInAnyOrder(
        "Day 1: agenda item INTRO \"Opening\" (10:00–10:30) overlaps item OTHER \"Coffee\" (10:15–10:45)",
        "Day 1: agenda item OTHER \"Coffee\" (10:15–10:45) overlaps item DEPARTMENT_REPORT sales (10:30–12:00)");
    assertThat(report.findings("AGENDA_OVERLAP", "session"))
        .allSatisfy(f -> assertThat(f.path()).contains("/session/agenda/9"));
  }

  @Test
  void AGENDA_OVERLAP_negative_control_adjacent_items_and_other_days() {
    // the standard agenda has back-to-back items (10:00–10:30, 10:30–12:00)
    check("AGENDA_OVERLAP", CLEAN).firesNothing();
    // the same time on day 2 overlaps nothing of day 1
    check("AGENDA_OVERLAP", withExtra(item(2, "09:00", 60, AgendaKind.OTHER, "Coffee")))
        .firesNothing();
  }

  @Test
  void AGENDA_BLOCK_MISSING_fires_once_per_missing_block() {
    ReportAssert report = check("AGENDA_BLOCK_MISSING", without(AgendaKind.DISCUSSION, null))
        .fires("AGENDA_BLOCK_MISSING").on("session", 1).firesNothingElse();
    Finding f = only(report, "AGENDA_BLOCK_MISSING", "session");
    assertThat(f.path()).contains("/session/agenda");
    assertThat(f.message()).isEqualTo("Day 1 of the agenda has no DISCUSSION block");
    check("AGENDA_BLOCK_MISSING", withAgenda(List.of()))
        .fires("AGENDA_BLOCK_MISSING").on("session", 6).firesNothingElse();
  }

  @Test
  void AGENDA_BLOCK_MISSING_fires_for_a_block_on_the_wrong_day() {
    List<AgendaItem> agenda = new ArrayList<>(STANDARD_AGENDA);
    agenda.set(8, item(1, "18:00", 240, AgendaKind.INITIATIVES, "Initiatives"));
    ReportAssert report = check("AGENDA_BLOCK_MISSING", withAgenda(agenda))
        .fires("AGENDA_BLOCK_MISSING").on("session", 1).firesNothingElse();
    assertThat(only(report, "AGENDA_BLOCK_MISSING", "session").message())
        .isEqualTo("Day 2 of the agenda has no INITIATIVES block");
  }

  @Test
  void AGENDA_BLOCK_MISSING_negative_control_standard_program() {
    check("AGENDA_BLOCK_MISSING", CLEAN).firesNothing();
  }

  @Test
  void the_standard_blocks_are_the_standard_programs_but_the_break() {
    PlanDocument document = PlanDocument.builder().company("Acme").planningYear(2027)
        .session(CLEAN).build();
    List<StandardBlockFact> blocks = Facts.of(document, null, CheckOptions.defaults()).stream()
        .filter(StandardBlockFact.class::isInstance).map(StandardBlockFact.class::cast).toList();
    assertThat(blocks).extracting(StandardBlockFact::day, StandardBlockFact::kind,
            StandardBlockFact::minMinutes, StandardBlockFact::maxMinutes)
        .containsExactlyElementsOf(StandardProgram.blocks().stream()
            .filter(b -> b.kind() != AgendaKind.BREAK)
            .map(b -> tuple(b.day(), b.kind(), b.minMinutes(), b.maxMinutes())).toList())
        .hasSize(6);
    // a document without a session has no agenda to judge
    PlanDocument noSession = PlanDocument.builder().company("Acme").planningYear(2027).build();
    assertThat(Facts.of(noSession, null, CheckOptions.defaults()))
        .noneMatch(StandardBlockFact.class::isInstance);
  }

  @Test
  void the_break_is_neither_a_missing_block_nor_a_block_of_wrong_length() {
    check("AGENDA_BLOCK_MISSING", without(AgendaKind.BREAK, null)).firesNothing();
    check("AGENDA_BLOCK_DURATION", withExtra(item(2, "19:00", 300, AgendaKind.BREAK, "Dinner")))
        .firesNothing();
    // control: the same length of a standard block is judged
    check("AGENDA_BLOCK_DURATION", withExtra(item(2, "19:00", 300, AgendaKind.INITIATIVES, "More")))
        .fires("AGENDA_BLOCK_DURATION").on("session", 1).firesNothingElse();
  }

  @Test
  void AGENDA_REPORT_MISSING_fires_on_the_department_without_a_report() {
    ReportAssert report = check("AGENDA_REPORT_MISSING",
        without(AgendaKind.DEPARTMENT_REPORT, "hr"))
        .fires("AGENDA_REPORT_MISSING").on("hr", 1).firesNothingElse();
    Finding f = only(report, "AGENDA_REPORT_MISSING", "hr");
    assertThat(f.department()).contains("hr");
    assertThat(f.path()).contains("/session/agenda");
    assertThat(f.message())
        .isEqualTo("Department hr \"HR\" has a plan but no DEPARTMENT_REPORT on day 1");
  }

  @Test
  void AGENDA_REPORT_MISSING_fires_for_a_report_on_day_2() {
    List<AgendaItem> agenda = new ArrayList<>(STANDARD_AGENDA);
    agenda.set(2, report(2, "18:00", 90, "hr"));
    check("AGENDA_REPORT_MISSING", withAgenda(agenda))
        .fires("AGENDA_REPORT_MISSING").on("hr", 1).firesNothingElse();
  }

  @Test
  void AGENDA_REPORT_MISSING_negative_control_department_without_plan() {
    // IT has no plan and no report slot
    check("AGENDA_REPORT_MISSING", CLEAN).firesNothing();
  }

  private static Session withReports(int salesMinutes, int hrMinutes) {
    List<AgendaItem> agenda = new ArrayList<>(STANDARD_AGENDA);
    agenda.set(1, report(1, "10:30", salesMinutes, "sales"));
    agenda.set(2, report(1, "12:00", hrMinutes, "hr"));
    return withAgenda(agenda);
  }

  @Test
  void AGENDA_BLOCK_DURATION_fires_on_reports_beyond_300_minutes() {
    ReportAssert report = check("AGENDA_BLOCK_DURATION", withReports(150, 151))
        .fires("AGENDA_BLOCK_DURATION").on("session", 1).firesNothingElse();
    Finding f = only(report, "AGENDA_BLOCK_DURATION", "session");
    assertThat(f.path()).contains("/session/agenda");
    assertThat(f.message())
        .isEqualTo("Block DEPARTMENT_REPORT takes 301 minutes, outside 135–300");
    check("AGENDA_BLOCK_DURATION", withReports(100, 34))
        .fires("AGENDA_BLOCK_DURATION").on("session", 1).firesNothingElse();
  }

  @Test
  void AGENDA_BLOCK_DURATION_fires_once_per_block_kind() {
    List<AgendaItem> agenda = new ArrayList<>(STANDARD_AGENDA);
    agenda.set(0, item(1, "10:00", 10, AgendaKind.INTRO, "Opening"));
    agenda.set(6, item(2, "10:00", 100, AgendaKind.TASK_PRESENTATION, "Tasks"));
    check("AGENDA_BLOCK_DURATION", withAgenda(agenda))
        .fires("AGENDA_BLOCK_DURATION").on("session", 2).firesNothingElse();
  }

  @Test
  void AGENDA_BLOCK_DURATION_negative_control_at_the_bounds_and_absent_block() {
    check("AGENDA_BLOCK_DURATION", withReports(150, 150)).firesNothing();
    check("AGENDA_BLOCK_DURATION", withReports(100, 35)).firesNothing();
    // an absent block is AGENDA_BLOCK_MISSING only
    check("AGENDA_BLOCK_DURATION", without(AgendaKind.DISCUSSION, null)).firesNothing();
  }

  @Test
  void AGENDA_BLOCK_DURATION_follows_the_agendaBlockTolerance_option() {
    PlanChecker wide = PlanChecker.builder()
        .options(CheckOptions.builder().agendaBlockTolerance(0.5).build())
        .enableOnly(List.of("AGENDA_BLOCK_DURATION")).build();
    check(wide, withReports(150, 151)).firesNothing();
    ReportAssert report = check(wide, withReports(200, 161))
        .fires("AGENDA_BLOCK_DURATION").on("session", 1).firesNothingElse();
    assertThat(only(report, "AGENDA_BLOCK_DURATION", "session").message())
        .isEqualTo("Block DEPARTMENT_REPORT takes 361 minutes, outside 90–360");
  }

  @Test
  void messages_render_in_russian() {
    PlanChecker ru = PlanChecker.builder().locale(Locale.forLanguageTag("ru"))
        .enableOnly(List.of("AGENDA_OVERLAP", "HEAD_NOT_PARTICIPATING")).build();
    Session s = Session.builder().from(withExtra(item(1, "10:15", 10, AgendaKind.OTHER, "Кофе")))
        .participants(List.of("ivanova")).build();
    ReportAssert report = check(ru, s)
        .fires("AGENDA_OVERLAP").on("session", 1)
        .fires("HEAD_NOT_PARTICIPATING").on("petrov", 1)
        .firesNothingElse();
    assertThat(only(report, "AGENDA_OVERLAP", "session").message()).isEqualTo(
        "День 1: пункт программы INTRO «Opening» (10:00–10:30) пересекается с пунктом OTHER «Кофе» (10:15–10:25)");
    assertThat(only(report, "HEAD_NOT_PARTICIPATING", "petrov").message()).isEqualTo(
        "petrov «Pyotr Petrov», руководитель отдела sales «Sales», не входит в число участников");
  }
}
