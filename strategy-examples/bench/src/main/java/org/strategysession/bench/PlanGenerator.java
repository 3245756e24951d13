package org.strategysession.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.FollowUp;
import org.strategysession.model.Goal;
import org.strategysession.model.ImmutableDepartmentPlan;
import org.strategysession.model.ImmutableFollowUp;
import org.strategysession.model.ImmutableKpi;
import org.strategysession.model.ImmutablePlanDocument;
import org.strategysession.model.ImmutableSalesBasis;
import org.strategysession.model.ImmutableTask;
import org.strategysession.model.ImmutableYearReport;
import org.strategysession.model.Initiative;
import org.strategysession.model.InitiativeStatus;
import org.strategysession.model.InitiativeTheme;
import org.strategysession.model.KeyTaskAssignment;
import org.strategysession.model.Kpi;
import org.strategysession.model.Need;
import org.strategysession.model.Person;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.Proposal;
import org.strategysession.model.Remark;
import org.strategysession.model.RemarkKind;
import org.strategysession.model.Role;
import org.strategysession.model.SalesBasis;
import org.strategysession.model.Session;
import org.strategysession.model.StandardProgram;
import org.strategysession.model.Task;
import org.strategysession.model.TaskStatus;
import org.strategysession.model.Venue;
import org.strategysession.model.VenueFormat;
import org.strategysession.model.YearReport;
import org.strategysession.rules.PlanChecker;

/**
 * Seeded, deterministic generator of realistic plan documents of a chosen size, for the
 * benchmarks and the baseline agreement test.
 *
 * <p>A generated document is a company with one sales department and {@code departments − 1}
 * others of varied kinds, each with a head and a few specialists, a plan of KPIs (those of
 * sales-dependent departments resting on a sales KPI with an assumed target and monthly
 * values), goals, tasks scheduled by month, needs addressed to other departments and the
 * supporting tasks that answer most of them; the standard two-day session (report slots for at
 * most {@value #REPORT_SLOTS} departments, every head taking part), remarks, initiatives and a
 * follow-up with key tasks and tracker keys. A few percent of everything is defective — a
 * dangling reference, a duplicate id, a goal without tasks, an unanswered or late need, an
 * assumption out of step with the sales plan, a late plan, an empty report section … — so that
 * every rule group has work to do. Size grows with the number of departments: about 170 facts
 * per department.
 *
 * <p>The same seed and size always give the same document. Stateless and thread-safe.
 */
public final class PlanGenerator {
  /** The largest number of departments with a report slot in the session's agenda. */
  public static final int REPORT_SLOTS = 12;

  private static final List<DepartmentKind> OTHER_KINDS = List.of(
      DepartmentKind.MARKETING, DepartmentKind.PRODUCTION, DepartmentKind.FINANCE,
      DepartmentKind.PROCUREMENT, DepartmentKind.LOGISTICS, DepartmentKind.HR,
      DepartmentKind.IT, DepartmentKind.SERVICE, DepartmentKind.MANAGEMENT,
      DepartmentKind.OTHER);

  private static final int YEAR = 2027;
  private static final LocalDate DAY1 = LocalDate.of(YEAR - 1, 12, 14);

  private PlanGenerator() {}

  /**
   * A document of about {@code facts} facts ({@link PlanChecker#factCount}): the number of
   * departments whose document comes closest, or, below one department's worth, a compact
   * document of one sales department.
   *
   * @param seed any value; the same seed and size give the same document
   * @param facts the wanted size, at least 50
   * @return a new document; never null
   */
  public static PlanDocument ofFacts(long seed, int facts) {
    return generate(seed, departmentsFor(seed, facts), facts);
  }

  /**
   * The number of departments whose document ({@link #generate}) comes closest to {@code
   * facts} facts, or 0 where one department is already too many (then {@link #ofFacts} makes
   * a compact document).
   *
   * @param seed as for {@link #ofFacts}
   * @param facts as for {@link #ofFacts}
   * @return the number of departments, or 0
   */
  public static int departmentsFor(long seed, int facts) {
    if (facts < 50) {
      throw new IllegalArgumentException("at least 50 facts, not " + facts);
    }
    int one = PlanChecker.factCount(generate(seed, 1));
    if (one > facts) {
      return 0;
    }
    // Facts grow about linearly with departments: a secant step or two, then the neighbours.
    int d = Math.max(1, (int) Math.round((double) facts / one));
    for (int step = 0; step < 3; step++) {
      int at = PlanChecker.factCount(generate(seed, d));
      double perDepartment = d == 1 ? one : (double) (at - one) / (d - 1);
      int next = Math.max(1, d + (int) Math.round((facts - at) / Math.max(1, perDepartment)));
      if (next == d) {
        break;
      }
      d = next;
    }
    int best = d;
    int bestError = Math.abs(PlanChecker.factCount(generate(seed, d)) - facts);
    for (int c : new int[] {d - 1, d + 1}) {
      if (c >= 1) {
        int error = Math.abs(PlanChecker.factCount(generate(seed, c)) - facts);
        if (error < bestError) {
          best = c;
          bestError = error;
        }
      }
    }
    return best;
  }

  /**
   * The document of {@code departments} departments, or for 0 the compact document nearest to
   * {@code facts} facts.
   */
  public static PlanDocument generate(long seed, int departments, int facts) {
    return departments == 0 ? compact(seed, facts) : generate(seed, departments);
  }

  /**
   * A document of {@code departments} departments with the full mix of content and defects.
   *
   * @param seed any value
   * @param departments at least 1
   * @return a new document; never null
   */
  public static PlanDocument generate(long seed, int departments) {
    if (departments < 1) {
      throw new IllegalArgumentException("at least one department, not " + departments);
    }
    return new Company(new SplittableRandom(seed), departments, false).build();
  }

  /** One sales department with as many goals as bring the document near {@code facts}. */
  private static PlanDocument compact(long seed, int facts) {
    PlanDocument best = null;
    for (int goals = 1; goals <= 12; goals++) {
      PlanDocument doc = new Company(new SplittableRandom(seed), 1, true).goals(goals).build();
      if (best == null || Math.abs(PlanChecker.factCount(doc) - facts)
          < Math.abs(PlanChecker.factCount(best) - facts)) {
        best = doc;
      }
    }
    return best;
  }

  /** The state of one generation run. */
  private static final class Company {
    private final SplittableRandom random;
    private final int count;
    private final boolean compact;
    private int fixedGoals;
    private final List<String> ids = new ArrayList<>();
    private final List<DepartmentKind> kinds = new ArrayList<>();
    private final List<String> heads = new ArrayList<>();
    private final Map<String, List<String>> staff = new LinkedHashMap<>();
    private final Map<String, ImmutableDepartmentPlan.Builder> plans = new LinkedHashMap<>();
    private final Map<String, List<String>> goalIds = new LinkedHashMap<>();
    private final Map<String, List<TaskDraft>> tasks = new LinkedHashMap<>();
    private final Map<String, List<String>> kpiIds = new LinkedHashMap<>();
    private final Map<String, BigDecimal> salesTargets = new LinkedHashMap<>();
    private final Map<String, Map<Integer, BigDecimal>> salesMonthly = new LinkedHashMap<>();
    private int supportSeq;

    Company(SplittableRandom random, int count, boolean compact) {
      this.random = random;
      this.count = count;
      this.compact = compact;
    }

    Company goals(int goals) {
      this.fixedGoals = goals;
      return this;
    }

    private boolean chance(double p) {
      return random.nextDouble() < p;
    }

    private int between(int min, int max) {
      return random.nextInt(min, max + 1);
    }

    private <T> T pick(List<T> list) {
      return list.get(random.nextInt(list.size()));
    }

    PlanDocument build() {
      ImmutablePlanDocument.Builder doc = PlanDocument.builder()
          .company("Generated company " + count).planningYear(YEAR);
      for (int i = 0; i < count; i++) {
        DepartmentKind kind = i == 0 ? DepartmentKind.SALES : OTHER_KINDS.get(
            (i - 1) % OTHER_KINDS.size());
        String id = i == 0 ? "sales" : kind.name().toLowerCase() + i;
        ids.add(id);
        kinds.add(kind);
      }
      people(doc);
      for (int i = 0; i < count; i++) {
        String d = ids.get(i);
        doc.addDepartments(Department.of(d, "Department " + d, kinds.get(i), heads.get(i)));
      }
      for (int i = 0; i < count; i++) {
        plan(i);
      }
      for (int i = 1; i < count; i++) {
        needs(i);
      }
      List<DepartmentPlan> built = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String d = ids.get(i);
        if (i > 0 && chance(0.01)) {
          continue; // PLAN_MISSING
        }
        ImmutableDepartmentPlan.Builder p = plans.get(d);
        for (TaskDraft t : tasks.get(d)) {
          p.addTasks(t.build());
        }
        built.add(p.build());
      }
      doc.addAllPlans(built);
      if (!compact) {
        remarksAndInitiatives(doc);
        doc.session(session());
        doc.followUp(followUp());
      }
      return doc.build();
    }

    private void people(ImmutablePlanDocument.Builder doc) {
      for (int i = 0; i < count; i++) {
        String d = ids.get(i);
        String head = "p." + d + ".head";
        heads.add(head);
        doc.addPeople(Person.builder().id(head).name("Head of " + d).department(d)
            .role(Role.HEAD).email(head + "@example.com").build());
        List<String> team = new ArrayList<>();
        team.add(head);
        int specialists = compact ? 1 : between(1, 3);
        for (int s = 1; s <= specialists; s++) {
          String p = "p." + d + ".s" + s;
          team.add(p);
          doc.addPeople(Person.builder().id(p).name("Specialist " + s + " of " + d)
              .department(chance(0.01) ? d + ".gone" : d) // UNKNOWN_REFERENCE
              .role(Role.SPECIALIST).build());
        }
        staff.put(d, team);
      }
    }

    private void plan(int i) {
      String d = ids.get(i);
      boolean sales = i == 0;
      ImmutableDepartmentPlan.Builder p = DepartmentPlan.builder().department(d);
      if (!chance(0.03)) {
        p.submittedOn(DAY1.minusDays(chance(0.07) ? between(1, 6) : between(7, 25)));
      }
      if (!compact && !chance(0.02)) {
        p.report(report(i));
      }
      plans.put(d, p);
      List<String> kpis = new ArrayList<>();
      int kpiCount = compact ? 1 : between(1, 3);
      for (int k = 1; k <= kpiCount; k++) {
        String id = d + ".k" + k;
        kpis.add(id);
        p.addKpis(sales ? salesKpi(id) : kpi(id, i, k == 1));
      }
      kpiIds.put(d, kpis);
      List<String> goals = new ArrayList<>();
      List<TaskDraft> drafts = new ArrayList<>();
      int goalCount = fixedGoals > 0 ? fixedGoals : chance(0.04) ? between(6, 7) : between(2, 5);
      for (int g = 1; g <= goalCount; g++) {
        String goal = d + ".g" + g;
        goals.add(goal);
        var b = Goal.builder().id(goal).title("Goal " + g + " of " + d);
        if (!chance(0.02)) {
          b.owner(chance(0.01) ? "p.nobody" : pick(staff.get(d)));
        }
        if (!chance(0.03)) {
          b.addKpis(chance(0.01) ? d + ".k9" : pick(kpis));
          if (kpis.size() > 1 && chance(0.3)) {
            b.addKpis(kpis.get(kpis.size() - 1));
          }
        }
        p.addGoals(b.build());
        int taskCount = chance(0.03) ? 0 : between(1, 3);
        boolean allDropped = chance(0.01);
        for (int t = 1; t <= taskCount; t++) {
          // DUPLICATE_ID now and then: a copy-pasted id of a task nobody supports.
          TaskDraft previous = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
          boolean duplicate = previous != null && chance(0.003);
          TaskDraft task = new TaskDraft(duplicate ? previous.id : d + ".t" + g + "_" + t,
              duplicate);
          if (duplicate) {
            previous.duplicate = true;
          }
          task.builder.title("Task " + t + " of " + goal);
          if (!chance(0.02)) {
            task.builder.goal(chance(0.005) ? d + ".g0" : goal);
          }
          if (!chance(0.02)) {
            task.builder.owner(chance(0.005) ? "p.nobody" : pick(staff.get(d)));
          }
          if (!chance(0.02)) {
            int first = between(1, 11);
            task.first = first;
            int last = Math.min(12, first + between(0, 3));
            for (int m = first; m <= last; m++) {
              task.builder.addMonths(m);
            }
          }
          task.status = allDropped || chance(0.05) ? TaskStatus.DROPPED
              : chance(0.5) ? TaskStatus.APPROVED : TaskStatus.PROPOSED;
          task.builder.status(task.status);
          drafts.add(task);
        }
      }
      goalIds.put(d, goals);
      tasks.put(d, drafts);
    }

    private Kpi salesKpi(String id) {
      BigDecimal target = BigDecimal.valueOf(between(50, 500) * 10L);
      ImmutableKpi.Builder k = Kpi.builder().id(id).name("Revenue line " + id).unit("kRUB")
          .baseline(target.multiply(new BigDecimal("0.9"))).target(target);
      Map<Integer, BigDecimal> monthly = new LinkedHashMap<>();
      for (int m = 1; m <= 12; m++) {
        BigDecimal v = target.multiply(BigDecimal.valueOf(m)).divide(BigDecimal.valueOf(12),
            2, java.math.RoundingMode.HALF_UP);
        monthly.put(m, v);
        if (m % 3 == 0 || !compact) {
          k.putMonthly(m, v);
        }
      }
      salesTargets.put(id, target);
      salesMonthly.put(id, monthly);
      return k.build();
    }

    private Kpi kpi(String id, int i, boolean first) {
      ImmutableKpi.Builder k = Kpi.builder().id(id).name("Indicator " + id).unit("units");
      int base = between(10, 1000);
      if (!chance(0.03)) {
        k.baseline(BigDecimal.valueOf(base));
      }
      if (!chance(0.02)) {
        k.target(BigDecimal.valueOf(chance(0.03) ? base - between(1, 9) : base + between(1, 99)));
      }
      for (int m = 3; m <= 12; m += 3) {
        if (!chance(0.05)) {
          k.putMonthly(m, BigDecimal.valueOf(base + m));
        }
      }
      if (first && kinds.get(i).salesDependent() && !chance(0.05)) {
        k.basedOn(basis());
      }
      return k.build();
    }

    private SalesBasis basis() {
      List<String> salesKpis = new ArrayList<>(salesTargets.keySet());
      String sales = pick(salesKpis);
      ImmutableSalesBasis.Builder b = SalesBasis.builder();
      if (chance(0.01)) {
        return b.kpi("sales.k9").assumed(BigDecimal.TEN).build(); // UNKNOWN_REFERENCE
      }
      if (chance(0.01) && kpiIds.size() > 1) {
        // SALES_BASIS_NOT_SALES: the first KPI of a department that is not sales.
        String other = kpiIds.get(ids.get(1)).get(0);
        return b.kpi(other).assumed(BigDecimal.ONE).build();
      }
      b.kpi(sales);
      BigDecimal target = salesTargets.get(sales);
      if (!chance(0.05)) {
        double off = chance(0.06) ? 0.06 + random.nextDouble() * 0.2 : random.nextDouble() * 0.04;
        b.assumed(target.multiply(BigDecimal.valueOf(1 + (chance(0.5) ? off : -off)))
            .setScale(2, java.math.RoundingMode.HALF_UP));
      }
      for (int m = 6; m <= 12; m += 6) {
        BigDecimal v = salesMonthly.get(sales).get(m);
        b.putAssumedMonthly(m, chance(0.05) ? v.multiply(new BigDecimal("1.2")) : v);
      }
      return b.build();
    }

    private YearReport report(int i) {
      String d = ids.get(i);
      ImmutableYearReport.Builder r = YearReport.builder()
          .addResults("Results of " + d).addImprovements("Faster onboarding")
          .addDifficulties("Late supplies").addStrengths("Strong team")
          .addWeaknesses("Slow decisions").addMarketChanges("New competitors")
          .addConclusions("Grow carefully");
      if (chance(0.05)) {
        r.strengths(List.of()); // REPORT_SECTION_EMPTY
      }
      if (count > 1 && chance(0.3)) {
        r.addProposals(Proposal.builder().to(chance(0.02) ? "nowhere" : ids.get(
            random.nextInt(count))).text("Share the forecast earlier").build());
      }
      return r.build();
    }

    /** Needs of department {@code i}'s tasks to others, and the tasks that answer them. */
    private void needs(int i) {
      String d = ids.get(i);
      for (TaskDraft t : tasks.get(d)) {
        if (t.duplicate || !chance(0.15)) {
          continue;
        }
        int other = neighbour(i);
        if (other == i) {
          continue;
        }
        String to = ids.get(other);
        t.builder.addNeeds(Need.of(chance(0.005) ? "nowhere" : to, "Help from " + to));
        if (chance(0.15)) {
          continue; // NEED_UNANSWERED
        }
        TaskDraft s = new TaskDraft(to + ".s" + (++supportSeq), false);
        s.builder.title("Support for " + t.id).goal(goalIds.get(to).get(0))
            .owner(pick(staff.get(to))).addSupports(chance(0.005) ? t.id + "x" : t.id);
        int first = t.first == null ? between(1, 12)
            : chance(0.1) ? Math.min(12, t.first + between(1, 2)) : Math.max(1, t.first - between(0, 2));
        s.first = first;
        s.builder.addMonths(first);
        s.status = chance(0.05) ? TaskStatus.DROPPED : TaskStatus.APPROVED;
        s.builder.status(s.status);
        tasks.get(to).add(s);
      }
    }

    /** A department near {@code i}, usually sales or the previous few. */
    private int neighbour(int i) {
      if (chance(0.4)) {
        return 0;
      }
      return Math.max(0, i - between(1, 4));
    }

    private void remarksAndInitiatives(ImmutablePlanDocument.Builder doc) {
      int remark = 0;
      for (int i = 0; i < count; i++) {
        String d = ids.get(i);
        int n = between(0, 2);
        for (int r = 0; r < n; r++) {
          RemarkKind kind = pick(List.of(RemarkKind.values()));
          var b = Remark.builder().id("r" + (++remark)).day(1).department(d).kind(kind)
              .text("Remark on the report of " + d);
          if (!chance(0.2)) {
            List<TaskDraft> own = tasks.get(d);
            b.addAddressedBy(chance(0.01) ? "x" + remark
                : own.isEmpty() || chance(0.3) ? goalIds.get(d).get(0) : pick(own).id);
          }
          doc.addRemarks(b.build());
        }
      }
      int initiatives = Math.max(1, count / 3);
      for (int n = 1; n <= initiatives; n++) {
        int i = random.nextInt(count);
        String d = ids.get(i);
        var b = Initiative.builder().id("i" + n).title("Initiative " + n)
            .theme(pick(List.of(InitiativeTheme.values()))).proposedBy(d).addDepartments(d);
        if (count > 1 && !chance(0.1)) {
          int other = i == 0 ? 1 : neighbour(i);
          b.addDepartments(ids.get(other == i ? (i + 1) % count : other));
        }
        if (!chance(0.05)) {
          b.owner(heads.get(i));
        }
        InitiativeStatus status = pick(List.of(InitiativeStatus.values()));
        b.status(status);
        if (status == InitiativeStatus.ACCEPTED || status == InitiativeStatus.REJECTED) {
          b.decidedOn(chance(0.1) ? DAY1 : DAY1.plusDays(between(7, 40)));
        }
        doc.addInitiatives(b.build());
      }
    }

    private Session session() {
      List<String> reporting = ids.subList(0, Math.min(REPORT_SLOTS, count));
      Map<String, String> presenters = new LinkedHashMap<>();
      for (int i = 0; i < reporting.size(); i++) {
        presenters.put(ids.get(i), heads.get(i));
      }
      int hr = kinds.indexOf(DepartmentKind.HR);
      return Session.builder()
          .from(StandardProgram.session(reporting, presenters, DAY1, DAY1.plusDays(1)))
          .venue(Venue.builder().name("Country club").format(VenueFormat.OFFLINE).offsite(true)
              .build())
          .facilitator(heads.get(hr < 0 ? 0 : hr))
          .participants(heads)
          .build();
    }

    private FollowUp followUp() {
      ImmutableFollowUp.Builder f = FollowUp.builder();
      for (int i = 0; i < count; i++) {
        String d = ids.get(i);
        List<TaskDraft> live = tasks.get(d).stream()
            .filter(t -> t.status != TaskStatus.DROPPED && !t.duplicate).toList();
        for (int month = 1; month <= 2; month++) {
          if (live.isEmpty() || chance(0.05)) {
            continue; // HEAD_WITHOUT_KEY_TASKS
          }
          var a = KeyTaskAssignment.builder().person(heads.get(i)).month(month);
          int n = Math.min(live.size(), chance(0.1) ? 2 : between(3, 4));
          for (int k = 0; k < n; k++) {
            a.addTasks(live.get((k + month) % live.size()).id);
          }
          f.addKeyTasks(a.build());
        }
        for (TaskDraft t : live) {
          if (t.status == TaskStatus.APPROVED && !chance(0.05)) {
            f.putTrackerRef(t.id, "PLAN-" + Math.abs(t.id.hashCode()));
          }
        }
      }
      return f.build();
    }
  }

  /** A task being generated; built last, once needs and supports are known. */
  private static final class TaskDraft {
    final String id;
    /** Its id is used by another task too: kept out of needs, supports and key tasks. */
    boolean duplicate;
    final ImmutableTask.Builder builder = Task.builder();
    Integer first;
    TaskStatus status = TaskStatus.PROPOSED;

    TaskDraft(String id, boolean duplicate) {
      this.id = id;
      this.duplicate = duplicate;
    }

    Task build() {
      return builder.id(id).build();
    }
  }
}
