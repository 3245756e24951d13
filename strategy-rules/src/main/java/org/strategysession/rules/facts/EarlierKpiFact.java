package org.strategysession.rules.facts;

import java.math.BigDecimal;

/** A KPI of the earlier version (revision checks only). Null stands for an absent value. */
public record EarlierKpiFact(String id, String department, String name, BigDecimal target) {
  /** The id with the {@code name}, for messages. */
  public Label label() {
    return new Label(id, name);
  }
}
