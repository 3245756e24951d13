package org.strategysession.rules.facts;

import java.time.LocalDate;

/**
 * A department plan; {@code index} is its position in {@code plans}; {@code departmentMonthMask}
 * holds the months in which some task not {@code DROPPED} is scheduled or some KPI has a {@code
 * monthly} value, over every plan of the department, bit {@code m} for month {@code m} (1–12);
 * {@code planCount} is the number of plans of its department (itself included) and {@code
 * planOrdinal} its place among them in document order, 0 for the department's first plan (rules
 * ask these instead of joining the department's other plans). Null stands for an absent value.
 */
public record PlanFact(String department, int index, LocalDate submittedOn, boolean hasReport,
    int kpiCount, int goalCount, int departmentMonthMask, int planCount, int planOrdinal,
    String path) {
  /**
   * Whether the department's plans have a live task or a KPI monthly value in some month from
   * {@code from} to {@code to}, inclusive.
   */
  public boolean departmentActiveIn(int from, int to) {
    return TaskFact.maskHasAny(departmentMonthMask, from, to);
  }
}
