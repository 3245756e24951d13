package org.strategysession.rules.facts;

import java.math.BigDecimal;

/** One {@code basedOn.assumedMonthly} value of a KPI; {@code salesKpi} is {@code basedOn.kpi}. Null stands for an absent value. */
public record AssumedMonthFact(String kpi, String department, String salesKpi, int month, BigDecimal value, String path) {}
