package org.strategysession.rules.facts;

import java.math.BigDecimal;

/**
 * Format 1.1: one month of a KPI's {@code actual}: the value reached by the end of the month.
 * Null stands for an absent value.
 */
public record ActualFact(String kpi, String department, int month, BigDecimal value, String path) {}
