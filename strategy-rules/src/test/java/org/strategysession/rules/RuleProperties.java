package org.strategysession.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.strategysession.model.CompanyGoal;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.FollowUp;
import org.strategysession.model.Goal;
import org.strategysession.model.Initiative;
import org.strategysession.model.KeyTaskAssignment;
import org.strategysession.model.Kpi;
import org.strategysession.model.Person;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.Remark;
import org.strategysession.model.SalesBasis;
import org.strategysession.model.Session;
import org.strategysession.model.Task;
import org.strategysession.model.Venue;
import org.strategysession.model.YearReport;
import org.strategysession.rules.facts.Label;
import org.strategysession.rules.testing.CleanDocuments;
import org.strategysession.rules.testing.CleanDocuments.DatedDocument;

/**
 * Laws of the checker over generated documents: a clean document gives no finding, without a
 * date and, lived through its year, as of its date; one injected defect gives exactly its
 * finding; the order of any list changes nothing in the report but the JSON pointers, with or
 * without a date; eight threads sharing one checker agree with one; overdue tasks and missing
 * actuals stay reported as the date moves on.
 */
class RuleProperties {
  private static final PlanChecker CHECKER = PlanChecker.standard();
  private static ExecutorService pool;

  @BeforeContainer
  static void startPool() {
    pool = Executors.newFixedThreadPool(8);
  }

  @AfterContainer
  static void stopPool() {
    pool.shutdownNow();
  }

  @Provide
  Arbitrary<PlanDocument> clean() {
    return CleanDocuments.documents();
  }

  @Property(tries = 200)
  void a_clean_document_gives_no_finding(@ForAll("clean") PlanDocument doc) {
    assertThat(CHECKER.check(doc).findings()).isEmpty();
  }

  @Provide
  Arbitrary<DatedDocument> inAction() {
    return CleanDocuments.inAction();
  }

  @Property(tries = 200)
  @StatisticsReport(onFailureOnly = true)
  void a_clean_document_lived_until_a_date_gives_no_finding_as_of_that_date(
      @ForAll("inAction") DatedDocument dated) {
    PlanDocument doc = dated.document();
    assertThat(CHECKER.check(doc, dated.asOf()).findings()).isEmpty();
    // the generator does reach the year in action, not only its first days
    var tasks = doc.plans().stream().flatMap(p -> p.tasks().stream()).toList();
    Statistics.label("actuals").collect(doc.plans().stream()
        .flatMap(p -> p.kpis().stream()).anyMatch(k -> !k.actual().isEmpty()));
    Statistics.label("done tasks").collect(tasks.stream().anyMatch(t -> t.isDone()));
    Statistics.label("reviewed key tasks").collect(doc.followUp().orElseThrow().keyTasks()
        .stream().anyMatch(k -> !k.done().isEmpty()));
    Statistics.label("revision").collect(doc.revision().isPresent());
    Statistics.label("company goals").collect(!doc.companyGoals().isEmpty());
    Statistics.label("priorities").collect(doc.plans().stream().flatMap(p -> p.goals().stream())
        .anyMatch(g -> g.priority().isPresent()));
    for (String label : List.of("actuals", "done tasks", "reviewed key tasks", "revision",
        "company goals", "priorities")) {
      Statistics.label(label).coverage(c -> c.check(true).percentage(share -> share >= 20));
    }
  }

  /** One defect of a known kind, and the findings (rule, subject) it must give. */
  enum Defect {
    GOAL_WITHOUT_OWNER(d -> editGoal(d, g -> Goal.builder().from(g).owner(java.util.Optional.empty()).build())),
    UNKNOWN_REFERENCE(d -> editGoal(d, g -> Goal.builder().from(g).owner("nobody").build())),
    TASK_WITHOUT_OWNER(d -> editTask(d, t -> Task.builder().from(t).owner(java.util.Optional.empty()).build())),
    TASK_WITHOUT_MONTHS(d -> editTask(d, t -> Task.builder().from(t).months(List.of()).build())),
    KPI_WITHOUT_BASELINE(d -> editKpi(d, k -> Kpi.builder().from(k).baseline(java.util.Optional.empty()).build())),
    SALES_ASSUMPTION_MISMATCH(d -> editKpi(d, k -> Kpi.builder().from(k).basedOn(
        SalesBasis.builder().from(k.basedOn().get()).assumed(new BigDecimal("240")).build()).build())),
    DUPLICATE_ID(d -> new Injected(PlanDocument.builder().from(d)
        .addPeople(Person.of(lastPlan(d).goals().get(0).id())).build(),
        List.of("DUPLICATE_ID " + lastPlan(d).goals().get(0).id()))),
    REPORT_SECTION_EMPTY(d -> editPlan(d, p -> DepartmentPlan.builder().from(p)
        .report(YearReport.builder().from(p.report().get()).strengths(List.of()).build()).build(),
        "REPORT_SECTION_EMPTY")),
    PLAN_LATE(d -> editPlan(d, p -> DepartmentPlan.builder().from(p)
        .submittedOn(d.session().get().days().get(0)).build(), "PLAN_LATE")),
    VENUE_IN_OFFICE(d -> new Injected(PlanDocument.builder().from(d).session(Session.builder()
        .from(d.session().get()).venue(Venue.builder().from(d.session().get().venue().get())
            .offsite(false).build()).build()).build(), List.of("VENUE_IN_OFFICE session"))),
    INITIATIVE_WITHOUT_OWNER(d -> new Injected(PlanDocument.builder().from(d).initiatives(
        List.of(Initiative.builder().from(d.initiatives().get(0)).owner(java.util.Optional.empty()).build()))
        .build(), List.of("INITIATIVE_WITHOUT_OWNER i1")));

    final Function<PlanDocument, Injected> inject;

    Defect(Function<PlanDocument, Injected> inject) {
      this.inject = inject;
    }
  }

  record Injected(PlanDocument document, List<String> expected) {}

  @Property(tries = 300)
  void one_defect_gives_exactly_its_finding(@ForAll("clean") PlanDocument doc,
      @ForAll Defect defect) {
    if (defect == Defect.SALES_ASSUMPTION_MISMATCH
        && doc.plans().stream().flatMap(p -> p.kpis().stream()).noneMatch(k -> k.basedOn().isPresent())) {
      return; // no sales-dependent department generated: nothing to break
    }
    Injected injected = defect.inject.apply(doc);
    List<String> found = CHECKER.check(injected.document()).findings().stream()
        .map(f -> f.rule() + " " + f.subject()).toList();
    assertThat(found).as(defect.name()).containsExactlyInAnyOrderElementsOf(injected.expected());
  }

  @Property(tries = 200)
  void shuffling_any_list_changes_nothing_in_the_report_but_pointers(
      @ForAll("inAction") DatedDocument dated, @ForAll Defect defect, @ForAll Random random) {
    if (defect == Defect.SALES_ASSUMPTION_MISMATCH) {
      defect = Defect.KPI_WITHOUT_BASELINE;
    }
    PlanDocument flawed = defect.inject.apply(dated.document()).document();
    assertThat(withoutPaths(CHECKER.check(Shuffle.all(flawed, random), dated.asOf())))
        .isEqualTo(withoutPaths(CHECKER.check(flawed, dated.asOf())));
  }

  @Provide
  Arbitrary<PlanDocument> random() {
    return org.strategysession.model.testing.DocumentArbitraries.documents();
  }

  /** Days of a planning year, from a month before it to two months after, any as likely. */
  @Provide
  Arbitrary<Integer> days() {
    return Arbitraries.integers().between(-31, 425).withDistribution(RandomDistribution.uniform());
  }

  /**
   * Random drafts (dangling references, overlaps, duplicates…) give many findings; checked
   * without a date and as of a day from a month before their planning year to two months
   * after it. No rule fails on any of them.
   */
  @Property(tries = 200)
  void shuffling_a_random_draft_changes_nothing_in_the_report_but_pointers(
      @ForAll("random") PlanDocument doc, @ForAll Random random,
      @ForAll("days") int day) {
    LocalDate asOf = LocalDate.of(doc.planningYear(), 1, 1).plusDays(day);
    PlanDocument shuffled = Shuffle.all(doc, random);
    CheckReport undated = CHECKER.check(doc);
    CheckReport dated = CHECKER.check(doc, asOf);
    assertThat(withoutPaths(CHECKER.check(shuffled))).isEqualTo(withoutPaths(undated));
    assertThat(withoutPaths(CHECKER.check(shuffled, asOf))).isEqualTo(withoutPaths(dated));
    assertThat(dated.ofRule(PlanChecker.RULE_FAILED).findings()).isEmpty();
    assertThat(undated.ofRule(PlanChecker.RULE_FAILED).findings()).isEmpty();
  }

  /**
   * A report orders its findings by {@link Finding#REPORT_ORDER}, stably, whatever order they
   * come in (a report sorts department by department).
   */
  @Property(tries = 100)
  void a_report_sorts_any_order_of_findings_by_the_report_order(
      @ForAll("random") PlanDocument doc, @ForAll("days") int day, @ForAll Random random) {
    List<Finding> findings = new ArrayList<>(
        CHECKER.check(doc, LocalDate.of(doc.planningYear(), 1, 1).plusDays(day)).findings());
    Collections.shuffle(findings, random);
    List<Finding> expected = new ArrayList<>(findings);
    expected.sort(Finding.REPORT_ORDER);
    assertThat(new CheckReport(findings).findings()).containsExactlyElementsOf(expected);
    Statistics.label("departments").collect(findings.stream()
        .map(f -> f.department().orElse("")).distinct().count() > 2);
  }

  /**
   * The rules that ask a fact's count or mask ({@code liveTaskCount}, {@code goalCount}, {@code
   * servingGoalCount}, {@code transferred}, {@code taskMonthMask}, {@code departmentMonthMask},
   * {@code ownedTaskMasks}) or the people and tasks a follow-up fact names ({@code personNamed},
   * {@code taskNamed}, {@code tasksNamed}, {@code peopleNamed}) as they were written before,
   * as joins with the facts that name the element or that the element names; an embedder's
   * rules, so they also show that custom rules get fact types no standard rule matches any more.
   */
  private static final String JOINED_RULES = String.join("\n",
      "package acme.rules;",
      "import org.strategysession.rules.Severity;",
      "import org.strategysession.rules.RuleFunctions;",
      "import org.strategysession.rules.facts.*;",
      "global org.strategysession.rules.Reporter reporter;",
      "global org.strategysession.rules.CheckOptions options;",
      "rule \"J_GOAL_WITHOUT_TASKS\" when",
      "  $g: GoalFact($id: id)",
      "  not TaskFact(goal == $id, dropped == false)",
      "then reporter.report(\"J_GOAL_WITHOUT_TASKS\", Severity.INFO, $id, $g.department(), $g.path(), \"\"); end",
      "rule \"J_KPI_UNUSED\" when",
      "  $k: KpiFact($id: id)",
      "  not GoalKpiFact(kpi == $id)",
      "then reporter.report(\"J_KPI_UNUSED\", Severity.INFO, $id, $k.department(), $k.path(), \"\"); end",
      "rule \"J_COMPANY_GOAL_UNSERVED\" when",
      "  $c: CompanyGoalFact($id: id)",
      "  not ServesFact(companyGoal == $id)",
      "then reporter.report(\"J_COMPANY_GOAL_UNSERVED\", Severity.INFO, $id, null, $c.path(), \"\"); end",
      "rule \"J_TASK_NOT_TRANSFERRED\" when",
      "  DocumentFact(hasFollowUp)",
      "  $t: TaskFact(approved, $id: id)",
      "  not TrackerRefFact(task == $id, RuleFunctions.hasText(key))",
      "then reporter.report(\"J_TASK_NOT_TRANSFERRED\", Severity.INFO, $id, $t.department(), $t.path(), \"\"); end",
      "rule \"J_KEY_TASK_OFF_MONTH\" when",
      "  DocumentFact(hasFollowUp)",
      "  $k: KeyTaskFact($id: task, $month: month != null)",
      "  $t: TaskFact(id == $id)",
      "  not TaskFact(id == $id, inMonth($month))",
      "then reporter.report(\"J_KEY_TASK_OFF_MONTH\", Severity.INFO, $id, $t.department(), $k.path(), \"\" + $t.label()); end",
      "rule \"J_PLAN_QUARTER_EMPTY\" when",
      "  $d: DepartmentFact($id: id)",
      "  $p: PlanFact(department == $id)",
      "  $q: QuarterFact($from: firstMonth, $to: lastMonth)",
      "  not TaskFact(department == $id, dropped == false, inMonths($from, $to))",
      "  not KpiFact(department == $id, hasMonthlyIn($from, $to))",
      "then reporter.report(\"J_PLAN_QUARTER_EMPTY\", Severity.INFO, $id, $id, $p.path(), \"\" + $q.quarter()); end",
      "rule \"J_OWNER_OVERLOADED\" when",
      "  $o: PersonFact($id: id)",
      "  $masks: java.util.List(RuleFunctions.busiestMonthCountOfMasks(this)",
      "      > options.maxTasksPerOwnerPerMonth())",
      "      from accumulate(TaskFact(owner == $id, dropped == false, $m: monthMask), collectList($m))",
      "then reporter.report(\"J_OWNER_OVERLOADED\", Severity.INFO, $id, $o.department(), $o.path(), \"\"); end",
      "rule \"J_KEY_TASKS_COUNT\" when",
      "  DocumentFact(hasFollowUp)",
      "  $set: KeyTaskSetFact(firstOfPersonMonth, $person: person, $month: month)",
      "  $p: PersonFact(id == $person)",
      "  java.util.Set($count: size, size < options.minKeyTasks() || size > options.maxKeyTasks())",
      "      from accumulate(KeyTaskFact(person == $person, month == $month, $t: task), collectSet($t))",
      "then reporter.report(\"J_KEY_TASKS_COUNT\", Severity.INFO, $person, $p.department(), $set.path(), \"\" + $p.label()); end",
      "rule \"J_HEAD_WITHOUT_KEY_TASKS\" when",
      "  DocumentFact(hasFollowUp)",
      "  KeyTaskSetFact(firstOfMonth, $month: month)",
      "  $d: DepartmentFact($dept: id, $head: head != null)",
      "  exists PlanFact(department == $dept)",
      "  $p: PersonFact(id == $head, first)",
      "  not KeyTaskFact(person == $head, month == $month)",
      "then reporter.report(\"J_HEAD_WITHOUT_KEY_TASKS\", Severity.INFO, $head, $dept, \"/followUp/keyTasks\", \"\"); end",
      "rule \"J_KEY_TASK_NOT_DONE\" when",
      "  $c: org.strategysession.model.PlanningCalendar()",
      "  DocumentFact(hasFollowUp)",
      "  $k: KeyTaskFact($person: person != null, $month: month != null, $task: task, done == false,",
      "      $c.isClosed(month), $set: setIndex, $index: index)",
      "  not KeyTaskFact(person == $person, month == $month, task == $task,",
      "      setIndex < $set || (setIndex == $set && index < $index))",
      "  $people: java.util.List(size > 0)",
      "      from accumulate(PersonFact(id == $person, $pf: this), collectList($pf))",
      "  $tasks: java.util.List(size > 0)",
      "      from accumulate(TaskFact(id == $task, $tf: this), collectList($tf))",
      "then reporter.report(\"J_KEY_TASK_NOT_DONE\", Severity.INFO, $person, RuleFunctions.personDepartment($people), $k.path(),",
      "    RuleFunctions.personLabel($people, $person) + \"|\" + RuleFunctions.taskLabel($tasks)); end",
      "rule \"J_KEY_TASK_DONE_UNLISTED\" when",
      "  DocumentFact(hasFollowUp)",
      "  $d: KeyTaskDoneFact(listed == false, $person: person, $task: task, $set: setIndex)",
      "  not KeyTaskDoneFact(setIndex == $set, task == $task, index < $d.index())",
      "  $tasks: java.util.List(size > 0)",
      "      from accumulate(TaskFact(id == $task, $tf: this), collectList($tf))",
      "  accumulate(PersonFact(id == $person, $pf: this); $people: collectList($pf))",
      "then reporter.report(\"J_KEY_TASK_DONE_UNLISTED\", Severity.INFO, $person == null ? \"followUp\" : $person, RuleFunctions.personDepartment($people), $d.path(),",
      "    RuleFunctions.personLabel($people, $person) + \"|\" + RuleFunctions.taskLabel($tasks)); end",
      "rule \"J_SALES_BASIS_NOT_SALES\" when",
      "  $k: KpiFact($basis: basedOnKpi != null)",
      "  not (KpiFact(id == $basis, $sd: department)",
      "      and DepartmentFact(id == $sd, kind == org.strategysession.model.DepartmentKind.SALES))",
      "  $others: java.util.List(size > 0) from accumulate(",
      "      $o: KpiFact(id == $basis, $od: department) and exists DepartmentFact(id == $od),",
      "      collectList($o))",
      "then reporter.report(\"J_SALES_BASIS_NOT_SALES\", Severity.INFO, $k.id(), $k.department(), $k.path(), \"\"); end",
      "rule \"J_SALES_PLAN_NEWER_THAN_ASSUMPTION\" when",
      "  $d: DepartmentFact($id: id)",
      "  $p: PlanFact(department == $id, $on: submittedOn != null)",
      "  not PlanFact(department == $id, index < $p.index)",
      "  accumulate(KpiFact(department == $id, $basis: basedOnKpi != null)",
      "      and KpiFact(id == $basis, $sd: department)",
      "      and DepartmentFact(id == $sd, kind == org.strategysession.model.DepartmentKind.SALES)",
      "      and $sp: PlanFact(department == $sd, submittedOn > $on);",
      "      $later: collectSet($sp))",
      "  $latest: PlanFact() from RuleFunctions.latestSubmitted($later)",
      "  $sales: DepartmentFact(id == $latest.department)",
      "then reporter.report(\"J_SALES_PLAN_NEWER_THAN_ASSUMPTION\", Severity.INFO, $id, $id, $p.path(), \"\" + $latest.submittedOn()); end",
      "");
  private static final List<String> JOINED =
      List.of("GOAL_WITHOUT_TASKS", "KPI_UNUSED", "COMPANY_GOAL_UNSERVED", "TASK_NOT_TRANSFERRED",
          "KEY_TASK_OFF_MONTH", "PLAN_QUARTER_EMPTY", "OWNER_OVERLOADED", "KEY_TASKS_COUNT",
          "HEAD_WITHOUT_KEY_TASKS", "KEY_TASK_NOT_DONE", "KEY_TASK_DONE_UNLISTED",
          "SALES_BASIS_NOT_SALES", "SALES_PLAN_NEWER_THAN_ASSUMPTION");
  /** At most one live task per owner and month, so that drafts overload owners often. */
  private static final CheckOptions ONE_TASK_A_MONTH =
      CheckOptions.builder().maxTasksPerOwnerPerMonth(1).build();
  private static final PlanChecker AS_JOINS = PlanChecker.builder().options(ONE_TASK_A_MONTH)
      .enableOnly(List.of()).addRules(new RuleSource("joined.drl", JOINED_RULES)).build();
  private static final PlanChecker AS_COUNTS =
      PlanChecker.builder().options(ONE_TASK_A_MONTH).enableOnly(JOINED).build();

  /**
   * The rules whose findings name people or tasks looked up by id: their joined versions
   * report the labels they name as the message, the standard ones as arguments.
   */
  private static final Set<String> NAMING = Set.of("KEY_TASK_OFF_MONTH", "KEY_TASKS_COUNT",
      "KEY_TASK_NOT_DONE", "KEY_TASK_DONE_UNLISTED");

  /**
   * Rule, subject, department and pointer of each finding of these rules (the joined rules
   * report under their rule's id with {@code J_} before it), and the labels a finding of the
   * {@link #NAMING} rules names; sorted.
   */
  private static List<String> located(CheckReport report, List<String> rules) {
    return report.findings().stream().filter(f -> rules.contains(f.rule().replace("J_", "")))
        .map(f -> f.rule().replace("J_", "") + "|" + f.subject() + "|" + f.department().orElse("") + "|"
            + f.path().orElse("") + labels(f))
        .sorted().toList();
  }

  private static String labels(Finding f) {
    if (!NAMING.contains(f.rule().replace("J_", ""))) {
      return "";
    }
    return "|" + (f.rule().startsWith("J_") ? f.message() : f.arguments().stream()
        .filter(Label.class::isInstance).map(Object::toString)
        .collect(Collectors.joining("|")));
  }

  /**
   * A random draft with a follow-up made of its own task ids and some unknown ones: key tasks
   * in random months, tracker keys that are blank or not.
   */
  @Provide
  Arbitrary<PlanDocument> followedUp() {
    return org.strategysession.model.testing.DocumentArbitraries.documents().flatMap(doc -> {
      List<String> ids = new ArrayList<>();
      doc.plans().forEach(p -> p.tasks().forEach(t -> ids.add(t.id())));
      ids.add("no.such.task");
      Arbitrary<String> id = Arbitraries.of(ids);
      List<String> people = new ArrayList<>();
      doc.people().forEach(p -> people.add(p.id()));
      doc.departments().forEach(d -> d.head().ifPresent(people::add));
      people.add("nobody");
      Arbitrary<KeyTaskAssignment> entry = Combinators.combine(Arbitraries.of(people),
          Arbitraries.integers().between(1, 3), id.list().ofMaxSize(4), id.list().ofMaxSize(3))
          .as((person, month, tasks, done) -> KeyTaskAssignment.builder().person(person)
              .month(month).tasks(tasks).done(done).build());
      Arbitrary<Map<String, String>> refs =
          Arbitraries.maps(id, Arbitraries.of("", " ", "KEY-1")).ofMaxSize(ids.size());
      // every head is one of the people, so that heads without key tasks occur
      List<Person> heads = new ArrayList<>();
      doc.departments().forEach(d -> d.head().filter(h -> doc.people().stream()
          .noneMatch(p -> p.id().equals(h)))
          .ifPresent(h -> heads.add(Person.builder().id(h).department(d.id()).build())));
      return Combinators.combine(entry.list().ofMaxSize(8), refs, Arbitraries.of(false, true))
          .as((entries, keys, oneOwner) -> PlanDocument.builder()
              .from(oneOwner ? oneOwner(doc) : doc).addAllPeople(heads)
              .followUp(FollowUp.builder().keyTasks(entries).trackerRefs(keys).build())
              .build());
    });
  }

  /** The draft with every task owned by its first person, so that owners are overloaded. */
  private static PlanDocument oneOwner(PlanDocument doc) {
    if (doc.people().isEmpty()) {
      return doc;
    }
    String owner = doc.people().get(0).id();
    return PlanDocument.builder().from(doc).plans(doc.plans().stream()
        .map(p -> DepartmentPlan.builder().from(p).tasks(p.tasks().stream()
            .map(t -> Task.builder().from(t).owner(owner).build()).toList()).build())
        .toList()).build();
  }

  /**
   * Plans resting on sales figures, with ids that repeat: four department ids of random kinds
   * (a repeated department may change its kind), plans of random departments submitted on
   * random days, KPIs from a pool of five ids based on KPIs of that pool or on none.
   */
  @Provide
  Arbitrary<PlanDocument> salesDrafts() {
    List<String> depts = List.of("d0", "d1", "d2", "d3");
    List<String> kpiIds = List.of("k0", "k1", "k2", "k3", "k4");
    Arbitrary<org.strategysession.model.Department> department = Combinators.combine(
        Arbitraries.of(depts), Arbitraries.of(org.strategysession.model.DepartmentKind.SALES,
            org.strategysession.model.DepartmentKind.MARKETING,
            org.strategysession.model.DepartmentKind.PRODUCTION))
        .as((id, kind) -> org.strategysession.model.Department.builder().id(id).name(id)
            .kind(kind).build());
    Arbitrary<Kpi> kpi = Combinators.combine(Arbitraries.of(kpiIds),
        Arbitraries.of(kpiIds).injectNull(0.4))
        .as((id, basis) -> basis == null ? Kpi.builder().id(id).build()
            : Kpi.builder().id(id).basedOn(SalesBasis.builder().kpi(basis).build()).build());
    Arbitrary<DepartmentPlan> plan = Combinators.combine(Arbitraries.of(depts),
        Arbitraries.integers().between(0, 20).injectNull(0.2), kpi.list().ofMaxSize(4))
        .as((dept, day, kpis) -> DepartmentPlan.builder().department(dept)
            .submittedOn(java.util.Optional.ofNullable(
                day == null ? null : LocalDate.of(2026, 11, 1).plusDays(day)))
            .kpis(kpis).build());
    return Combinators.combine(department.list().ofMinSize(1).ofMaxSize(6),
        plan.list().ofMaxSize(6))
        .as((departments, plans) -> PlanDocument.builder().company("Acme").planningYear(2027)
            .departments(departments).plans(plans).build());
  }

  /** The sales rules written to spare the copies of repeated ids find what the joins found. */
  @Property(tries = 300)
  void sales_rules_find_what_their_joins_over_every_copy_found(
      @ForAll("salesDrafts") PlanDocument doc) {
    List<String> rules = List.of("SALES_BASIS_NOT_SALES", "SALES_PLAN_NEWER_THAN_ASSUMPTION");
    List<String> joined = located(AS_JOINS.check(doc), rules);
    assertThat(located(AS_COUNTS.check(doc), rules)).isEqualTo(joined);
    for (String rule : rules) {
      Statistics.label(rule).collect(joined.stream().anyMatch(j -> j.startsWith(rule + "|")));
      // SALES_PLAN_NEWER_THAN_ASSUMPTION is met on 3–9 % of the drafts (four runs), so a bound
      // of 5 % failed by chance; 1 % still fails a rule that is never met
      Statistics.label(rule).coverage(c -> c.check(true).percentage(p -> p >= 1));
    }
  }

  /** The rules that ask a fact's count find exactly what the joins they replace find. */
  @Property(tries = 300)
  void counts_carried_by_facts_find_what_the_joins_found(@ForAll("followedUp") PlanDocument doc,
      @ForAll("days") int day) {
    LocalDate asOf = LocalDate.of(doc.planningYear(), 1, 1).plusDays(day);
    assertThat(located(AS_COUNTS.check(doc), JOINED))
        .isEqualTo(located(AS_JOINS.check(doc), JOINED));
    List<String> joined = located(AS_JOINS.check(doc, asOf), JOINED);
    assertThat(located(AS_COUNTS.check(doc, asOf), JOINED)).isEqualTo(joined);
    for (String rule : JOINED.subList(0, JOINED.indexOf("SALES_BASIS_NOT_SALES"))) {
      // every rule but the sales ones (their own property above) is met on enough drafts to be
      // compared (heads without key tasks are the rarest: about 5 % of the drafts)
      Statistics.label(rule).collect(joined.stream().anyMatch(j -> j.startsWith(rule + "|")));
      Statistics.label(rule).coverage(c -> c.check(true).percentage(p -> p >= 1));
    }
  }

  /** A checker per rule group, each with only that group's rules. */
  private static final Map<RuleGroup, PlanChecker> BY_GROUP = byGroup();

  private static Map<RuleGroup, PlanChecker> byGroup() {
    Map<RuleGroup, PlanChecker> out = new LinkedHashMap<>();
    for (RuleGroup g : RuleGroup.values()) {
      List<String> ids = RuleCatalog.rules().stream().filter(r -> r.group() == g)
          .map(RuleInfo::id).toList();
      if (!ids.isEmpty()) {
        out.put(g, PlanChecker.builder().enableOnly(ids).build());
      }
    }
    return out;
  }

  /**
   * A checker with some rules makes only the facts those rules can match (Facts, FactFilter):
   * each group alone finds on a random draft exactly what the whole catalog finds for that
   * group's rules, with and without a date.
   */
  @Property(tries = 100)
  void each_rule_group_alone_finds_what_the_catalog_finds_for_it(
      @ForAll("random") PlanDocument doc, @ForAll("days") int day) {
    LocalDate asOf = LocalDate.of(doc.planningYear(), 1, 1).plusDays(day);
    CheckReport undated = CHECKER.check(doc);
    CheckReport dated = CHECKER.check(doc, asOf);
    for (Map.Entry<RuleGroup, PlanChecker> e : BY_GROUP.entrySet()) {
      Set<String> rules = RuleCatalog.rules().stream().filter(r -> r.group() == e.getKey())
          .map(RuleInfo::id).collect(Collectors.toSet());
      // in any order: findings that print alike (two copies of a repeated id whose names
      // differ only as absent and blank) keep the order in which their rules fired
      assertThat(e.getValue().check(doc).findings()).as(e.getKey().name())
          .containsExactlyInAnyOrderElementsOf(undated.findings().stream()
              .filter(f -> rules.contains(f.rule())).toList());
      assertThat(e.getValue().check(doc, asOf).findings()).as(e.getKey().name())
          .containsExactlyInAnyOrderElementsOf(dated.findings().stream()
              .filter(f -> rules.contains(f.rule())).toList());
    }
    Statistics.label("findings").collect(undated.findings().size() > 3);
  }

  private static final PlanChecker OVERDUE_AND_MISSING =
      PlanChecker.builder().enableOnly(List.of("TASK_OVERDUE", "ACTUAL_MISSING")).build();

  /** A month closes for good: what is overdue or missing on a day still is on any later day. */
  @Property(tries = 200)
  @StatisticsReport(onFailureOnly = true)
  void overdue_tasks_and_missing_actuals_stay_reported_as_the_date_moves_later(
      @ForAll("random") PlanDocument doc, @ForAll("days") int day,
      @ForAll @IntRange(min = 0, max = 400) int later) {
    LocalDate asOf = LocalDate.of(doc.planningYear(), 1, 1).plusDays(day);
    Set<String> before = subjects(OVERDUE_AND_MISSING.check(doc, asOf));
    Set<String> after = subjects(OVERDUE_AND_MISSING.check(doc, asOf.plusDays(later)));
    assertThat(after).containsAll(before);
    Statistics.label("reported before").collect(!before.isEmpty());
    // about a fifth of the drafts report something; asking a tenth keeps an unlucky seed (35 of
    // 200 once) from failing the run
    Statistics.label("reported before").coverage(c -> c.check(true).percentage(p -> p >= 10));
  }

  /** Rule, subject and department of each finding. */
  private static Set<String> subjects(CheckReport report) {
    Set<String> out = new TreeSet<>();
    report.findings().forEach(f ->
        out.add(f.rule() + "|" + f.subject() + "|" + f.department().orElse("")));
    return out;
  }

  @Property(tries = 20)
  void eight_threads_sharing_one_checker_agree_with_one(@ForAll("inAction") DatedDocument dated,
      @ForAll Defect defect) throws Exception {
    if (defect == Defect.SALES_ASSUMPTION_MISMATCH) {
      defect = Defect.TASK_WITHOUT_OWNER;
    }
    PlanDocument flawed = defect.inject.apply(dated.document()).document();
    CheckReport alone = CHECKER.check(flawed, dated.asOf());
    List<Callable<CheckReport>> jobs =
        Collections.nCopies(8, () -> CHECKER.check(flawed, dated.asOf()));
    for (Future<CheckReport> f : pool.invokeAll(jobs)) {
      assertThat(f.get()).isEqualTo(alone);
    }
  }

  static List<String> withoutPaths(CheckReport report) {
    return report.findings().stream()
        .map(f -> f.department().orElse("") + "|" + f.severity() + "|" + f.rule() + "|"
            + f.subject() + "|" + f.message())
        .sorted()
        .collect(Collectors.toList());
  }

  private static DepartmentPlan lastPlan(PlanDocument d) {
    return d.plans().get(d.plans().size() - 1);
  }

  private static Injected editPlan(PlanDocument d, Function<DepartmentPlan, DepartmentPlan> edit,
      String rule) {
    List<DepartmentPlan> plans = new ArrayList<>(d.plans());
    DepartmentPlan last = plans.remove(plans.size() - 1);
    plans.add(edit.apply(last));
    return new Injected(PlanDocument.builder().from(d).plans(plans).build(),
        List.of(rule + " " + last.department()));
  }

  private static Injected editGoal(PlanDocument d, Function<Goal, Goal> edit) {
    DepartmentPlan last = lastPlan(d);
    Goal g = last.goals().get(0);
    List<Goal> goals = new ArrayList<>(last.goals());
    goals.set(0, edit.apply(g));
    String rule = edit.apply(g).owner().isPresent() ? "UNKNOWN_REFERENCE" : "GOAL_WITHOUT_OWNER";
    return new Injected(replace(d, DepartmentPlan.builder().from(last).goals(goals).build()),
        List.of(rule + " " + g.id()));
  }

  private static Injected editTask(PlanDocument d, Function<Task, Task> edit) {
    DepartmentPlan last = lastPlan(d);
    Task t = last.tasks().get(last.tasks().size() - 1);
    List<Task> tasks = new ArrayList<>(last.tasks());
    Task edited = edit.apply(t);
    tasks.set(tasks.size() - 1, edited);
    String rule = edited.owner().isEmpty() ? "TASK_WITHOUT_OWNER" : "TASK_WITHOUT_MONTHS";
    return new Injected(replace(d, DepartmentPlan.builder().from(last).tasks(tasks).build()),
        List.of(rule + " " + t.id()));
  }

  private static Injected editKpi(PlanDocument d, Function<Kpi, Kpi> edit) {
    // the first KPI with a sales basis where the edit needs one, else the last plan's KPI
    for (int i = 0; i < d.plans().size(); i++) {
      DepartmentPlan p = d.plans().get(i);
      Kpi k = p.kpis().get(0);
      boolean wantsBasis = false;
      try {
        Kpi edited = edit.apply(k);
        wantsBasis = edited.basedOn().isPresent() && !edited.basedOn().equals(k.basedOn());
        if (!wantsBasis && i != d.plans().size() - 1) {
          continue;
        }
        List<DepartmentPlan> plans = new ArrayList<>(d.plans());
        plans.set(i, DepartmentPlan.builder().from(p).kpis(List.of(edited)).build());
        String rule = wantsBasis ? "SALES_ASSUMPTION_MISMATCH" : "KPI_WITHOUT_BASELINE";
        return new Injected(PlanDocument.builder().from(d).plans(plans).build(),
            List.of(rule + " " + k.id()));
      } catch (java.util.NoSuchElementException noBasis) {
        continue;
      }
    }
    throw new IllegalStateException("no KPI to edit");
  }

  private static PlanDocument replace(PlanDocument d, DepartmentPlan plan) {
    List<DepartmentPlan> plans = new ArrayList<>(d.plans());
    plans.set(plans.size() - 1, plan);
    return PlanDocument.builder().from(d).plans(plans).build();
  }

  /** Shuffles every list of a document whose order carries no meaning. */
  static final class Shuffle {
    private Shuffle() {}

    static PlanDocument all(PlanDocument d, Random r) {
      var b = PlanDocument.builder().from(d)
          .people(shuffled(d.people(), r))
          .departments(shuffled(d.departments(), r))
          .plans(shuffled(d.plans().stream().map(p -> plan(p, r)).toList(), r))
          .remarks(shuffled(d.remarks().stream().map(m -> Remark.builder().from(m)
              .addressedBy(shuffled(m.addressedBy(), r)).build()).toList(), r))
          .initiatives(shuffled(d.initiatives().stream().map(i -> Initiative.builder().from(i)
              .departments(shuffled(i.departments(), r)).build()).toList(), r))
          .companyGoals(shuffled(d.companyGoals().stream().map(c -> CompanyGoal.builder()
              .from(c).kpis(shuffled(c.kpis(), r)).build()).toList(), r));
      d.session().ifPresent(s -> b.session(Session.builder().from(s)
          .participants(shuffled(s.participants(), r))
          .agenda(shuffled(s.agenda(), r)).build()));
      d.followUp().ifPresent(f -> b.followUp(FollowUp.builder().from(f)
          .keyTasks(shuffled(f.keyTasks().stream().map(k -> KeyTaskAssignment.builder().from(k)
              .tasks(shuffled(k.tasks(), r)).done(shuffled(k.done(), r)).build()).toList(), r))
          .trackerRefs(shuffled(f.trackerRefs(), r)).build()));
      return b.build();
    }

    private static DepartmentPlan plan(DepartmentPlan p, Random r) {
      return DepartmentPlan.builder().from(p)
          .kpis(shuffled(p.kpis(), r))
          .goals(shuffled(p.goals().stream().map(g -> Goal.builder().from(g)
              .kpis(shuffled(g.kpis(), r)).serves(shuffled(g.serves(), r)).build()).toList(), r))
          .tasks(shuffled(p.tasks().stream().map(t -> Task.builder().from(t)
              .months(shuffled(t.months(), r)).needs(shuffled(t.needs(), r))
              .supports(shuffled(t.supports(), r)).build()).toList(), r))
          .build();
    }

    private static <T> List<T> shuffled(List<T> list, Random r) {
      List<T> copy = new ArrayList<>(list);
      Collections.shuffle(copy, r);
      return copy;
    }

    private static <K, V> Map<K, V> shuffled(Map<K, V> map, Random r) {
      Map<K, V> copy = new LinkedHashMap<>();
      for (K key : shuffled(new ArrayList<>(map.keySet()), r)) {
        copy.put(key, map.get(key));
      }
      return copy;
    }
  }
}
