package org.strategysession.reports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * The resolution dates of a tracker's export, in the forms {@code CLI.md} names: ISO ({@code
 * 2027-03-28}, with or without a time, {@code T} or a space before it, with or without an
 * offset), Jira's default ({@code 16/Feb/27 5:12 PM}, month names in English, any case), and
 * the day-first form of Excel in a Russian locale ({@code 28.03.2027}, with or without a time).
 * Only the date counts: a time and an offset are read and dropped, so the date is the day as
 * the tracker wrote it. Every form is parsed strictly ({@code 2027-02-30} is no date).
 */
final class TrackerDates {
  /** What the error message names as the accepted forms. */
  static final String FORMS = "2027-03-28, 2027-03-28 17:12, 2027-03-28T17:12:00Z, "
      + "16/Feb/27 5:12 PM or 28.03.2027";

  /** Read after a space before the time has become a {@code T}. */
  private static final List<DateTimeFormatter> ISO = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
      DateTimeFormatter.ISO_LOCAL_DATE_TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  private static final List<DateTimeFormatter> OTHERS = List.of(pattern("d/MMM/uu h:mm a"),
      pattern("d/MMM/uu"), pattern("d.M.uuuu H:mm[:ss]"), pattern("d.M.uuuu"));

  private TrackerDates() {}

  /**
   * The date of a cell.
   *
   * @param text a non-blank cell, stripped
   * @throws DateTimeParseException if it is in none of the forms
   */
  static LocalDate parse(String text) {
    // ISO with a space before the time, as YouTrack and Redmine write it.
    String iso = text.length() > 10 && text.charAt(10) == ' '
        ? text.substring(0, 10) + 'T' + text.substring(11) : text;
    for (DateTimeFormatter format : ISO) {
      try {
        return LocalDate.from(format.parse(iso));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    for (DateTimeFormatter format : OTHERS) {
      try {
        return LocalDate.from(format.parse(text));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    throw new DateTimeParseException("not a date in a known form", text, 0);
  }

  private static DateTimeFormatter pattern(String pattern) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
        .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
  }
}
