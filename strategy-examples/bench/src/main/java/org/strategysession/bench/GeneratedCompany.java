package org.strategysession.bench;

import static org.strategysession.bench.PlanGenerator.DAY1;
import static org.strategysession.bench.PlanGenerator.YEAR;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.Goal;
import org.strategysession.model.ImmutableDepartmentPlan;
import org.strategysession.model.ImmutableKpi;
import org.strategysession.model.ImmutablePlanDocument;
import org.strategysession.model.ImmutableSalesBasis;
import org.strategysession.model.ImmutableYearReport;
import org.strategysession.model.Kpi;
import org.strategysession.model.Need;
import org.strategysession.model.Person;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.Proposal;
import org.strategysession.model.Role;
import org.strategysession.model.SalesBasis;
import org.strategysession.model.TaskStatus;
import org.strategysession.model.YearReport;

/**
 * The company side of one generated document: one sales department and others of varied
 * kinds, each with a head and a few specialists, and their plans — KPIs (those of
 * sales-dependent departments resting on a sales KPI), goals, tasks scheduled by month, needs
 * addressed to other departments and the supporting tasks that answer most of them — with a
 * few percent of defects. {@link GeneratedSession} adds the session from what is drawn here.
 * Not thread-safe: one instance per document.
 */
final class GeneratedCompany {
  private static final List<DepartmentKind> OTHER_KINDS = List.of(
      DepartmentKind.MARKETING, DepartmentKind.PRODUCTION, DepartmentKind.FINANCE,
      DepartmentKind.PROCUREMENT, DepartmentKind.LOGISTICS, DepartmentKind.HR,
      DepartmentKind.IT, DepartmentKind.SERVICE, DepartmentKind.MANAGEMENT,
      DepartmentKind.OTHER);

  private final Dice dice;
  /** The number of departments. */
  final int count;
  /** One sales department with one specialist, one KPI and no report: the smallest document. */
  private final boolean compact;
  private int fixedGoals;
  /** Department ids by index, sales first. */
  final List<String> ids = new ArrayList<>();
  final List<DepartmentKind> kinds = new ArrayList<>();
  /** The head of each department, by index. */
  final List<String> heads = new ArrayList<>();
  private final Map<String, List<String>> staff = new LinkedHashMap<>();
  private final Map<String, ImmutableDepartmentPlan.Builder> plans = new LinkedHashMap<>();
  /** department id → its goals' ids, in order. */
  final Map<String, List<String>> goalIds = new LinkedHashMap<>();
  /** department id → its tasks, supporting tasks last. */
  final Map<String, List<TaskDraft>> tasks = new LinkedHashMap<>();
  private final Map<String, List<String>> kpiIds = new LinkedHashMap<>();
  private final Map<String, BigDecimal> salesTargets = new LinkedHashMap<>();
  private final Map<String, Map<Integer, BigDecimal>> salesMonthly = new LinkedHashMap<>();
  private int supportSeq;

  GeneratedCompany(Dice dice, int count, boolean compact) {
    this.dice = dice;
    this.count = count;
    this.compact = compact;
  }

  /** Every department gets this many goals instead of a drawn number. */
  GeneratedCompany goals(int goals) {
    this.fixedGoals = goals;
    return this;
  }

  /**
   * Draws the departments, their people and their plans, in this order, into a new document
   * builder to which the caller may add the session.
   */
  ImmutablePlanDocument.Builder draw() {
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
      if (i > 0 && dice.chance(0.01)) {
        continue; // PLAN_MISSING
      }
      ImmutableDepartmentPlan.Builder p = plans.get(d);
      for (TaskDraft t : tasks.get(d)) {
        p.addTasks(t.build());
      }
      built.add(p.build());
    }
    doc.addAllPlans(built);
    return doc;
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
      int specialists = compact ? 1 : dice.between(1, 3);
      for (int s = 1; s <= specialists; s++) {
        String p = "p." + d + ".s" + s;
        team.add(p);
        doc.addPeople(Person.builder().id(p).name("Specialist " + s + " of " + d)
            .department(dice.chance(0.01) ? d + ".gone" : d) // UNKNOWN_REFERENCE
            .role(Role.SPECIALIST).build());
      }
      staff.put(d, team);
    }
  }

  private void plan(int i) {
    String d = ids.get(i);
    boolean sales = i == 0;
    ImmutableDepartmentPlan.Builder p = DepartmentPlan.builder().department(d);
    if (!dice.chance(0.03)) {
      p.submittedOn(
          DAY1.minusDays(dice.chance(0.07) ? dice.between(1, 6) : dice.between(7, 25)));
    }
    if (!compact && !dice.chance(0.02)) {
      p.report(report(i));
    }
    plans.put(d, p);
    List<String> kpis = new ArrayList<>();
    int kpiCount = compact ? 1 : dice.between(1, 3);
    for (int k = 1; k <= kpiCount; k++) {
      String id = d + ".k" + k;
      kpis.add(id);
      p.addKpis(sales ? salesKpi(id) : kpi(id, i, k == 1));
    }
    kpiIds.put(d, kpis);
    List<String> goals = new ArrayList<>();
    List<TaskDraft> drafts = new ArrayList<>();
    int goalCount = fixedGoals > 0 ? fixedGoals
        : dice.chance(0.04) ? dice.between(6, 7) : dice.between(2, 5);
    for (int g = 1; g <= goalCount; g++) {
      String goal = d + ".g" + g;
      goals.add(goal);
      var b = Goal.builder().id(goal).title("Goal " + g + " of " + d);
      if (!dice.chance(0.02)) {
        b.owner(dice.chance(0.01) ? "p.nobody" : dice.pick(staff.get(d)));
      }
      if (!dice.chance(0.03)) {
        b.addKpis(dice.chance(0.01) ? d + ".k9" : dice.pick(kpis));
        if (kpis.size() > 1 && dice.chance(0.3)) {
          b.addKpis(kpis.get(kpis.size() - 1));
        }
      }
      p.addGoals(b.build());
      int taskCount = dice.chance(0.03) ? 0 : dice.between(1, 3);
      boolean allDropped = dice.chance(0.01);
      for (int t = 1; t <= taskCount; t++) {
        // DUPLICATE_ID now and then: a copy-pasted id of a task nobody supports.
        TaskDraft previous = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        boolean duplicate = previous != null && dice.chance(0.003);
        TaskDraft task = new TaskDraft(duplicate ? previous.id : d + ".t" + g + "_" + t,
            duplicate);
        if (duplicate) {
          previous.duplicate = true;
        }
        task.builder.title("Task " + t + " of " + goal);
        if (!dice.chance(0.02)) {
          task.builder.goal(dice.chance(0.005) ? d + ".g0" : goal);
        }
        if (!dice.chance(0.02)) {
          task.builder.owner(dice.chance(0.005) ? "p.nobody" : dice.pick(staff.get(d)));
        }
        if (!dice.chance(0.02)) {
          int first = dice.between(1, 11);
          task.first = first;
          int last = Math.min(12, first + dice.between(0, 3));
          for (int m = first; m <= last; m++) {
            task.builder.addMonths(m);
          }
        }
        task.status = allDropped || dice.chance(0.05) ? TaskStatus.DROPPED
            : dice.chance(0.5) ? TaskStatus.APPROVED : TaskStatus.PROPOSED;
        task.builder.status(task.status);
        drafts.add(task);
      }
    }
    goalIds.put(d, goals);
    tasks.put(d, drafts);
  }

  private Kpi salesKpi(String id) {
    BigDecimal target = BigDecimal.valueOf(dice.between(50, 500) * 10L);
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
    int base = dice.between(10, 1000);
    if (!dice.chance(0.03)) {
      k.baseline(BigDecimal.valueOf(base));
    }
    if (!dice.chance(0.02)) {
      k.target(BigDecimal.valueOf(
          dice.chance(0.03) ? base - dice.between(1, 9) : base + dice.between(1, 99)));
    }
    for (int m = 3; m <= 12; m += 3) {
      if (!dice.chance(0.05)) {
        k.putMonthly(m, BigDecimal.valueOf(base + m));
      }
    }
    if (first && kinds.get(i).salesDependent() && !dice.chance(0.05)) {
      k.basedOn(basis());
    }
    return k.build();
  }

  private SalesBasis basis() {
    List<String> salesKpis = new ArrayList<>(salesTargets.keySet());
    String sales = dice.pick(salesKpis);
    ImmutableSalesBasis.Builder b = SalesBasis.builder();
    if (dice.chance(0.01)) {
      return b.kpi("sales.k9").assumed(BigDecimal.TEN).build(); // UNKNOWN_REFERENCE
    }
    if (dice.chance(0.01) && kpiIds.size() > 1) {
      // SALES_BASIS_NOT_SALES: the first KPI of a department that is not sales.
      String other = kpiIds.get(ids.get(1)).get(0);
      return b.kpi(other).assumed(BigDecimal.ONE).build();
    }
    b.kpi(sales);
    BigDecimal target = salesTargets.get(sales);
    if (!dice.chance(0.05)) {
      double off = dice.chance(0.06) ? 0.06 + dice.fraction() * 0.2 : dice.fraction() * 0.04;
      b.assumed(target.multiply(BigDecimal.valueOf(1 + (dice.chance(0.5) ? off : -off)))
          .setScale(2, java.math.RoundingMode.HALF_UP));
    }
    for (int m = 6; m <= 12; m += 6) {
      BigDecimal v = salesMonthly.get(sales).get(m);
      b.putAssumedMonthly(m, dice.chance(0.05) ? v.multiply(new BigDecimal("1.2")) : v);
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
    if (dice.chance(0.05)) {
      r.strengths(List.of()); // REPORT_SECTION_EMPTY
    }
    if (count > 1 && dice.chance(0.3)) {
      r.addProposals(Proposal.builder().to(dice.chance(0.02) ? "nowhere" : ids.get(
          dice.below(count))).text("Share the forecast earlier").build());
    }
    return r.build();
  }

  /** Needs of department {@code i}'s tasks to others, and the tasks that answer them. */
  private void needs(int i) {
    String d = ids.get(i);
    for (TaskDraft t : tasks.get(d)) {
      if (t.duplicate || !dice.chance(0.15)) {
        continue;
      }
      int other = neighbour(i);
      if (other == i) {
        continue;
      }
      String to = ids.get(other);
      t.builder.addNeeds(Need.of(dice.chance(0.005) ? "nowhere" : to, "Help from " + to));
      if (dice.chance(0.15)) {
        continue; // NEED_UNANSWERED
      }
      TaskDraft s = new TaskDraft(to + ".s" + (++supportSeq), false);
      s.builder.title("Support for " + t.id).goal(goalIds.get(to).get(0))
          .owner(dice.pick(staff.get(to)))
          .addSupports(dice.chance(0.005) ? t.id + "x" : t.id);
      int first = t.first == null ? dice.between(1, 12)
          : dice.chance(0.1) ? Math.min(12, t.first + dice.between(1, 2))
          : Math.max(1, t.first - dice.between(0, 2));
      s.first = first;
      s.builder.addMonths(first);
      s.status = dice.chance(0.05) ? TaskStatus.DROPPED : TaskStatus.APPROVED;
      s.builder.status(s.status);
      tasks.get(to).add(s);
    }
  }

  /** A department near {@code i}, usually sales or the previous few. */
  int neighbour(int i) {
    if (dice.chance(0.4)) {
      return 0;
    }
    return Math.max(0, i - dice.between(1, 4));
  }
}
