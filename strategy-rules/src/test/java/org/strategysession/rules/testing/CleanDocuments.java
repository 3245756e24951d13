package org.strategysession.rules.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import org.strategysession.model.CompanyGoal;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.FollowUp;
import org.strategysession.model.Goal;
import org.strategysession.model.ImmutableDepartmentPlan;
import org.strategysession.model.ImmutableGoal;
import org.strategysession.model.Initiative;
import org.strategysession.model.InitiativeStatus;
import org.strategysession.model.InitiativeTheme;
import org.strategysession.model.KeyTaskAssignment;
import org.strategysession.model.KeyTasks;
import org.strategysession.model.Kpi;
import org.strategysession.model.Need;
import org.strategysession.model.Person;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.PlanningCalendar;
import org.strategysession.model.Priority;
import org.strategysession.model.Remark;
import org.strategysession.model.RemarkKind;
import org.strategysession.model.ReviewOptions;
import org.strategysession.model.Revision;
import org.strategysession.model.Role;
import org.strategysession.model.SalesBasis;
import org.strategysession.model.Session;
import org.strategysession.model.StandardProgram;
import org.strategysession.model.Task;
import org.strategysession.model.TaskStatus;
import org.strategysession.model.Venue;
import org.strategysession.model.VenueFormat;
import org.strategysession.model.YearReport;

/**
 * jqwik generators of clean documents: varied in departments, goals, tasks, months and
 * cross-department needs, yet written so that no rule of the catalog fires with default
 * options. The base for properties that inject one defect at a time. Thread-safe.
 *
 * <p>{@link #documents()} are documents as they stand at the session, with the alignment of
 * format 1.1 (company goals, each served and owned; goals serving them; at most two {@code
 * HIGH} goals per plan, each busy in the first quarter wherever a {@code LOW} one is), checked
 * without a date, without follow-up and without revision. {@link #inAction()} lives such a
 * document through its planning year up to an as-of date: actuals recorded and on track for
 * the months that have ended, tasks whose last month is closed {@code DONE}, the heads' key
 * tasks set and reviewed, tracker keys given, the quarterly revision made; clean as of that
 * date.
 */
public final class CleanDocuments {
  private static final List<DepartmentKind> OTHER_KINDS = List.of(
      DepartmentKind.MARKETING, DepartmentKind.PRODUCTION, DepartmentKind.FINANCE,
      DepartmentKind.PROCUREMENT, DepartmentKind.LOGISTICS, DepartmentKind.HR,
      DepartmentKind.IT, DepartmentKind.SERVICE, DepartmentKind.MANAGEMENT,
      DepartmentKind.OTHER);

  /** Actual over milestone of a KPI on track: at most 5% short, the boundary included. */
  private static final List<BigDecimal> ON_TRACK = List.of(new BigDecimal("1"),
      new BigDecimal("1.02"), new BigDecimal("0.96"), new BigDecimal("0.95"),
      new BigDecimal("1.1"));

  private CleanDocuments() {}

  /** A clean document and the date it is clean as of. */
  public record DatedDocument(PlanDocument document, LocalDate asOf) {}

  /** Clean documents with one sales department and one to five others, checked without a date. */
  public static Arbitrary<PlanDocument> documents() {
    return Combinators.combine(
            Arbitraries.of(OTHER_KINDS).list().ofMinSize(1).ofMaxSize(5),
            Arbitraries.integers().between(1, 3).list().ofSize(6),
            Arbitraries.integers().between(1, 2).list().ofSize(18),
            Arbitraries.integers().between(1, 12).list().ofSize(36),
            Arbitraries.integers().between(1, 3).list().ofSize(36),
            Arbitraries.of(true, false).list().ofSize(6),
            Arbitraries.integers().between(2001, 2099),
            alignments())
        .as(CleanDocuments::build);
  }

  /**
   * Clean documents of {@link #documents()} lived up to a date between mid-December before
   * their planning year (the session) and early February after it; clean as of that date.
   */
  public static Arbitrary<DatedDocument> inAction() {
    return Combinators.combine(
            documents(),
            Arbitraries.integers().between(-20, 400)
                .withDistribution(RandomDistribution.uniform()),
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 999).list().ofSize(24))
        .as(CleanDocuments::liveUntil);
  }

  /**
   * The 1.1 choices of a document: how many company goals (0–3), each goal slot's priority
   * (0 none, 1 HIGH, 2 NORMAL, 3 LOW) and whether it serves a second company goal.
   */
  private record Alignment(int companyGoals, List<Integer> priorities,
      List<Boolean> secondServes) {}

  private static Arbitrary<Alignment> alignments() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 3).list().ofSize(18),
            Arbitraries.of(true, false).list().ofSize(18))
        .as(Alignment::new);
  }

  /** A goal of a plan under construction; its priority is settled once the plan's tasks are. */
  private record GoalDraft(String id, int number, int slot, ImmutableGoal.Builder goal) {}

  private static PlanDocument build(List<DepartmentKind> others, List<Integer> goalsPerDept,
      List<Integer> tasksPerGoal, List<Integer> firstMonths, List<Integer> lengths,
      List<Boolean> needsSales, int year, Alignment alignment) {
    List<DepartmentKind> kinds = new ArrayList<>();
    kinds.add(DepartmentKind.SALES);
    kinds.addAll(others);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < kinds.size(); i++) {
      ids.add(i == 0 ? "sales" : kinds.get(i).name().toLowerCase() + i);
    }
    int totalGoals = 0;
    for (int i = 0; i < kinds.size(); i++) {
      totalGoals += goalsPerDept.get(i);
    }
    // every company goal is served: there are never more than goals to serve them
    int companyGoals = Math.min(alignment.companyGoals(), totalGoals);
    LocalDate day1 = LocalDate.of(year - 1, 12, 14);
    var doc = PlanDocument.builder().company("Generated " + year).planningYear(year);
    List<String> heads = new ArrayList<>();
    for (int i = 0; i < kinds.size(); i++) {
      String head = "p-" + ids.get(i);
      heads.add(head);
      doc.addPeople(Person.builder().id(head).name("Head of " + ids.get(i)).role(Role.HEAD)
          .department(ids.get(i)).build());
      doc.addDepartments(Department.of(ids.get(i), "Dept " + ids.get(i), kinds.get(i), head));
    }
    doc.addPeople(Person.builder().id("p-sales-2").name("Sales specialist")
        .role(Role.SPECIALIST).department("sales").build());
    for (int c = 1; c <= companyGoals; c++) {
      doc.addCompanyGoals(CompanyGoal.builder().id("cg" + c).title("Company goal " + c)
          .owner(heads.get((c - 1) % heads.size())).addKpis("sales.revenue").build());
    }

    ImmutableDepartmentPlan.Builder sales = plan("sales", day1.minusDays(24));
    List<ImmutableDepartmentPlan.Builder> plans = new ArrayList<>();
    List<List<GoalDraft>> goalsByPlan = new ArrayList<>();
    List<List<Task>> tasksByPlan = new ArrayList<>();
    List<Task> salesSupport = new ArrayList<>();
    int goalSlot = 0;
    int taskSlot = 0;
    String firstTask = null;
    for (int i = 0; i < kinds.size(); i++) {
      String d = ids.get(i);
      boolean isSales = i == 0;
      boolean dependent = kinds.get(i).salesDependent();
      ImmutableDepartmentPlan.Builder p = isSales ? sales : plan(d, day1.minusDays(19));
      List<GoalDraft> goalDrafts = new ArrayList<>();
      List<Task> tasks = new ArrayList<>();
      String kpi = isSales ? "sales.revenue" : d + ".k1";
      var k = Kpi.builder().id(kpi).name("KPI of " + d).unit("units")
          .baseline(new BigDecimal("100")).target(new BigDecimal("120"))
          .putMonthly(3, new BigDecimal("30")).putMonthly(6, new BigDecimal("60"))
          .putMonthly(9, new BigDecimal("90")).putMonthly(12, new BigDecimal("120"));
      if (dependent) {
        k.basedOn(SalesBasis.builder().kpi("sales.revenue").assumed(new BigDecimal("120"))
            .putAssumedMonthly(6, new BigDecimal("60"))
            .putAssumedMonthly(12, new BigDecimal("120")).build());
      }
      p.addKpis(k.build());
      int goals = goalsPerDept.get(i);
      for (int g = 1; g <= goals; g++) {
        String goalId = d + ".g" + g;
        var goal = Goal.builder().id(goalId).title("Goal " + g + " of " + d)
            .owner(heads.get(i)).addKpis(kpi);
        int slot = goalSlot++;
        if (companyGoals > 0) {
          goal.addServes("cg" + (slot % companyGoals + 1));
          if (companyGoals > 1 && alignment.secondServes().get(slot % 18)) {
            goal.addServes("cg" + ((slot + 1) % companyGoals + 1));
          }
        }
        goalDrafts.add(new GoalDraft(goalId, g, slot, goal));
        int taskCount = tasksPerGoal.get(slot % tasksPerGoal.size());
        for (int t = 1; t <= taskCount; t++) {
          int first = firstMonths.get(taskSlot % firstMonths.size());
          int len = lengths.get(taskSlot % lengths.size());
          taskSlot++;
          List<Integer> months = new ArrayList<>();
          for (int m = first; m < first + len && m <= 12; m++) {
            months.add(m);
          }
          String taskId = d + ".t" + g + "_" + t;
          var task = Task.builder().id(taskId).title("Task " + t + " of " + goalId)
              .goal(goalId).owner(heads.get(i)).months(months)
              .status(t % 2 == 0 ? TaskStatus.APPROVED : TaskStatus.PROPOSED);
          if (!isSales && g == 1 && t == 1 && needsSales.get(i % needsSales.size())) {
            task.addNeeds(Need.of("sales", "Sales forecast for " + d));
            salesSupport.add(Task.builder().id("sales.s" + i).title("Forecast for " + d)
                .goal("sales.g1").owner("p-sales-2").addMonths(1).addSupports(taskId).build());
          }
          if (firstTask == null) {
            firstTask = taskId;
          }
          tasks.add(task.build());
        }
      }
      p.report(report(d));
      plans.add(p);
      goalsByPlan.add(goalDrafts);
      tasksByPlan.add(tasks);
    }
    tasksByPlan.get(0).addAll(salesSupport);
    // the sales plan comes first in the document, the others after it in their order
    for (int i = 0; i < plans.size(); i++) {
      List<Task> tasks = tasksByPlan.get(i);
      plans.get(i).addAllGoals(prioritized(goalsByPlan.get(i), tasks, alignment.priorities()))
          .addAllTasks(tasks);
      doc.addPlans(plans.get(i).build());
    }

    Map<String, String> presenters = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      presenters.put(ids.get(i), heads.get(i));
    }
    Session standard = StandardProgram.session(ids, presenters, day1, day1.plusDays(1));
    doc.session(Session.builder().from(standard)
        .venue(Venue.builder().name("Country club").format(VenueFormat.OFFLINE).offsite(true)
            .build())
        .facilitator(heads.get(0))
        .participants(heads)
        .build());
    doc.addRemarks(Remark.builder().id("r1").day(1).department("sales")
        .kind(RemarkKind.SYSTEMIC_PROBLEM).text("Leads arrive late").addAddressedBy(firstTask)
        .build());
    if (ids.size() >= 2) {
      doc.addInitiatives(Initiative.builder().id("i1").title("Joint planning")
          .theme(InitiativeTheme.OTHER).proposedBy(ids.get(1)).addDepartments(ids.get(0), ids.get(1))
          .owner(heads.get(1)).build());
    }
    return doc.build();
  }

  /**
   * The goals of a plan with their priorities, so that no alignment rule fires: never more
   * than two HIGH goals, the first goal never LOW (key tasks of the first quarter may be added
   * to it), and where a LOW goal has a task in the first quarter, a HIGH goal keeps its
   * priority only if it has one too, other than the plan's last task (which a property may
   * strip of its months).
   */
  private static List<Goal> prioritized(List<GoalDraft> drafts, List<Task> tasks,
      List<Integer> choices) {
    boolean lowBusy = false;
    Priority[] priorities = new Priority[drafts.size()];
    int high = 0;
    for (int j = 0; j < drafts.size(); j++) {
      GoalDraft g = drafts.get(j);
      Priority p = switch (choices.get(g.slot() % choices.size())) {
        case 1 -> Priority.HIGH;
        case 2 -> Priority.NORMAL;
        case 3 -> g.number() == 1 ? Priority.NORMAL : Priority.LOW;
        default -> null;
      };
      if (p == Priority.HIGH && ++high > 2) {
        p = Priority.NORMAL;
      }
      priorities[j] = p;
      lowBusy |= p == Priority.LOW && firstQuarterTasks(g.id(), tasks, null) > 0;
    }
    Task last = tasks.isEmpty() ? null : tasks.get(tasks.size() - 1);
    List<Goal> goals = new ArrayList<>();
    for (int j = 0; j < drafts.size(); j++) {
      GoalDraft g = drafts.get(j);
      Priority p = priorities[j];
      if (p == Priority.HIGH && lowBusy && firstQuarterTasks(g.id(), tasks, last) == 0) {
        p = Priority.NORMAL;
      }
      goals.add(g.goal().priority(java.util.Optional.ofNullable(p)).build());
    }
    return goals;
  }

  private static int firstQuarterTasks(String goal, List<Task> tasks, Task except) {
    int n = 0;
    for (Task t : tasks) {
      if (t != except && t.goal().filter(goal::equals).isPresent()
          && t.firstMonth().filter(m -> m <= 3).isPresent()) {
        n++;
      }
    }
    return n;
  }

  /** Pseudo-random choices drawn in turn from generated numbers (so that they shrink). */
  private static final class Choices {
    private final List<Integer> numbers;
    private int next;

    Choices(List<Integer> numbers) {
      this.numbers = numbers;
    }

    /** A number of 0 to {@code bound − 1}. */
    int pick(int bound) {
      return numbers.get(next++ % numbers.size()) % bound;
    }

    boolean chance(int oneIn) {
      return pick(oneIn) == 0;
    }
  }

  /**
   * The document as it stands on {@code asOf} (day {@code dayOffset} of its planning year),
   * with key tasks set for months 1 to {@code keyMonths}.
   */
  private static DatedDocument liveUntil(PlanDocument doc, int dayOffset, int keyMonths,
      List<Integer> numbers) {
    int year = doc.planningYear();
    LocalDate asOf = LocalDate.of(year, 1, 1).plusDays(dayOffset);
    PlanningCalendar calendar =
        PlanningCalendar.of(year, asOf, ReviewOptions.defaults().reviewGraceDays());
    Choices choices = new Choices(numbers);
    var lived = PlanDocument.builder().from(doc);
    List<DepartmentPlan> plans = new ArrayList<>();
    Map<String, String> trackerRefs = new LinkedHashMap<>();
    for (DepartmentPlan p : doc.plans()) {
      String d = p.department();
      List<Task> tasks = new ArrayList<>(p.tasks());
      if (keyMonths > 0) {
        // the heads' key tasks, owned by an assistant so that no owner is overloaded
        String assistant = "p-" + d + "-key";
        lived.addPeople(Person.builder().id(assistant).name("Assistant of " + d)
            .role(Role.SPECIALIST).department(d).build());
        for (int k = 1; k <= 3; k++) {
          var key = Task.builder().id(d + ".key" + k).title("Key task " + k + " of " + d)
              .goal(d + ".g1").owner(assistant).status(TaskStatus.APPROVED);
          for (int m = 1; m <= keyMonths; m++) {
            key.addMonths(m);
          }
          tasks.add(key.build());
        }
      }
      List<Task> done = new ArrayList<>();
      for (Task t : tasks) {
        Task now = lived(t, calendar, choices);
        done.add(now);
        if (now.effectiveStatus() == TaskStatus.APPROVED) {
          trackerRefs.put(now.id(), "TRK-" + (trackerRefs.size() + 1));
        }
      }
      List<Kpi> kpis = new ArrayList<>();
      for (Kpi k : p.kpis()) {
        kpis.add(withActuals(k, calendar, choices));
      }
      plans.add(DepartmentPlan.builder().from(p).kpis(kpis).tasks(done).build());
    }
    lived.plans(plans);
    PlanDocument withPlans = lived.build();
    List<KeyTaskAssignment> keyTasks = new ArrayList<>();
    for (Department d : doc.departments()) {
      for (int m = 1; m <= keyMonths; m++) {
        List<String> set = List.of(d.id() + ".key1", d.id() + ".key2", d.id() + ".key3");
        // sometimes one month's key tasks come in two entries
        int split = choices.chance(4) ? 2 : 3;
        keyTasks.add(review(withPlans, d.head().orElseThrow(), m, set.subList(0, split),
            calendar, choices));
        if (split < 3) {
          keyTasks.add(review(withPlans, d.head().orElseThrow(), m, set.subList(split, 3),
              calendar, choices));
        }
      }
    }
    var result = PlanDocument.builder().from(withPlans)
        .followUp(FollowUp.builder().keyTasks(keyTasks).trackerRefs(trackerRefs).build())
        .initiatives(doc.initiatives().stream().map(i -> Initiative.builder().from(i)
            .status(InitiativeStatus.UNDER_ANALYSIS).build()).toList());
    // the quarterly revision of the latest quarter whose revision is due, or a later one
    for (int q = 3; q >= 1; q--) {
      if (calendar.isPast(3 * q, 30)) {
        result.revision(Revision.builder().quarter(q + choices.pick(5 - q))
            .date(calendar.lastDay(3 * q).plusDays(1 + choices.pick(20))).build());
        break;
      }
    }
    return new DatedDocument(result.build(), asOf);
  }

  /** The task as it stands: DONE, in one of its months, once its last month is closed. */
  private static Task lived(Task t, PlanningCalendar calendar, Choices choices) {
    if (t.months().isEmpty() || t.isDropped()) {
      return t;
    }
    int first = t.firstMonth().orElseThrow();
    int last = t.lastMonth().orElseThrow();
    if (!calendar.isClosed(last) && !choices.chance(6)) {
      return t;
    }
    var done = Task.builder().from(t).status(TaskStatus.DONE);
    return choices.chance(3) ? done.build()
        : done.doneIn(first + choices.pick(last - first + 1)).build();
  }

  /**
   * The KPI with actuals on track for the months that have ended: every closed month with a
   * milestone has one, an ended month not yet closed sometimes, a month without a milestone
   * now and then.
   */
  private static Kpi withActuals(Kpi k, PlanningCalendar calendar, Choices choices) {
    SortedMap<Integer, BigDecimal> actual = new TreeMap<>();
    for (int m = 1; m <= 12; m++) {
      if (!calendar.hasEnded(m)) {
        break;
      }
      BigDecimal milestone = k.monthly().get(m);
      if (milestone != null && (calendar.isClosed(m) || choices.chance(2))) {
        actual.put(m, milestone.multiply(ON_TRACK.get(choices.pick(ON_TRACK.size()))));
      } else if (milestone == null && choices.chance(5)) {
        actual.put(m, BigDecimal.valueOf(10L * m));
      }
    }
    return Kpi.builder().from(k).actual(actual).build();
  }

  /**
   * A head's key-task entry of a month: once the month is closed every key task is done,
   * marked in {@code done} unless the task's DONE status already says so; before, some are.
   */
  private static KeyTaskAssignment review(PlanDocument doc, String head, int month,
      List<String> tasks, PlanningCalendar calendar, Choices choices) {
    var entry = KeyTaskAssignment.builder().person(head).month(month).tasks(tasks);
    for (String t : tasks) {
      boolean byStatus = KeyTasks.isDoneBy(doc.taskById().get(t), month);
      if (!byStatus && (calendar.isClosed(month) || choices.chance(2))) {
        entry.addDone(t);
      }
    }
    return entry.build();
  }

  private static ImmutableDepartmentPlan.Builder plan(String department, LocalDate submitted) {
    return DepartmentPlan.builder().department(department).submittedOn(submitted);
  }

  private static YearReport report(String d) {
    return YearReport.builder().addResults("Results of " + d).addStrengths("Strong team")
        .addWeaknesses("Slow decisions").addMarketChanges("New competitors")
        .addConclusions("Grow carefully").build();
  }
}
