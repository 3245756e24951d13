package org.strategysession.examples.workbook;

import java.util.Locale;
import java.util.Objects;

/**
 * The language of a workbook's titles, headers, choices and instructions. Only writing needs
 * it: a workbook is read whatever language its headers are in, even a mix of both.
 */
public enum WorkbookLanguage {
  ENGLISH("en"),
  RUSSIAN("ru");

  private final String tag;

  WorkbookLanguage(String tag) {
    this.tag = tag;
  }

  /** The language tag, {@code en} or {@code ru}; never null. */
  public String tag() {
    return tag;
  }

  /**
   * The language of a tag such as {@code en}, {@code ru} or {@code ru-RU} (case-insensitive),
   * as given to the command line's {@code --locale}.
   *
   * @param tag not null
   * @throws IllegalArgumentException for any other language, naming the supported ones
   */
  public static WorkbookLanguage forTag(String tag) {
    Objects.requireNonNull(tag, "tag");
    String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
    for (WorkbookLanguage l : values()) {
      if (l.tag.equals(language)) {
        return l;
      }
    }
    throw new IllegalArgumentException(
        "unsupported workbook language \"" + tag + "\": use en or ru");
  }
}
