package org.strategysession.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.strategysession.model.CompanyGoal;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.FollowUp;
import org.strategysession.model.Goal;
import org.strategysession.model.ImmutableKpi;
import org.strategysession.model.ImmutableTask;
import org.strategysession.model.KeyTaskAssignment;
import org.strategysession.model.Kpi;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.Priority;
import org.strategysession.model.Task;
import org.strategysession.model.TaskStatus;

/**
 * The format 1.1 side of a generated document, as the year stands on {@link #AS_OF}: company
 * goals that department goals serve, priorities, the actuals of the first quarter, tasks done
 * and the monthly review of the key tasks — with a few percent of defects (a goal serving
 * nothing, too many priorities, a KPI behind or at risk, a missing or premature actual, a task
 * overdue or done late, a key task not done or marked done without being one), so that the
 * alignment and year-in-action rules have work to do. It draws from a sequence of its own, so
 * the 1.0 part of a document is the same with or without it. Not thread-safe.
 */
final class GeneratedYear {
  /** The date the generated year stands on: the first quarter closed, April not yet. */
  static final LocalDate AS_OF = LocalDate.of(PlanGenerator.YEAR, 4, 20);
  private static final int COMPANY_GOALS = 3;

  private final Dice dice;

  GeneratedYear(long seed) {
    this.dice = new Dice(seed ^ 0x5eed_1_1L);
  }

  /** The document with its 1.1 side added. */
  PlanDocument addTo(PlanDocument doc) {
    List<String> companyGoals = new ArrayList<>();
    var out = PlanDocument.builder().from(doc).plans(List.of());
    String owner = doc.departments().isEmpty() ? null
        : doc.departments().get(0).head().orElse(null);
    for (int c = 1; c <= COMPANY_GOALS; c++) {
      String id = "company.g" + c;
      companyGoals.add(id);
      var g = CompanyGoal.builder().id(id).title("Company goal " + c);
      if (owner != null && !dice.chance(0.05)) {
        g.owner(owner);
      }
      out.addCompanyGoals(g.build());
    }
    for (DepartmentPlan plan : doc.plans()) {
      out.addPlans(plan(plan, companyGoals));
    }
    doc.followUp().ifPresent(f -> out.followUp(followUp(f)));
    return out.build();
  }

  private DepartmentPlan plan(DepartmentPlan plan, List<String> companyGoals) {
    var p = DepartmentPlan.builder().from(plan).kpis(List.of()).goals(List.of())
        .tasks(List.of());
    int high = 0;
    for (Goal g : plan.goals()) {
      var b = Goal.builder().from(g);
      if (!dice.chance(0.03)) {
        b.addServes(dice.chance(0.005) ? "company.g9" : dice.pick(companyGoals));
      }
      if (dice.chance(0.2) && (high < 2 || dice.chance(0.05))) {
        b.priority(Priority.HIGH);
        high++;
      } else if (dice.chance(0.15)) {
        b.priority(Priority.LOW);
      }
      p.addGoals(b.build());
    }
    for (Kpi k : plan.kpis()) {
      p.addKpis(kpi(k));
    }
    for (Task t : plan.tasks()) {
      p.addTasks(task(t));
    }
    return p.build();
  }

  /** Actuals of the months 1–3 that have a milestone, mostly on track. */
  private Kpi kpi(Kpi k) {
    ImmutableKpi.Builder b = Kpi.builder().from(k);
    for (var e : k.monthly().entrySet()) {
      int month = e.getKey();
      if (month > 4 || (month == 4 && !dice.chance(0.01))) {
        continue; // only an actual of April now and then: ACTUAL_IN_FUTURE
      }
      if (dice.chance(0.03)) {
        continue; // ACTUAL_MISSING
      }
      double off = dice.chance(0.9) ? dice.fraction() * 0.04 : 0.06 + dice.fraction() * 0.2;
      b.putActual(month, e.getValue().multiply(BigDecimal.valueOf(1 - off))
          .setScale(2, RoundingMode.HALF_UP));
    }
    return b.build();
  }

  /** Tasks of the first quarter mostly done in their last month. */
  private Task task(Task t) {
    if (t.isDropped() || t.lastMonth().isEmpty() || t.lastMonth().get() > 3
        || dice.chance(0.05)) {
      return t; // not due yet, or TASK_OVERDUE
    }
    ImmutableTask.Builder b = Task.builder().from(t).status(TaskStatus.DONE);
    int last = t.lastMonth().get();
    b.doneIn(dice.chance(0.03) ? Math.min(12, last + 1) : last); // TASK_DONE_LATE
    return b.build();
  }

  /** The review of the key tasks of the closed months: most of them done. */
  private FollowUp followUp(FollowUp f) {
    var out = FollowUp.builder().from(f).keyTasks(List.of());
    for (KeyTaskAssignment a : f.keyTasks()) {
      if (a.month().isEmpty() || a.month().get() > 3) {
        out.addKeyTasks(a);
        continue;
      }
      var b = KeyTaskAssignment.builder().from(a);
      for (String task : a.tasks()) {
        if (!dice.chance(0.05)) {
          b.addDone(task); // else KEY_TASK_NOT_DONE
        }
      }
      if (!a.tasks().isEmpty() && dice.chance(0.01)) {
        b.addDone(a.tasks().get(0) + ".other"); // a done id that names no key task
      }
      out.addKeyTasks(b.build());
    }
    return out.build();
  }
}
