package org.strategysession.rules.facts;

/** One task of one {@code followUp.keyTasks} entry. Null stands for an absent value. */
public record KeyTaskFact(String person, Integer month, String task, int setIndex, int index, String path) {}
