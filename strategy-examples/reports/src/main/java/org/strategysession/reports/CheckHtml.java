package org.strategysession.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.strategysession.model.Language;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.Roadmap;
import org.strategysession.rules.CheckReport;
import org.strategysession.rules.Finding;
import org.strategysession.rules.Severity;

/**
 * The HTML check report: what its template ({@code checkReport.jte}) shows, worked out here so
 * that the template only lays it out. Per file: the summary (the counts, overall and per
 * department), the findings by department in severity colours, and the roadmap grid of the
 * plan. One page for the whole run.
 */
final class CheckHtml {
  private CheckHtml() {}

  /** The page: its title, the line under it, and the files in order. */
  record Report(Language language, String title, String meta, List<FileSection> files) {}

  /**
   * A file: {@code readError} (the located error) for a file that could not be read, every
   * other component null then; otherwise its heading, its line under the heading, the three
   * count badges, the findings by department (none for a clean plan) and its roadmap.
   */
  record FileSection(String file, String readError, String heading, String meta,
      List<Badge> badges, List<DepartmentFindings> groups, int year, RoadmapHtml.Grid roadmap) {}

  /** A count of one severity, in its colour; grey when zero, so a clean plan looks calm. */
  record Badge(String severity, int count, String text) {}

  /**
   * The findings of one department, or of none ({@code department} null, shown as "General");
   * {@code name} is the department's name where it has one.
   */
  record DepartmentFindings(String department, String name, List<Count> counts,
      List<Row> rows) {}

  /** How many findings of a severity a department has. */
  record Count(String severity, long n) {}

  /** A finding: severity (CSS class and word), rule, subject, message. */
  record Row(String severity, String label, String rule, String subject, String message) {}

  static String write(List<CheckedFile> files, Language language, Optional<String> baseline,
      Optional<LocalDate> asOf) {
    StringBuilder meta = new StringBuilder(Nouns.files(language, files.size()));
    baseline.ifPresent(b -> meta.append(" · ")
        .append(language.t("checked as revisions of ", "проверены как ревизии ")).append(b));
    asOf.ifPresent(d -> meta.append(" · ").append(language.t("as of ", "на дату ")).append(d));
    List<FileSection> sections = new ArrayList<>();
    for (CheckedFile file : files) {
      sections.add(file.isReadable() ? section(file, language)
          : new FileSection(file.file(), ReadErrors.located(file.file(),
              file.error().orElseThrow()), null, null, null, null, 0, null));
    }
    Report report = new Report(language,
        language.t("Plan check report", "Отчёт о проверке планов"), meta.toString(), sections);
    return HtmlPage.render(out -> JtecheckReportGenerated.render(out, null, report));
  }

  private static FileSection section(CheckedFile file, Language language) {
    PlanDocument document = file.document().orElseThrow();
    CheckReport report = file.report().orElseThrow();
    String meta = file.file() + document.revision().flatMap(r -> r.quarter())
        .map(q -> language.t(" · revision, quarter ", " · ревизия, квартал ") + q).orElse("");
    List<Badge> badges = List.of(
        new Badge("error", report.errors(), Nouns.errors(language, report.errors())),
        new Badge("warning", report.warnings(), Nouns.warnings(language, report.warnings())),
        new Badge("info", report.infos(), Nouns.infos(language, report.infos())));
    List<DepartmentFindings> groups = new ArrayList<>();
    for (Map.Entry<Optional<String>, List<Finding>> e : byDepartment(report).entrySet()) {
      groups.add(group(document, e.getKey(), e.getValue(), language));
    }
    return new FileSection(file.file(), null,
        document.company() + " — " + document.planningYear(), meta, badges, groups,
        document.planningYear(), RoadmapHtml.grid(Roadmap.of(document), language));
  }

  /** The findings by department, in report order (so "no department" comes first). */
  private static Map<Optional<String>, List<Finding>> byDepartment(CheckReport report) {
    Map<Optional<String>, List<Finding>> out = new LinkedHashMap<>();
    for (Finding f : report.findings()) {
      out.computeIfAbsent(f.department(), k -> new ArrayList<>()).add(f);
    }
    return out;
  }

  private static DepartmentFindings group(PlanDocument document, Optional<String> department,
      List<Finding> findings, Language language) {
    List<Count> counts = new ArrayList<>();
    for (Severity s : Severity.values()) {
      counts.add(new Count(cssClass(s), findings.stream().filter(f -> f.severity() == s).count()));
    }
    List<Row> rows = findings.stream().map(f -> new Row(cssClass(f.severity()),
        severity(f.severity(), language), f.rule(), f.subject(), f.message())).toList();
    return new DepartmentFindings(department.orElse(null),
        department.flatMap(d -> Labels.departmentName(document, d)).orElse(null), counts, rows);
  }

  private static String cssClass(Severity severity) {
    return severity.name().toLowerCase(Locale.ROOT);
  }

  private static String severity(Severity severity, Language language) {
    return switch (severity) {
      case ERROR -> language.t("Error", "Ошибка");
      case WARNING -> language.t("Warning", "Предупреждение");
      case INFO -> language.t("Info", "Замечание");
    };
  }
}
