package org.strategysession.rules.facts;

/**
 * Format 1.1: one id of a key-task entry's {@code done}; {@code listed} tells whether the same
 * entry's {@code tasks} names it too; {@code firstInEntry}: the entry's {@code done} does not
 * name the id earlier. {@code personNamed} and {@code taskNamed} name the person and the task of
 * those ids as {@link KeyTaskFact} does (null where no element has the id). Null stands for an
 * absent value. Where no rule of the embedder's matches this type, a check makes only the ids
 * the entry does not list ({@code listed} false), the only ones the standard
 * KEY_TASK_DONE_UNLISTED matches; an embedder's rules over it see every one.
 */
public record KeyTaskDoneFact(String person, Integer month, String task, boolean listed,
    int setIndex, int index, boolean firstInEntry, Named personNamed, Named taskNamed,
    String path) {}
