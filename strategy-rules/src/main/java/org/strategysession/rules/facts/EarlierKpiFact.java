package org.strategysession.rules.facts;

import java.math.BigDecimal;
import java.util.SortedMap;

/**
 * A KPI of the earlier version (revision checks only), with its {@code monthly} and {@code
 * actual} values by month; {@code first} marks the first of the KPIs of its id in its department
 * (by their values: the order of the earlier document's lists changes no finding). Null stands
 * for an absent value.
 */
public record EarlierKpiFact(String id, String department, String name, BigDecimal target,
    SortedMap<Integer, BigDecimal> monthly, SortedMap<Integer, BigDecimal> actual, boolean first) {
  /** The id with the {@code name}, for messages. */
  public Label label() {
    return new Label(id, name);
  }

  /** The same fact, marked first of its id in its department. */
  public EarlierKpiFact asFirst() {
    return new EarlierKpiFact(id, department, name, target, monthly, actual, true);
  }
}
