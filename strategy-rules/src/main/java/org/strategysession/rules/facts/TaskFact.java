package org.strategysession.rules.facts;

import java.util.List;
import java.util.RandomAccess;
import org.strategysession.model.TaskStatus;

/**
 * A task of a plan; {@code firstMonth} and {@code lastMonth} are null for a task without months;
 * {@code monthCount} is the length of its {@code months} and {@code monthMask} holds its distinct
 * months, bit {@code m} for month {@code m} (1–12; rules ask {@link #inMonth} and {@link
 * #inMonths}); {@code done} is status {@code DONE} (format 1.1), finished in {@code doneIn} where
 * the document says; {@code transferred}: the follow-up's {@code trackerRefs} give the task's id a
 * key that is not blank; {@code supportCount}: how many {@code supports} entries of the document's
 * tasks name the task's id (a rule that looks up the task a support names asks it first); {@code
 * needCount} and {@code supportsCount}: the {@code needs} and the {@code supports} entries of the
 * tasks of its id in its department, this one and any copy (a rule that starts from a task and
 * joins its needs or supports asks them first). Null stands for an absent value. {@code first}:
 * whether the fact comes first of the facts of its id in its department in the order of {@link
 * org.strategysession.rules.RuleFunctions#precedes}; a rule that looks the element up by an id
 * the document may repeat takes that one.
 */
public record TaskFact(String id, String department, String title, String goal, String owner,
    TaskStatus status, boolean dropped, boolean approved, boolean done, Integer doneIn,
    Integer firstMonth, Integer lastMonth, int monthCount, int monthMask, boolean transferred,
    int supportCount, int needCount, int supportsCount, boolean first, String path)
    implements Located {
  /** The id with the {@code title}, for messages. */
  public Label label() {
    return new Label(id, title);
  }

  /** Whether the task is scheduled in this month. */
  public boolean inMonth(int month) {
    return maskHas(monthMask, month);
  }

  /** Whether the task is scheduled in some month from {@code from} to {@code to}, inclusive. */
  public boolean inMonths(int from, int to) {
    return maskHasAny(monthMask, from, to);
  }

  /** Whether a mask as {@link #maskOf} makes it holds this month (1–12). */
  public static boolean maskHas(int mask, int month) {
    return month >= 1 && month <= 12 && (mask & (1 << month)) != 0;
  }

  /**
   * Whether a mask as {@link #maskOf} makes it holds some month from {@code from} to {@code to},
   * inclusive.
   */
  public static boolean maskHasAny(int mask, int from, int to) {
    for (int m = Math.max(1, from); m <= Math.min(12, to); m++) {
      if ((mask & (1 << m)) != 0) {
        return true;
      }
    }
    return false;
  }

  /** The mask of these months (1–12; others are left out), as {@code monthMask} holds them. */
  public static int maskOf(Iterable<Integer> months) {
    int mask = 0;
    if (months instanceof List<Integer> list && months instanceof RandomAccess) {
      // by index: a mask is made per task and per check, and an iterator per call is garbage
      for (int i = 0; i < list.size(); i++) {
        Integer m = list.get(i);
        if (m != null && m >= 1 && m <= 12) {
          mask |= 1 << m;
        }
      }
      return mask;
    }
    for (Integer m : months) {
      if (m != null && m >= 1 && m <= 12) {
        mask |= 1 << m;
      }
    }
    return mask;
  }

  /** The same fact, marked first of its id in its department. */
  public TaskFact asFirst() {
    return new TaskFact(id, department, title, goal, owner, status, dropped, approved, done,
        doneIn, firstMonth, lastMonth, monthCount, monthMask, transferred, supportCount, needCount,
        supportsCount, true, path);
  }
}
