package org.strategysession.workbook;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.domains.DomainContextBase;
import org.strategysession.model.AgendaItem;
import org.strategysession.model.AgendaKind;
import org.strategysession.model.CompanyGoal;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.Direction;
import org.strategysession.model.FollowUp;
import org.strategysession.model.Goal;
import org.strategysession.model.Initiative;
import org.strategysession.model.InitiativeStatus;
import org.strategysession.model.InitiativeTheme;
import org.strategysession.model.KeyTaskAssignment;
import org.strategysession.model.Kpi;
import org.strategysession.model.Need;
import org.strategysession.model.Person;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.Priority;
import org.strategysession.model.Proposal;
import org.strategysession.model.Remark;
import org.strategysession.model.RemarkKind;
import org.strategysession.model.Revision;
import org.strategysession.model.Role;
import org.strategysession.model.SalesBasis;
import org.strategysession.model.Session;
import org.strategysession.model.Task;
import org.strategysession.model.TaskStatus;
import org.strategysession.model.Venue;
import org.strategysession.model.VenueFormat;
import org.strategysession.model.YearReport;

/**
 * Plan documents whose every part the workbook layout holds (see WORKBOOK.md): texts that
 * are not blank, numbers as a spreadsheet keeps them (no trailing zeros), months in order,
 * no empty objects, ids without list separators, no {@code $schema}; a key-task entry's done
 * tasks are some of its tasks, in their order, and two entries one after the other are not of
 * the same person and month. References are drawn from a small pool, so some dangle, as they
 * may in a draft.
 */
class PlanDocumentDomain extends DomainContextBase {

  private static Arbitrary<String> id() {
    // A digit keeps an id from spelling a block title ("people") in column A.
    return Combinators.combine(
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(5),
            Arbitraries.integers().between(0, 99),
            Arbitraries.of("", ".", "-", "_"))
        .as((word, n, sep) -> word + sep + n);
  }

  /** References come from a few ids so that many of them resolve. */
  private static Arbitrary<String> ref() {
    return Arbitraries.oneOf(Arbitraries.of("p1", "p2", "sales1", "hr2", "k1", "t1"), id());
  }

  private static Arbitrary<String> text() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withChars('A', 'Z', ' ', ' ', 'Ж', 'ё', 'я', '"', '\'', ',', ';', ':', '\n', '.', '0', '7',
            '=', '%', '&', '<', '€')
        .ofMinLength(1)
        .ofMaxLength(30)
        .filter(s -> !s.isBlank());
  }

  private static Arbitrary<BigDecimal> number() {
    Arbitrary<BigDecimal> spreadsheet =
        Combinators.combine(
                Arbitraries.longs().between(-999_999_999_999_999L, 999_999_999_999_999L),
                Arbitraries.integers().between(0, 6))
            .as(BigDecimal::valueOf);
    Arbitrary<BigDecimal> small =
        Combinators.combine(Arbitraries.integers().between(-5000, 5000), Arbitraries.integers().between(0, 2))
            .as(BigDecimal::valueOf);
    // Past a double's 15 digits: up to 18 before the point and 12 after, kept as text.
    Arbitrary<BigDecimal> precise =
        Arbitraries.bigIntegers()
            .between(BigInteger.TEN.pow(29).negate(), BigInteger.TEN.pow(29))
            .map(i -> new BigDecimal(i, 12));
    return Arbitraries.frequencyOf(Tuple.of(6, small), Tuple.of(3, spreadsheet), Tuple.of(1, precise))
        .map(Numbers::canonical);
  }

  private static Arbitrary<SortedMap<Integer, BigDecimal>> byMonth() {
    return Arbitraries.maps(Arbitraries.integers().between(1, 12), number())
        .ofMaxSize(4)
        .map(TreeMap::new);
  }

  private static Arbitrary<List<Integer>> months() {
    return Arbitraries.integers().between(1, 12).set().ofMaxSize(5)
        .map(s -> s.stream().sorted().toList());
  }

  private static Arbitrary<LocalDate> date() {
    return Arbitraries.integers().between(0, 365 * 100).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
  }

  private static <T> Arbitrary<List<T>> few(Arbitrary<T> element) {
    return element.list().ofMaxSize(3);
  }

  private static Arbitrary<Person> person() {
    return Builders.withBuilder(Person::builder)
        .use(ref()).in((b, v) -> b.id(v))
        .use(text().optional()).in((b, v) -> b.name(v))
        .use(ref().optional()).in((b, v) -> b.department(v))
        .use(Arbitraries.of(Role.class).optional()).in((b, v) -> b.role(v))
        .use(text().optional()).in((b, v) -> b.email(v))
        .build(b -> (Person) b.build());
  }

  private static Arbitrary<Department> department() {
    return Builders.withBuilder(Department::builder)
        .use(ref()).in((b, v) -> b.id(v))
        .use(text().optional()).in((b, v) -> b.name(v))
        .use(Arbitraries.of(DepartmentKind.class).optional()).in((b, v) -> b.kind(v))
        .use(ref().optional()).in((b, v) -> b.head(v))
        .build(b -> (Department) b.build());
  }

  private static Arbitrary<AgendaItem> agendaItem() {
    return Builders.withBuilder(AgendaItem::builder)
        .use(Arbitraries.integers().between(1, 999).optional()).in((b, v) -> b.day(v))
        .use(Arbitraries.integers().between(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60)).optional())
        .in((b, v) -> b.start(v))
        .use(Arbitraries.integers().between(1, 720).optional()).in((b, v) -> b.minutes(v))
        .use(Arbitraries.of(AgendaKind.class).optional()).in((b, v) -> b.kind(v))
        .use(text().optional()).in((b, v) -> b.title(v))
        .use(ref().optional()).in((b, v) -> b.department(v))
        .use(ref().optional()).in((b, v) -> b.presenter(v))
        .build(b -> (AgendaItem) b.build())
        .filter(a -> !a.equals(AgendaItem.builder().build()));
  }

  private static Arbitrary<Session> session() {
    Arbitrary<Optional<Venue>> venue =
        Builders.withBuilder(Venue::builder)
            .use(text().optional()).in((b, v) -> b.name(v))
            .use(Arbitraries.of(VenueFormat.class).optional()).in((b, v) -> b.format(v))
            .use(Arbitraries.of(true, false).optional()).in((b, v) -> b.offsite(v))
            .build(b -> (Venue) b.build())
            .filter(v -> !v.equals(Venue.builder().build()))
            .optional();
    return Builders.withBuilder(Session::builder)
        .use(few(date())).in((b, v) -> b.days(v))
        .use(venue).in((b, v) -> b.venue(v))
        .use(ref().optional()).in((b, v) -> b.facilitator(v))
        .use(few(ref())).in((b, v) -> b.participants(v))
        .use(few(agendaItem())).in((b, v) -> b.agenda(v))
        .build(b -> (Session) b.build())
        .filter(s -> !s.equals(Session.builder().build()));
  }

  private static Arbitrary<YearReport> report() {
    Arbitrary<Proposal> proposal =
        Builders.withBuilder(Proposal::builder)
            .use(ref().optional()).in((b, v) -> b.to(v))
            .use(text().optional()).in((b, v) -> b.text(v))
            .build(b -> (Proposal) b.build())
            .filter(p -> p.to().isPresent() || p.text().isPresent());
    return Builders.withBuilder(YearReport::builder)
        .use(few(text())).in((b, v) -> b.results(v))
        .use(few(text())).in((b, v) -> b.improvements(v))
        .use(few(text())).in((b, v) -> b.difficulties(v))
        .use(few(text())).in((b, v) -> b.strengths(v))
        .use(few(text())).in((b, v) -> b.weaknesses(v))
        .use(few(text())).in((b, v) -> b.marketChanges(v))
        .use(few(text())).in((b, v) -> b.conclusions(v))
        .use(few(proposal)).in((b, v) -> b.proposals(v))
        .build(b -> (YearReport) b.build())
        .filter(r -> !r.equals(YearReport.builder().build()));
  }

  private static Arbitrary<Kpi> kpi() {
    Arbitrary<SalesBasis> basis =
        Builders.withBuilder(SalesBasis::builder)
            .use(ref().optional()).in((b, v) -> b.kpi(v))
            .use(number().optional()).in((b, v) -> b.assumed(v))
            .use(byMonth()).in((b, v) -> b.assumedMonthly(v))
            .build(b -> (SalesBasis) b.build());
    return Builders.withBuilder(Kpi::builder)
        .use(id()).in((b, v) -> b.id(v))
        .use(text().optional()).in((b, v) -> b.name(v))
        .use(text().optional()).in((b, v) -> b.unit(v))
        .use(number().optional()).in((b, v) -> b.baseline(v))
        .use(number().optional()).in((b, v) -> b.target(v))
        .use(Arbitraries.of(Direction.class).optional()).in((b, v) -> b.direction(v))
        .use(byMonth()).in((b, v) -> b.monthly(v))
        .use(basis.optional()).in((b, v) -> b.basedOn(v))
        .use(byMonth()).in((b, v) -> b.actual(v))
        .build(b -> (Kpi) b.build());
  }

  private static Arbitrary<Goal> goal() {
    return Builders.withBuilder(Goal::builder)
        .use(id()).in((b, v) -> b.id(v))
        .use(text().optional()).in((b, v) -> b.title(v))
        .use(ref().optional()).in((b, v) -> b.owner(v))
        .use(few(ref())).in((b, v) -> b.kpis(v))
        .use(few(ref())).in((b, v) -> b.serves(v))
        .use(Arbitraries.of(Priority.class).optional()).in((b, v) -> b.priority(v))
        .build(b -> (Goal) b.build());
  }

  private static Arbitrary<Task> task() {
    Arbitrary<Need> need =
        Combinators.combine(ref().optional(), text().optional())
            .as((d, w) -> Need.builder().department(d).what(w).build());
    return Builders.withBuilder(Task::builder)
        .use(id()).in((b, v) -> b.id(v))
        .use(text().optional()).in((b, v) -> b.title(v))
        .use(ref().optional()).in((b, v) -> b.goal(v))
        .use(ref().optional()).in((b, v) -> b.owner(v))
        .use(months()).in((b, v) -> b.months(v))
        .use(Arbitraries.of(TaskStatus.class).optional()).in((b, v) -> b.status(v))
        .use(Arbitraries.integers().between(1, 12).optional()).in((b, v) -> b.doneIn(v))
        .use(few(need)).in((b, v) -> b.needs(v))
        .use(few(ref())).in((b, v) -> b.supports(v))
        .build(b -> (Task) b.build());
  }

  private static Arbitrary<DepartmentPlan> plan() {
    // Needs and sales bases are joined to their task or KPI by id within a sheet.
    return Builders.withBuilder(DepartmentPlan::builder)
        .use(ref()).in((b, v) -> b.department(v))
        .use(date().optional()).in((b, v) -> b.submittedOn(v))
        .use(report().optional()).in((b, v) -> b.report(v))
        .use(kpi().list().ofMaxSize(3).uniqueElements(Kpi::id)).in((b, v) -> b.kpis(v))
        .use(few(goal())).in((b, v) -> b.goals(v))
        .use(task().list().ofMaxSize(3).uniqueElements(Task::id)).in((b, v) -> b.tasks(v))
        .build(b -> (DepartmentPlan) b.build());
  }

  private static Arbitrary<Remark> remark() {
    return Builders.withBuilder(Remark::builder)
        .use(id()).in((b, v) -> b.id(v))
        .use(Arbitraries.integers().between(1, 999).optional()).in((b, v) -> b.day(v))
        .use(ref().optional()).in((b, v) -> b.department(v))
        .use(Arbitraries.of(RemarkKind.class).optional()).in((b, v) -> b.kind(v))
        .use(text().optional()).in((b, v) -> b.text(v))
        .use(few(ref())).in((b, v) -> b.addressedBy(v))
        .build(b -> (Remark) b.build());
  }

  private static Arbitrary<Initiative> initiative() {
    return Builders.withBuilder(Initiative::builder)
        .use(id()).in((b, v) -> b.id(v))
        .use(text().optional()).in((b, v) -> b.title(v))
        .use(Arbitraries.of(InitiativeTheme.class).optional()).in((b, v) -> b.theme(v))
        .use(ref().optional()).in((b, v) -> b.proposedBy(v))
        .use(few(ref())).in((b, v) -> b.departments(v))
        .use(ref().optional()).in((b, v) -> b.owner(v))
        .use(Arbitraries.of(InitiativeStatus.class).optional()).in((b, v) -> b.status(v))
        .use(date().optional()).in((b, v) -> b.decidedOn(v))
        .build(b -> (Initiative) b.build());
  }

  private static Arbitrary<FollowUp> followUp() {
    // A key task and whether the review found it done.
    Arbitrary<List<Tuple.Tuple2<String, Boolean>>> tasks =
        few(Combinators.combine(ref(), Arbitraries.of(true, false)).as(Tuple::of));
    Arbitrary<KeyTaskAssignment> keyTask =
        Builders.withBuilder(KeyTaskAssignment::builder)
            .use(ref().optional()).in((b, v) -> b.person(v))
            .use(Arbitraries.integers().between(1, 12).optional()).in((b, v) -> b.month(v))
            .use(tasks).in((b, v) -> b
                .tasks(v.stream().map(Tuple.Tuple2::get1).toList())
                .done(v.stream().filter(Tuple.Tuple2::get2).map(Tuple.Tuple2::get1).toList()))
            .build(b -> (KeyTaskAssignment) b.build())
            .filter(k -> !k.equals(KeyTaskAssignment.builder().build()));
    Arbitrary<Map<String, String>> refs =
        Arbitraries.maps(ref(), text()).ofMaxSize(3).map(java.util.LinkedHashMap::new);
    Arbitrary<List<KeyTaskAssignment>> keyTasks =
        few(keyTask).filter(PlanDocumentDomain::noNeighboursOfOneRun);
    return Combinators.combine(keyTasks, refs)
        .as((k, r) -> (FollowUp) FollowUp.builder().keyTasks(k).trackerRefs(r).build())
        .filter(f -> !f.keyTasks().isEmpty() || !f.trackerRefs().isEmpty());
  }

  /** Entries one after the other of one person and month read back as one (one run of rows). */
  private static boolean noNeighboursOfOneRun(List<KeyTaskAssignment> entries) {
    for (int i = 1; i < entries.size(); i++) {
      KeyTaskAssignment a = entries.get(i - 1);
      KeyTaskAssignment b = entries.get(i);
      if (a.person().equals(b.person()) && a.month().equals(b.month())) {
        return false;
      }
    }
    return true;
  }

  private static Arbitrary<CompanyGoal> companyGoal() {
    return Builders.withBuilder(CompanyGoal::builder)
        .use(id()).in((b, v) -> b.id(v))
        .use(text().optional()).in((b, v) -> b.title(v))
        .use(ref().optional()).in((b, v) -> b.owner(v))
        .use(few(ref())).in((b, v) -> b.kpis(v))
        .build(b -> (CompanyGoal) b.build());
  }

  private static Arbitrary<Revision> revision() {
    return Combinators.combine(Arbitraries.integers().between(1, 4).optional(), date().optional())
        .as((q, d) -> (Revision) Revision.builder().quarter(q).date(d).build())
        .filter(r -> r.quarter().isPresent() || r.date().isPresent());
  }

  @Provide
  Arbitrary<PlanDocument> documents() {
    return Builders.withBuilder(PlanDocument::builder)
        .use(text()).in((b, v) -> b.company(v))
        .use(Arbitraries.integers().between(2000, 2100)).in((b, v) -> b.planningYear(v))
        .use(few(person())).in((b, v) -> b.people(v))
        .use(few(department())).in((b, v) -> b.departments(v))
        .use(session().optional()).in((b, v) -> b.session(v))
        .use(plan().list().ofMaxSize(3)).in((b, v) -> b.plans(v))
        .use(few(remark())).in((b, v) -> b.remarks(v))
        .use(few(initiative())).in((b, v) -> b.initiatives(v))
        .use(few(companyGoal())).in((b, v) -> b.companyGoals(v))
        .use(followUp().optional()).in((b, v) -> b.followUp(v))
        .use(revision().optional()).in((b, v) -> b.revision(v))
        .build(b -> (PlanDocument) b.build());
  }
}
