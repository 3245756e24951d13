package org.strategysession.reports;

import org.strategysession.model.Language;
import org.strategysession.model.Language.Noun;

/** The counted nouns of the reports, in the plural form their number asks for. */
final class Nouns {
  static final Noun ERROR = new Noun("error", "errors", "ошибка", "ошибки", "ошибок");
  static final Noun WARNING = new Noun("warning", "warnings", "предупреждение",
      "предупреждения", "предупреждений");
  static final Noun INFO = new Noun("info", "infos", "замечание", "замечания", "замечаний");
  static final Noun FILE = new Noun("file", "files", "файл", "файла", "файлов");
  static final Noun OVERDUE_TASK = new Noun("overdue task", "overdue tasks",
      "просроченная задача", "просроченные задачи", "просроченных задач");

  private Nouns() {}

  /** "3 errors" / "3 ошибки". */
  static String errors(Language language, int n) {
    return language.count(n, ERROR);
  }

  /** "1 warning" / "1 предупреждение". */
  static String warnings(Language language, int n) {
    return language.count(n, WARNING);
  }

  /** "2 infos" / "2 замечания". */
  static String infos(Language language, int n) {
    return language.count(n, INFO);
  }

  /** "2 files" / "2 файла". */
  static String files(Language language, int n) {
    return language.count(n, FILE);
  }

  /** The three counts of a summary line: "1 error, 2 warnings, 0 infos". */
  static String counts(Language language, int errors, int warnings, int infos) {
    return errors(language, errors) + ", " + warnings(language, warnings) + ", "
        + infos(language, infos);
  }
}
