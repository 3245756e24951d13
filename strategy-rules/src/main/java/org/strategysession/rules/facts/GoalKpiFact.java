package org.strategysession.rules.facts;

/** One KPI listed by a goal. Null stands for an absent value. */
public record GoalKpiFact(String goal, String kpi, String department) {}
