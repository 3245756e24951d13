package org.strategysession.reports;

import java.util.List;
import java.util.Optional;
import org.strategysession.model.Language;
import org.strategysession.model.PlanDocument;
import org.strategysession.rules.CheckReport;
import org.strategysession.rules.Finding;

/**
 * The human-readable report of {@code CLI.md}: per file, the findings grouped by department
 * (findings of no department first, under "General"), then by severity, one line each with
 * severity, rule id, subject and message; a summary line per file, and a total line when
 * several files were checked.
 */
final class CheckText {
  private CheckText() {}

  static String write(List<CheckedFile> files, Language language) {
    StringBuilder out = new StringBuilder();
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    int unreadable = 0;
    for (int i = 0; i < files.size(); i++) {
      CheckedFile file = files.get(i);
      if (i > 0) {
        out.append('\n');
      }
      if (!file.isReadable()) {
        unreadable++;
        out.append("== ").append(file.file()).append('\n');
        out.append("  ").append(language.t("cannot be read: ", "не удалось прочитать: "))
            .append(ReadErrors.located(file.file(), file.error().orElseThrow())).append('\n');
        continue;
      }
      CheckReport report = file.report().orElseThrow();
      writeFile(file.file(), file.document().orElseThrow(), report, language, out);
      errors += report.errors();
      warnings += report.warnings();
      infos += report.infos();
    }
    if (files.size() > 1) {
      String broken = unreadable == 0 ? ""
          : language.t(" (" + unreadable + " unreadable)", " (не прочитано: " + unreadable + ")");
      out.append('\n').append(language.t("Total: ", "Итого: "))
          .append(Nouns.files(language, files.size())).append(broken).append(": ")
          .append(Nouns.counts(language, errors, warnings, infos)).append('\n');
    }
    return out.toString();
  }

  private static void writeFile(String file, PlanDocument document, CheckReport report,
      Language language, StringBuilder out) {
    out.append("== ").append(file).append(" — ").append(document.company()).append(", ")
        .append(document.planningYear()).append('\n');
    List<Finding> findings = report.findings();
    if (findings.isEmpty()) {
      out.append("  ").append(language.t("No problems found.", "Проблем не найдено.")).append('\n');
    }
    int ruleWidth = findings.stream().mapToInt(f -> f.rule().length()).max().orElse(0);
    String department = null;
    for (Finding f : findings) {
      String d = f.department().orElse("");
      if (!d.equals(department)) {
        department = d;
        out.append("  ").append(heading(document, f.department(), language)).append('\n');
      }
      out.append("    ").append(pad(f.severity().name(), 7)).append("  ")
          .append(pad(f.rule(), ruleWidth)).append("  ").append(f.subject()).append(": ")
          .append(f.message()).append('\n');
    }
    out.append(file).append(": ")
        .append(Nouns.counts(language, report.errors(), report.warnings(), report.infos()))
        .append('\n');
  }

  /** The department as the messages name it ({@code sales "Sales"}), or "General". */
  private static String heading(PlanDocument document, Optional<String> department,
      Language language) {
    if (department.isEmpty()) {
      return language.t("General", "Общее");
    }
    String id = department.get();
    return Labels.label(id, Labels.departmentName(document, id), language);
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
