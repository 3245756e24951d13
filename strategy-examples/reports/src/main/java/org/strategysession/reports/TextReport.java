package org.strategysession.reports;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.strategysession.model.Language;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.PlanDocumentException;
import org.strategysession.rules.CheckReport;
import org.strategysession.rules.Finding;
import org.strategysession.rules.Messages;
import org.strategysession.rules.facts.Label;

/**
 * The human-readable report of {@code CLI.md}: per file, the findings grouped by department
 * (findings of no department first, under "General"), then by severity, one line each with
 * severity, rule id, subject and message; a summary line per file, and a total line when
 * several files were checked.
 */
public final class TextReport {
  private TextReport() {}

  public static void write(List<FileResult> results, Language language, PrintWriter out) {
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    int unreadable = 0;
    for (int i = 0; i < results.size(); i++) {
      FileResult result = results.get(i);
      if (i > 0) {
        out.print('\n');
      }
      if (!result.isReadable()) {
        unreadable++;
        out.print("== " + result.file() + '\n');
        out.print("  " + language.t("cannot be read: ", "не удалось прочитать: ")
            + located(result.file(), result.error()) + '\n');
        continue;
      }
      CheckReport report = result.report();
      writeFile(result.file(), result.document(), report, language, out);
      errors += report.errors();
      warnings += report.warnings();
      infos += report.infos();
    }
    if (results.size() > 1) {
      out.print('\n');
      String files = Nouns.files(language, results.size());
      String broken = unreadable == 0 ? ""
          : language.t(" (" + unreadable + " unreadable)", " (не прочитано: " + unreadable + ")");
      out.print(language.t("Total: ", "Итого: ") + files + broken + ": "
          + Nouns.counts(language, errors, warnings, infos) + '\n');
    }
    out.flush();
  }

  private static void writeFile(String file, PlanDocument document, CheckReport report,
      Language language, PrintWriter out) {
    out.print("== " + file + " — " + document.company() + ", " + document.planningYear() + '\n');
    List<Finding> findings = report.findings();
    if (findings.isEmpty()) {
      out.print("  " + language.t("No problems found.", "Проблем не найдено.") + '\n');
    }
    int ruleWidth = findings.stream().mapToInt(f -> f.rule().length()).max().orElse(0);
    String department = null;
    for (Finding f : findings) {
      String d = f.department().orElse("");
      if (!d.equals(department)) {
        department = d;
        out.print("  " + departmentHeading(document, f.department(), language) + '\n');
      }
      out.print("    " + pad(f.severity().name(), 7) + "  " + pad(f.rule(), ruleWidth) + "  "
          + f.subject() + ": " + f.message() + '\n');
    }
    out.print(file + ": " + Nouns.counts(language, report.errors(), report.warnings(), report.infos())
        + '\n');
  }

  /** The department as the messages name it ({@code sales "Sales"}), or "General". */
  private static String departmentHeading(PlanDocument document, Optional<String> department,
      Language language) {
    if (department.isEmpty()) {
      return language.t("General", "Общее");
    }
    return Messages.render(departmentLabel(document, department.get()), language.locale());
  }

  /** A department's id with its declared name, if any. */
  private static Label departmentLabel(PlanDocument document, String department) {
    String name = document == null ? null
        : Optional.ofNullable(document.departmentById().get(department))
            .flatMap(d -> d.name()).orElse(null);
    return new Label(department, name);
  }

  /**
   * A read error in the usual {@code file:line:column: reason} form; line and column are left
   * out where they are unknown (a file that does not exist has neither), and the JSON Pointer
   * of the offending value follows where there is one.
   */
  public static String located(String file, PlanDocumentException e) {
    StringBuilder sb = new StringBuilder(file);
    if (e.line() > 0) {
      sb.append(':').append(e.line());
      if (e.column() > 0) {
        sb.append(':').append(e.column());
      }
    }
    sb.append(": ").append(e.reason());
    if (!e.pointer().isEmpty()) {
      sb.append(" (at ").append(e.pointer()).append(')');
    }
    return sb.toString();
  }

  private static String pad(String s, int width) {
    StringBuilder sb = new StringBuilder(s);
    while (sb.length() < width) {
      sb.append(' ');
    }
    return sb.toString();
  }
}
