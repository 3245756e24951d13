package org.strategysession.rules.facts;

/**
 * Format 1.1: one entry of a goal's {@code serves}: the department goal {@code goal} works for
 * the company goal {@code companyGoal}. Null stands for an absent value.
 */
public record ServesFact(String goal, String companyGoal, String department) {}
