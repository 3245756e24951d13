package org.strategysession.rules.facts;

/** One month of a task. Null stands for an absent value. */
public record TaskMonthFact(String task, String department, String owner, int month, boolean dropped) {}
