package org.strategysession.rules.facts;

import java.math.BigDecimal;
import java.util.SortedMap;

/**
 * A KPI of the earlier version (revision checks only), with its {@code monthly} and {@code
 * actual} values by month. Null stands for an absent value.
 */
public record EarlierKpiFact(String id, String department, String name, BigDecimal target,
    SortedMap<Integer, BigDecimal> monthly, SortedMap<Integer, BigDecimal> actual) {
  /** The id with the {@code name}, for messages. */
  public Label label() {
    return new Label(id, name);
  }
}
