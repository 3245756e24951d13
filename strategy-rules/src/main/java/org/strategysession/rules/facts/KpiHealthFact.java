package org.strategysession.rules.facts;

import java.math.BigDecimal;
import org.strategysession.model.KpiHealth;

/**
 * Format 1.1, only in a check with an as-of date: a KPI judged on its latest ended month with
 * both a milestone and an actual, by the model's {@link KpiHealth}; absent for a KPI with no
 * such month ({@link KpiHealth#NO_DATA}). {@code shortfallPercent} is the shortfall in percent
 * of the milestone, rounded to one decimal (null for a zero milestone).
 */
public record KpiHealthFact(String kpi, String department, int month, BigDecimal milestone,
    BigDecimal actual, BigDecimal shortfallPercent, KpiHealth health, String path) {}
