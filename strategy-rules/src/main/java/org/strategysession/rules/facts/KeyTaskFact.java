package org.strategysession.rules.facts;

/**
 * One task of one {@code followUp.keyTasks} entry; {@code done} tells whether it is done for
 * the entry's month by the model's definition ({@code KeyTasks.isDone}: the person's entries
 * of that month list it in {@code done}, or the task was {@code DONE} by then); {@code
 * taskMonthMask} holds the months in which some task of the document with the id {@code task}
 * is scheduled, bit {@code m} for month {@code m} as in {@link TaskFact#monthMask()} (0 where
 * no task has the id); {@code firstOfPersonMonthTask}: no earlier key task (in document order)
 * has the same person, month and task, where person and month are given. Null stands for an
 * absent value.
 */
public record KeyTaskFact(String person, Integer month, String task, boolean done, int setIndex,
    int index, int taskMonthMask, boolean firstOfPersonMonthTask, String path) {
  /** Whether some task with the id {@code task} is scheduled in this month. */
  public boolean taskScheduledIn(int month) {
    return TaskFact.maskHas(taskMonthMask, month);
  }
}
