package org.strategysession.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.strategysession.model.Roadmap;
import org.strategysession.model.RoadmapDepartment;
import org.strategysession.model.RoadmapMilestone;
import org.strategysession.model.RoadmapMonth;
import org.strategysession.model.RoadmapTask;

/**
 * The model's {@link Roadmap} turned around for a grid: per department, each task with all its
 * months, and each KPI with its value per month. The roadmap lists, month by month, what each
 * department does; a grid and a tracker import need the other way round, task by task.
 *
 * <p>Everything is taken from the roadmap, so the grid, the CSV and the roadmap's JSON always
 * agree. Tasks and KPIs are in order of their first month, then in plan order, as a reader
 * of a calendar expects.
 *
 * @param departments every department of the roadmap, in its order
 */
record Schedule(List<DepartmentRows> departments) {

  /** One department's rows. */
  record DepartmentRows(String department, Optional<String> name, List<TaskRow> tasks,
      List<KpiRow> kpis) {}

  /** A task and the months it is scheduled in. */
  record TaskRow(RoadmapTask task, SortedSet<Integer> months) {
    /** The contiguous month ranges, in order: months 2, 3, 4, 9 give [2, 4] and [9, 9]. */
    List<int[]> ranges() {
      List<int[]> out = new ArrayList<>();
      int start = -1;
      int previous = -1;
      for (int m : months) {
        if (start < 0) {
          start = m;
        } else if (m != previous + 1) {
          out.add(new int[] {start, previous});
          start = m;
        }
        previous = m;
      }
      if (start >= 0) {
        out.add(new int[] {start, previous});
      }
      return out;
    }
  }

  /** A KPI's milestones by month. */
  record KpiRow(RoadmapMilestone first, SortedMap<Integer, BigDecimal> values) {}

  static Schedule of(Roadmap roadmap) {
    Map<String, Builder> byDepartment = new LinkedHashMap<>();
    for (RoadmapMonth month : roadmap.months()) {
      for (RoadmapDepartment d : month.departments()) {
        Builder b = byDepartment.computeIfAbsent(d.department(), k -> new Builder(d));
        for (RoadmapTask task : d.tasks()) {
          b.tasks.computeIfAbsent(task.id(), k -> new TaskRow(task, new TreeSet<>()))
              .months().add(month.month());
        }
        for (RoadmapMilestone milestone : d.milestones()) {
          b.kpis.computeIfAbsent(milestone.kpi(), k -> new KpiRow(milestone, new TreeMap<>()))
              .values().put(month.month(), milestone.value());
        }
      }
    }
    List<DepartmentRows> departments = new ArrayList<>();
    for (Builder b : byDepartment.values()) {
      departments.add(new DepartmentRows(b.department.department(), b.department.name(),
          List.copyOf(b.tasks.values()), List.copyOf(b.kpis.values())));
    }
    return new Schedule(Collections.unmodifiableList(departments));
  }

  private static final class Builder {
    final RoadmapDepartment department;
    final Map<String, TaskRow> tasks = new LinkedHashMap<>();
    final Map<String, KpiRow> kpis = new LinkedHashMap<>();

    Builder(RoadmapDepartment department) {
      this.department = department;
    }
  }
}
