package org.strategysession.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A language the library speaks: the checker's messages, the reports' headings, the workbook's
 * titles and the command line's {@code --locale}. One place for what depends on the language
 * beyond a message template: its locale and tag, month names, and plural forms.
 *
 * <p>Month names are written out rather than taken from the JDK's locale data, whose
 * abbreviations change between Java versions: reports must not. Immutable and thread-safe.
 */
public enum Language {
  /** English. */
  EN(Locale.ENGLISH,
      new String[] {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
          "Dec"},
      new String[] {"January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"}),
  /** Russian. */
  RU(Locale.forLanguageTag("ru"),
      new String[] {"Янв", "Фев", "Мар", "Апр", "Май", "Июн", "Июл", "Авг", "Сен", "Окт", "Ноя",
          "Дек"},
      new String[] {"Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август",
          "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"});

  private final Locale locale;
  private final String[] shortMonths;
  private final String[] months;

  Language(Locale locale, String[] shortMonths, String[] months) {
    this.locale = locale;
    this.shortMonths = shortMonths;
    this.months = months;
  }

  /** The locale of this language (for the checker's builder, say); never null. */
  public Locale locale() {
    return locale;
  }

  /** The language tag, {@code en} or {@code ru}; never null. */
  public String tag() {
    return locale.getLanguage();
  }

  /** As written on the command line and in HTML's {@code lang}: the tag. */
  @Override
  public String toString() {
    return tag();
  }

  /**
   * The language of a locale: Russian for any locale of the {@code ru} language, English for
   * every other locale and for null.
   */
  public static Language of(Locale locale) {
    return locale != null && "ru".equals(locale.getLanguage()) ? RU : EN;
  }

  /**
   * The language of a tag such as {@code en}, {@code ru} or {@code ru-RU} (case-insensitive,
   * {@code _} accepted for {@code -}).
   *
   * @param tag not null
   * @throws IllegalArgumentException for any other language, naming the supported ones
   */
  public static Language forTag(String tag) {
    Objects.requireNonNull(tag, "tag");
    String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
    for (Language l : values()) {
      if (l.tag().equals(language)) {
        return l;
      }
    }
    throw new IllegalArgumentException("unsupported language \"" + tag + "\": use en or ru");
  }

  /** The English or the Russian text, whichever is this language's. */
  public String t(String en, String ru) {
    return this == RU ? ru : en;
  }

  /** The short name of a month 1–12 ({@code Jan}, {@code Янв}). */
  public String shortMonth(int month) {
    return shortMonths[index(month)];
  }

  /** The full name of a month 1–12 ({@code January}, {@code Январь}). */
  public String month(int month) {
    return months[index(month)];
  }

  private static int index(int month) {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month " + month + " is out of range 1–12");
    }
    return month - 1;
  }

  /**
   * A count with its noun in the right plural form: {@code 1 error}, {@code 2 errors}; {@code
   * 1 ошибка}, {@code 3 ошибки}, {@code 5 ошибок}, {@code 21 ошибка}.
   */
  public String count(long n, Noun noun) {
    return n + " " + noun.form(this, n);
  }

  /**
   * A noun's forms: English singular and plural; Russian for one (1, 21, 101…), few (2–4,
   * 22–24…) and many (0, 5–20, 25…), the categories of the CLDR plural rules for whole
   * numbers.
   *
   * @param enOne English singular
   * @param enOther English plural
   * @param ruOne Russian form for 1, 21, 31…
   * @param ruFew Russian form for 2–4, 22–24…
   * @param ruMany Russian form for 0, 5–20, 25–30…
   */
  public record Noun(String enOne, String enOther, String ruOne, String ruFew, String ruMany) {
    public Noun {
      Objects.requireNonNull(enOne, "enOne");
      Objects.requireNonNull(enOther, "enOther");
      Objects.requireNonNull(ruOne, "ruOne");
      Objects.requireNonNull(ruFew, "ruFew");
      Objects.requireNonNull(ruMany, "ruMany");
    }

    /** The form for {@code n} in a language. */
    public String form(Language language, long n) {
      long abs = Math.abs(n);
      if (language == EN) {
        return abs == 1 ? enOne : enOther;
      }
      long mod10 = abs % 10;
      long mod100 = abs % 100;
      if (mod10 == 1 && mod100 != 11) {
        return ruOne;
      }
      if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
        return ruFew;
      }
      return ruMany;
    }
  }
}
