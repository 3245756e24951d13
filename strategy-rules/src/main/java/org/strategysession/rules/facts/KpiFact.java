package org.strategysession.rules.facts;

import java.math.BigDecimal;
import java.util.SortedMap;
import org.strategysession.model.Direction;

/**
 * A KPI of a plan, with its {@code basedOn} flattened (null where absent) and its {@code monthly}
 * and {@code actual} values by month (empty where absent); {@code goalCount} is the number of
 * entries of goals' {@code kpis}, in any plan, that name this KPI's id, {@code basedOnCount} the
 * number of KPIs, in any plan, whose {@code basedOn} names it (a KPI some plan rests on has one
 * or more: a rule that looks up the KPI a {@code basedOnKpi} names can ask {@code basedOnCount
 * > 0} first, so that the engine keeps only such KPIs for the lookup). Null stands for an
 * absent value. {@code
 * first}: whether the fact comes first of the facts of its id in its department in the order of
 * {@link org.strategysession.rules.RuleFunctions#precedes}; a rule that looks the element up by an
 * id the document may repeat takes that one.
 */
public record KpiFact(String id, String department, String name, String unit,
    BigDecimal baseline, BigDecimal target, Direction direction, boolean hasBasedOn,
    String basedOnKpi, BigDecimal assumed, SortedMap<Integer, BigDecimal> monthly,
    SortedMap<Integer, BigDecimal> actual, int goalCount, int basedOnCount, boolean first,
    String path) implements Located {
  /** The id with the {@code name}, for messages. */
  public Label label() {
    return new Label(id, name);
  }

  /** The {@code monthly} value of this month; null where the KPI has none. */
  public BigDecimal monthlyValue(int month) {
    return monthly.get(month);
  }

  /** Whether the KPI has a {@code monthly} value in some month from {@code from} to {@code to}. */
  public boolean hasMonthlyIn(int from, int to) {
    return from <= to && !monthly.subMap(from, to + 1).isEmpty();
  }

  /** The same fact, marked first of its id in its department. */
  public KpiFact asFirst() {
    return new KpiFact(id, department, name, unit, baseline, target, direction, hasBasedOn,
        basedOnKpi, assumed, monthly, actual, goalCount, basedOnCount, true, path);
  }
}
