package org.strategysession.workbook;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * The names of a workbook's tabs. A department's tab is named after the department, made safe
 * for a sheet name and unique; the reader warns when a tab's name is none of these, so the
 * writer's naming and the reader's check are kept in one place.
 */
final class SheetNames {
  /** A sheet name holds at most this many characters. */
  private static final int MAX_LENGTH = 31;

  private final Set<String> taken = new HashSet<>();

  /** Keeps a name from being given again (names compare without case, as spreadsheets do). */
  void reserve(String name) {
    taken.add(name.toLowerCase(Locale.ROOT));
  }

  /** The wanted name made safe, numbered ("Sales (2)") if it is taken; then taken itself. */
  String unique(String wanted) {
    String base = safe(wanted);
    String name = base;
    for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
      String suffix = " (" + n + ")";
      name = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())).strip() + suffix;
    }
    reserve(name);
    return name;
  }

  static String safe(String wanted) {
    // A sheet name holds no control character (a name typed over two lines has one).
    String oneLine = wanted.replaceAll("\\p{Cntrl}", " ");
    String safe = WorkbookUtil.createSafeSheetName(oneLine.strip(), ' ').strip();
    while (safe.startsWith("'")) {
      safe = safe.substring(1);
    }
    while (safe.endsWith("'")) {
      safe = safe.substring(0, safe.length() - 1);
    }
    safe = safe.strip();
    return safe.isEmpty() ? "Department" : safe;
  }

  /** Whether a tab's name is one {@link #unique} could have given for the wanted name. */
  static boolean fits(String sheet, String wanted) {
    String expected = safe(wanted).toLowerCase(Locale.ROOT);
    String actual = sheet.strip().toLowerCase(Locale.ROOT);
    if (actual.equals(expected)) {
      return true;
    }
    // A repeated name is numbered ("Sales (2)") and shortened to fit.
    String base = actual.replaceFirst("\\s*\\(\\d+\\)$", "");
    return !base.equals(actual) && expected.startsWith(base) && !base.isEmpty();
  }
}
