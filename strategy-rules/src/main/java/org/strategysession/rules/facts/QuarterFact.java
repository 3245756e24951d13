package org.strategysession.rules.facts;

/** One quarter of the planning year, months {@code firstMonth}–{@code lastMonth}. */
public record QuarterFact(int quarter, int firstMonth, int lastMonth) {}
