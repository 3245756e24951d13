package org.strategysession.rules.facts;

import java.util.List;

/**
 * One task of one {@code followUp.keyTasks} entry; {@code done} tells whether it is done for
 * the entry's month by the model's definition ({@code KeyTasks.isDone}: the person's entries
 * of that month list it in {@code done}, or the task was {@code DONE} by then); {@code
 * taskMonthMask} holds the months in which some task of the document with the id {@code task}
 * is scheduled, bit {@code m} for month {@code m} as in {@link TaskFact#monthMask()} (0 where
 * no task has the id); {@code firstOfPersonMonthTask}: no earlier key task (in document order)
 * has the same person, month and task, where person and month are given. {@code personNamed}
 * and {@code taskNamed} are how a finding names the person and the task of those ids (of
 * several elements sharing an id, the first by name or title, then department; null where no
 * element has the id); {@code tasksNamed} names every task with the id {@code task}, in document
 * order (empty where none has it). Null stands for an absent value.
 */
public record KeyTaskFact(String person, Integer month, String task, boolean done, int setIndex,
    int index, int taskMonthMask, boolean firstOfPersonMonthTask, Named personNamed,
    Named taskNamed, List<Named> tasksNamed, String path) {
  /** Whether some task with the id {@code task} is scheduled in this month. */
  public boolean taskScheduledIn(int month) {
    return TaskFact.maskHas(taskMonthMask, month);
  }
}
