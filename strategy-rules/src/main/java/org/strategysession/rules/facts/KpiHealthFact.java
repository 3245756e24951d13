package org.strategysession.rules.facts;

import java.math.BigDecimal;
import org.strategysession.model.KpiHealth;

/**
 * Format 1.1, only in a check with an as-of date: a KPI judged on its latest ended month with
 * both a milestone and an actual, by the model's {@link KpiHealth}; absent for a KPI with no
 * such month ({@link KpiHealth#NO_DATA}). It carries the KPI's name and unit, so that a rule
 * needs no join back to the KPI. {@code shortfallPercent} is the shortfall in percent of the
 * milestone, rounded to one decimal (null for a zero milestone). Null stands for an absent
 * value.
 */
public record KpiHealthFact(String kpi, String department, String name, String unit, int month,
    BigDecimal milestone, BigDecimal actual, BigDecimal shortfallPercent, KpiHealth health,
    String path) {
  /** The KPI's id with its {@code name}, for messages. */
  public Label label() {
    return new Label(kpi, name);
  }
}
