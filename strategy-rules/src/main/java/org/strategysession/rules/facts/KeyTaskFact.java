package org.strategysession.rules.facts;

/**
 * One task of one {@code followUp.keyTasks} entry; {@code done} tells whether it is done for
 * the entry's month by the model's definition ({@code KeyTasks.isDone}: the person's entries
 * of that month list it in {@code done}, or the task was {@code DONE} by then). Null stands
 * for an absent value.
 */
public record KeyTaskFact(String person, Integer month, String task, boolean done, int setIndex,
    int index, String path) {}
