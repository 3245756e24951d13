package org.strategysession.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The year at a glance: for each month 1–12 and each department, the tasks scheduled in that
 * month and the KPI milestones to reach by its end; and the initiatives with their status.
 *
 * <p>Built by {@link #of(PlanDocument)}; the order of everything is fixed so that the same
 * document always gives the same roadmap (and the same JSON, through {@link
 * PlanDocuments#writeJson(Object)}):
 *
 * <ul>
 *   <li>{@link #months()} holds exactly the months 1 to 12, in order, even where nothing is
 *       scheduled.
 *   <li>Every month lists the same departments, in the same order: the declared departments
 *       in document order, then the departments that have a plan but are not declared, in the
 *       order of their first plan. A department appears even in months in which it has
 *       nothing scheduled, so that a reader sees a complete grid.
 *   <li>A department's tasks of a month are those of its plans (several plans of one
 *       department are taken together, in document order) that list the month and are not
 *       {@link TaskStatus#DROPPED}, in plan order; a task that lists a month twice appears
 *       once in it.
 *   <li>A department's milestones of a month are the {@code monthly} values for that month of
 *       its plans' KPIs, in KPI order.
 *   <li>{@link #initiatives()} holds every initiative in document order with its effective
 *       status. Initiatives are not scheduled by month, so they are listed once for the year.
 * </ul>
 *
 * <p>A roadmap never fails on a draft: dangling references (an owner who is not among the
 * people) simply leave the resolved names absent. Immutable and thread-safe; collections are
 * never null.
 */
@Value.Immutable
@JsonPropertyOrder({"company", "planningYear", "months", "initiatives"})
@JsonSerialize(as = ImmutableRoadmap.class)
@JsonDeserialize(as = ImmutableRoadmap.class)
public interface Roadmap {
  String company();

  int planningYear();

  /** The months 1–12 in order (for a roadmap built by {@link #of(PlanDocument)}). */
  List<RoadmapMonth> months();

  /** Every initiative of the document, in document order. */
  List<RoadmapInitiative> initiatives();

  /**
   * The roadmap of a document.
   *
   * @param document not null
   * @return a new roadmap; never null
   */
  static Roadmap of(PlanDocument document) {
    Objects.requireNonNull(document, "document");
    Map<String, Person> people = document.personById();
    Map<String, List<DepartmentPlan>> plansByDepartment = new LinkedHashMap<>();
    for (String department : departmentOrder(document)) {
      plansByDepartment.put(department, new ArrayList<>());
    }
    for (DepartmentPlan plan : document.plans()) {
      plansByDepartment.get(plan.department()).add(plan);
    }

    ImmutableRoadmap.Builder roadmap =
        ImmutableRoadmap.builder()
            .company(document.company())
            .planningYear(document.planningYear());
    for (int month = 1; month <= 12; month++) {
      ImmutableRoadmapMonth.Builder m = ImmutableRoadmapMonth.builder().month(month);
      for (Map.Entry<String, List<DepartmentPlan>> e : plansByDepartment.entrySet()) {
        m.addDepartment(departmentMonth(document, people, e.getKey(), e.getValue(), month));
      }
      roadmap.addMonth(m.build());
    }
    for (Initiative initiative : document.initiatives()) {
      roadmap.addInitiative(
          ImmutableRoadmapInitiative.builder()
              .id(initiative.id())
              .title(initiative.title())
              .status(initiative.effectiveStatus())
              .owner(initiative.owner())
              .ownerName(initiative.owner().map(people::get).flatMap(Person::name))
              .departments(initiative.departments())
              .decidedOn(initiative.decidedOn())
              .build());
    }
    return roadmap.build();
  }

  /** Declared departments in document order, then undeclared plan departments. */
  private static Set<String> departmentOrder(PlanDocument document) {
    Set<String> order = new LinkedHashSet<>();
    document.departments().forEach(d -> order.add(d.id()));
    document.plans().forEach(p -> order.add(p.department()));
    return order;
  }

  private static RoadmapDepartment departmentMonth(
      PlanDocument document,
      Map<String, Person> people,
      String department,
      List<DepartmentPlan> plans,
      int month) {
    ImmutableRoadmapDepartment.Builder out =
        ImmutableRoadmapDepartment.builder()
            .department(department)
            .name(
                Optional.ofNullable(document.departmentById().get(department))
                    .flatMap(Department::name));
    for (DepartmentPlan plan : plans) {
      for (Task task : plan.tasks()) {
        if (task.isDropped() || !task.months().contains(month)) {
          continue;
        }
        out.addTask(
            ImmutableRoadmapTask.builder()
                .id(task.id())
                .title(task.title())
                .owner(task.owner())
                .ownerName(task.owner().map(people::get).flatMap(Person::name))
                .goal(task.goal())
                .approved(task.effectiveStatus() == TaskStatus.APPROVED)
                .status(task.effectiveStatus())
                .build());
      }
      for (Kpi kpi : plan.kpis()) {
        BigDecimal value = kpi.monthly().get(month);
        if (value != null) {
          out.addMilestone(
              ImmutableRoadmapMilestone.builder()
                  .kpi(kpi.id())
                  .name(kpi.name())
                  .unit(kpi.unit())
                  .value(value)
                  .build());
        }
      }
    }
    return out.build();
  }

  /**
   * The entry of one month, or empty when the roadmap has no such month.
   *
   * @param month the month, 1–12
   */
  default Optional<RoadmapMonth> month(int month) {
    return months().stream().filter(m -> m.month() == month).findFirst();
  }

  static ImmutableRoadmap.Builder builder() {
    return ImmutableRoadmap.builder();
  }
}
