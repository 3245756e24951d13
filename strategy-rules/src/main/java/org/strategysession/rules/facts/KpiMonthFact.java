package org.strategysession.rules.facts;

import java.math.BigDecimal;

/** One {@code monthly} value of a KPI. Null stands for an absent value. */
public record KpiMonthFact(String kpi, String department, int month, BigDecimal value) {}
