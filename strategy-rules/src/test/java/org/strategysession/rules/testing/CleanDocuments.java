package org.strategysession.rules.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.Goal;
import org.strategysession.model.ImmutableDepartmentPlan;
import org.strategysession.model.Initiative;
import org.strategysession.model.InitiativeTheme;
import org.strategysession.model.Kpi;
import org.strategysession.model.Need;
import org.strategysession.model.Person;
import org.strategysession.model.PlanDocument;
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

/**
 * jqwik generators of clean documents: varied in departments, goals, tasks, months and
 * cross-department needs, yet written so that no rule of the catalog fires with default
 * options (no as-of date, no follow-up, no revision). The base for properties that inject one
 * defect at a time. Thread-safe.
 */
public final class CleanDocuments {
  private static final List<DepartmentKind> OTHER_KINDS = List.of(
      DepartmentKind.MARKETING, DepartmentKind.PRODUCTION, DepartmentKind.FINANCE,
      DepartmentKind.PROCUREMENT, DepartmentKind.LOGISTICS, DepartmentKind.HR,
      DepartmentKind.IT, DepartmentKind.SERVICE, DepartmentKind.MANAGEMENT,
      DepartmentKind.OTHER);

  private CleanDocuments() {}

  /** Clean documents with one sales department and one to five others. */
  public static Arbitrary<PlanDocument> documents() {
    return Combinators.combine(
            Arbitraries.of(OTHER_KINDS).list().ofMinSize(1).ofMaxSize(5),
            Arbitraries.integers().between(1, 3).list().ofSize(6),
            Arbitraries.integers().between(1, 2).list().ofSize(18),
            Arbitraries.integers().between(1, 12).list().ofSize(36),
            Arbitraries.integers().between(1, 3).list().ofSize(36),
            Arbitraries.of(true, false).list().ofSize(6),
            Arbitraries.integers().between(2001, 2099))
        .as(CleanDocuments::build);
  }

  private static PlanDocument build(List<DepartmentKind> others, List<Integer> goalsPerDept,
      List<Integer> tasksPerGoal, List<Integer> firstMonths, List<Integer> lengths,
      List<Boolean> needsSales, int year) {
    List<DepartmentKind> kinds = new ArrayList<>();
    kinds.add(DepartmentKind.SALES);
    kinds.addAll(others);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < kinds.size(); i++) {
      ids.add(i == 0 ? "sales" : kinds.get(i).name().toLowerCase() + i);
    }
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

    ImmutableDepartmentPlan.Builder sales = plan("sales", day1.minusDays(24));
    List<DepartmentPlan> plans = new ArrayList<>();
    List<Task> salesSupport = new ArrayList<>();
    int goalSlot = 0;
    int taskSlot = 0;
    String firstTask = null;
    for (int i = 0; i < kinds.size(); i++) {
      String d = ids.get(i);
      boolean isSales = i == 0;
      boolean dependent = kinds.get(i).salesDependent();
      ImmutableDepartmentPlan.Builder p = isSales ? sales : plan(d, day1.minusDays(19));
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
        p.addGoals(Goal.builder().id(goalId).title("Goal " + g + " of " + d)
            .owner(heads.get(i)).addKpis(kpi).build());
        int tasks = tasksPerGoal.get(goalSlot++ % tasksPerGoal.size());
        for (int t = 1; t <= tasks; t++) {
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
          p.addTasks(task.build());
        }
      }
      p.report(report(d));
      if (!isSales) {
        plans.add(p.build());
      }
    }
    sales.addAllTasks(salesSupport);
    doc.addPlans(sales.build());
    doc.addAllPlans(plans);

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

  private static ImmutableDepartmentPlan.Builder plan(String department, LocalDate submitted) {
    return DepartmentPlan.builder().department(department).submittedOn(submitted);
  }

  private static YearReport report(String d) {
    return YearReport.builder().addResults("Results of " + d).addStrengths("Strong team")
        .addWeaknesses("Slow decisions").addMarketChanges("New competitors")
        .addConclusions("Grow carefully").build();
  }
}
