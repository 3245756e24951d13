package org.strategysession.rules.facts;

import java.util.List;

/**
 * One entry of {@code followUp.keyTasks}. Null stands for an absent value.
 *
 * @param person the person, or null
 * @param month the month 1–12, or null
 * @param count the number of key tasks the entry lists
 * @param index the entry's position in {@code followUp.keyTasks}
 * @param firstOfPersonMonth true on the first entry (in document order) of its person and
 *     month, where both are given; a document may repeat an entry, and rules that judge a
 *     person's month once take this one
 * @param firstOfMonth true on the first entry of its month that lists a key task (month given,
 *     {@code count > 0}); rules that judge each month with key tasks once take this one
 * @param personMonthCount the number of distinct task ids the entries of this person and month
 *     list together, where both are given; otherwise the distinct ids this entry lists
 * @param peopleNamed every person with the id {@code person}, named as a finding names them, in
 *     document order; empty where none has it
 * @param path the entry's JSON Pointer
 */
public record KeyTaskSetFact(String person, Integer month, int count, int index,
    boolean firstOfPersonMonth, boolean firstOfMonth, int personMonthCount,
    List<Named> peopleNamed, String path) {}
