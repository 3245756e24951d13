package org.strategysession.workbook;

import java.util.Locale;
import org.strategysession.model.Language;

/**
 * A text of the layout in both languages. The reader accepts either, so that a workbook
 * written in one language and edited by someone who relabels nothing still reads, and so
 * does a workbook whose headers were typed in the other language.
 */
record Term(String en, String ru) {

  static Term of(String en, String ru) {
    return new Term(en, ru);
  }

  String in(Language language) {
    return language.t(en, ru);
  }

  /** The English text in quotes, as messages name a title: some titles are phrases. */
  String quoted() {
    return "\"" + en + "\"";
  }

  /** Whether a cell's text is this term in either language, ignoring case and spacing. */
  boolean matches(String text) {
    String n = normalize(text);
    return n.equals(normalize(en)) || n.equals(normalize(ru));
  }

  /**
   * Case, surrounding and repeated spaces, a trailing colon and ё/е are not meaningful in a
   * label a person typed.
   */
  static String normalize(String text) {
    String s = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replace('ё', 'е');
    if (s.endsWith(":")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s;
  }
}
