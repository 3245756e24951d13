package org.strategysession.examples.cli;

import java.util.Locale;

/**
 * The language of a report: the checker's messages and the tool's own headings. The headings
 * of both languages live here, in one place, so that a report never mixes languages.
 */
enum Language {
  EN(Locale.ENGLISH),
  RU(Locale.forLanguageTag("ru"));

  private static final String[] MONTHS_EN = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };
  // Written out rather than taken from the JDK's locale data, whose abbreviations change
  // between Java versions: the reports must not.
  private static final String[] MONTHS_RU = {
    "Янв", "Фев", "Мар", "Апр", "Май", "Июн", "Июл", "Авг", "Сен", "Окт", "Ноя", "Дек"
  };
  private static final String[] MONTH_NAMES_EN = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"
  };
  private static final String[] MONTH_NAMES_RU = {
    "Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь",
    "Октябрь", "Ноябрь", "Декабрь"
  };

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /** The locale handed to the checker. */
  Locale locale() {
    return locale;
  }

  /** As written on the command line ({@code en}, {@code ru}). */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The English or the Russian text. */
  String t(String en, String ru) {
    return this == RU ? ru : en;
  }

  /** The short name of a month 1–12. */
  String month(int month) {
    return (this == RU ? MONTHS_RU : MONTHS_EN)[month - 1];
  }

  /** The full name of a month 1–12. */
  String monthName(int month) {
    return (this == RU ? MONTH_NAMES_RU : MONTH_NAMES_EN)[month - 1];
  }

  /** "3 errors" / "3 ошибки". */
  String errors(int n) {
    return count(n, "error", "errors", "ошибка", "ошибки", "ошибок");
  }

  /** "1 warning" / "1 предупреждение". */
  String warnings(int n) {
    return count(n, "warning", "warnings", "предупреждение", "предупреждения", "предупреждений");
  }

  /** "2 infos" / "2 замечания". */
  String infos(int n) {
    return count(n, "info", "infos", "замечание", "замечания", "замечаний");
  }

  /** "2 files" / "2 файла". */
  String files(int n) {
    return count(n, "file", "files", "файл", "файла", "файлов");
  }

  /** The three counts of a summary line: "1 error, 2 warnings, 0 infos". */
  String counts(int errors, int warnings, int infos) {
    return errors(errors) + ", " + warnings(warnings) + ", " + infos(infos);
  }

  private String count(int n, String enOne, String enMany, String ruOne, String ruFew,
      String ruMany) {
    if (this == EN) {
      return n + " " + (n == 1 ? enOne : enMany);
    }
    int mod10 = n % 10;
    int mod100 = n % 100;
    String word;
    if (mod10 == 1 && mod100 != 11) {
      word = ruOne;
    } else if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
      word = ruFew;
    } else {
      word = ruMany;
    }
    return n + " " + word;
  }
}
