package org.strategysession.model;

import java.util.Objects;

/**
 * One block of the standard program (a row of the table in {@code FORMAT.md}): the day it is
 * held on, its kind, and its standard minutes. For the department reports the minutes are the
 * block's total over all departments, 180–240; every other block has one length ({@code
 * minMinutes == maxMinutes}). Immutable and thread-safe.
 *
 * @param day the 1-based session day
 * @param kind the agenda kind of the block's items; not null
 * @param minMinutes the least standard minutes of the block
 * @param maxMinutes the most standard minutes of the block, at least {@code minMinutes}
 */
public record StandardBlock(int day, AgendaKind kind, int minMinutes, int maxMinutes) {
  /**
   * @throws NullPointerException if {@code kind} is null
   * @throws IllegalArgumentException if the day is not positive or the minutes are not a range
   *     of positive numbers
   */
  public StandardBlock {
    Objects.requireNonNull(kind, "kind");
    if (day < 1 || minMinutes < 1 || maxMinutes < minMinutes) {
      throw new IllegalArgumentException(
          "not a block of a program: day " + day + ", " + minMinutes + "–" + maxMinutes
              + " minutes");
    }
  }
}
