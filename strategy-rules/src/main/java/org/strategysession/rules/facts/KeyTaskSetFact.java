package org.strategysession.rules.facts;

/** One entry of {@code followUp.keyTasks}. Null stands for an absent value. */
public record KeyTaskSetFact(String person, Integer month, int count, int index, String path) {}
