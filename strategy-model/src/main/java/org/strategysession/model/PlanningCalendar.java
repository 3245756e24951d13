package org.strategysession.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The planning year's months as of a date ({@code FORMAT.md}, "The year in action"): month M
 * is month M of the planning year; it <em>has ended</em> when the date is after its last day,
 * and it is <em>closed</em> — its actuals and its key-task review are due — from {@code
 * reviewGraceDays} days after its last day on (March is closed from 10 April on with the
 * default 10 days). Quarter Q ends with month 3Q. Immutable and thread-safe.
 */
public final class PlanningCalendar {
  private final int planningYear;
  private final LocalDate asOf;
  private final int graceDays;

  private PlanningCalendar(int planningYear, LocalDate asOf, int graceDays) {
    this.planningYear = planningYear;
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    if (graceDays < 0) {
      throw new IllegalArgumentException("grace days " + graceDays + " must not be negative");
    }
    this.graceDays = graceDays;
  }

  /**
   * The calendar of a planning year as of a date.
   *
   * @param asOf not null
   * @param reviewGraceDays at least 0
   */
  public static PlanningCalendar of(int planningYear, LocalDate asOf, int reviewGraceDays) {
    return new PlanningCalendar(planningYear, asOf, reviewGraceDays);
  }

  /** The calendar of a document's planning year as of a date, with the options' grace days. */
  public static PlanningCalendar of(PlanDocument document, LocalDate asOf, ReviewOptions options) {
    return of(document.planningYear(), asOf, options.reviewGraceDays());
  }

  public int planningYear() {
    return planningYear;
  }

  public LocalDate asOf() {
    return asOf;
  }

  public int graceDays() {
    return graceDays;
  }

  /** The last day of month 1–12 of the planning year. */
  public LocalDate lastDay(int month) {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month " + month + " is out of range 1–12");
    }
    return YearMonth.of(planningYear, month).atEndOfMonth();
  }

  /** Whether the date is after the month's last day. */
  public boolean hasEnded(int month) {
    return asOf.isAfter(lastDay(month));
  }

  /**
   * Whether the month has ended and the date is at least the grace days after its last day.
   * (With no grace days a month closes the day after its last day, never on it.)
   */
  public boolean isClosed(int month) {
    return hasEnded(month) && isPast(month, graceDays);
  }

  /** Whether the date is at least {@code days} days after the month's last day. */
  public boolean isPast(int month, int days) {
    return !asOf.isBefore(lastDay(month).plusDays(days));
  }

  /** The latest closed month, if any. */
  public OptionalInt lastClosedMonth() {
    for (int m = 12; m >= 1; m--) {
      if (isClosed(m)) {
        return OptionalInt.of(m);
      }
    }
    return OptionalInt.empty();
  }

  /** The latest month that has ended, if any. */
  public OptionalInt lastEndedMonth() {
    for (int m = 12; m >= 1; m--) {
      if (hasEnded(m)) {
        return OptionalInt.of(m);
      }
    }
    return OptionalInt.empty();
  }

  @Override
  public String toString() {
    return "PlanningCalendar{" + planningYear + " as of " + asOf + ", grace " + graceDays + "}";
  }
}
