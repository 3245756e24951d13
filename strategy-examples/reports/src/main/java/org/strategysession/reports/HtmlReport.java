package org.strategysession.reports;

import static org.strategysession.reports.HtmlPage.escape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strategysession.model.Language;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.Roadmap;
import org.strategysession.rules.CheckReport;
import org.strategysession.rules.Finding;
import org.strategysession.rules.Severity;

/**
 * The HTML check report, for a facilitator to project in the room: per file, the summary (the
 * counts, overall and per department), the findings by department in severity colours, and
 * the roadmap grid of the plan. One page for the whole run.
 *
 * <p>Structure that tests and stylesheets rely on: one {@code article.file} per file; in it
 * {@code section.summary}, {@code section.findings} holding one {@code section.department}
 * (with {@code data-department}) per department that has findings and a {@code
 * section.general} for findings of no department, and {@code section.roadmap}. A file that
 * cannot be read gets {@code article.file.unreadable} with its located error.
 */
public final class HtmlReport {
  private HtmlReport() {}

  public static String write(List<FileResult> results, Language language, Optional<String> baseline,
      Optional<String> asOf) {
    String title = language.t("Plan check report", "Отчёт о проверке планов");
    StringBuilder body = new StringBuilder();
    body.append("<header><h1>").append(escape(title)).append("</h1>\n<p class=\"meta\">")
        .append(escape(Nouns.files(language, results.size())));
    baseline.ifPresent(b -> body.append(" · ").append(escape(language.t(
        "checked as revisions of ", "проверены как ревизии ") + b)));
    asOf.ifPresent(d -> body.append(" · ").append(escape(language.t("as of ", "на дату ") + d)));
    body.append("</p></header>\n");
    for (FileResult result : results) {
      if (result.isReadable()) {
        file(result, language, body);
      } else {
        body.append("<article class=\"file unreadable\" data-file=\"").append(escape(result.file()))
            .append("\">\n<h2>").append(escape(result.file())).append("</h2>\n")
            .append("<p class=\"read-error\">")
            .append(escape(language.t("Cannot be read: ", "Не удалось прочитать: ")
                + TextReport.located(result.file(), result.error())))
            .append("</p>\n</article>\n");
      }
    }
    return HtmlPage.page(language, title, body.toString());
  }

  private static void file(FileResult result, Language language, StringBuilder out) {
    PlanDocument document = result.document();
    CheckReport report = result.report();
    out.append("<article class=\"file\" data-file=\"").append(escape(result.file()))
        .append("\">\n<h2>").append(escape(document.company() + " — " + document.planningYear()))
        .append("</h2>\n<p class=\"meta\">").append(escape(result.file()))
        .append(document.revision().flatMap(r -> r.quarter())
            .map(q -> escape(language.t(" · revision, quarter ", " · ревизия, квартал ") + q))
            .orElse(""))
        .append("</p>\n");

    out.append("<section class=\"summary\">\n<h3>").append(language.t("Summary", "Сводка"))
        .append("</h3>\n<div class=\"badges\">")
        .append(badge("error", report.errors(), Nouns.errors(language, report.errors())))
        .append(badge("warning", report.warnings(), Nouns.warnings(language, report.warnings())))
        .append(badge("info", report.infos(), Nouns.infos(language, report.infos())))
        .append("</div>\n");
    Map<Optional<String>, List<Finding>> byDepartment = byDepartment(report);
    if (report.isEmpty()) {
      out.append("<p class=\"clean\">").append(language.t("No problems found.",
          "Проблем не найдено.")).append("</p>\n");
    } else {
      counts(document, byDepartment, language, out);
    }
    out.append("</section>\n");

    if (!report.isEmpty()) {
      out.append("<section class=\"findings\">\n<h3>")
          .append(language.t("Findings by department", "Замечания по отделам")).append("</h3>\n");
      for (Map.Entry<Optional<String>, List<Finding>> e : byDepartment.entrySet()) {
        findings(document, e.getKey(), e.getValue(), language, out);
      }
      out.append("</section>\n");
    }

    out.append("<section class=\"roadmap\">\n<h3>")
        .append(language.t("Roadmap ", "Дорожная карта ")).append(document.planningYear())
        .append("</h3>\n");
    Roadmap roadmap = Roadmap.of(document);
    RoadmapHtml.grid(roadmap, language, out);
    RoadmapHtml.initiatives(roadmap, language, out);
    out.append("</section>\n</article>\n");
  }

  /** The findings by department, in report order (so "no department" comes first). */
  private static Map<Optional<String>, List<Finding>> byDepartment(CheckReport report) {
    Map<Optional<String>, List<Finding>> out = new LinkedHashMap<>();
    for (Finding f : report.findings()) {
      out.computeIfAbsent(f.department(), k -> new ArrayList<>()).add(f);
    }
    return out;
  }

  private static void counts(PlanDocument document,
      Map<Optional<String>, List<Finding>> byDepartment, Language language, StringBuilder out) {
    out.append("<table class=\"counts\">\n<thead><tr><th>")
        .append(language.t("Department", "Отдел")).append("</th><th>")
        .append(language.t("Errors", "Ошибки")).append("</th><th>")
        .append(language.t("Warnings", "Предупреждения")).append("</th><th>")
        .append(language.t("Infos", "Замечания")).append("</th></tr></thead>\n<tbody>\n");
    for (Map.Entry<Optional<String>, List<Finding>> e : byDepartment.entrySet()) {
      out.append("<tr><td>").append(heading(document, e.getKey(), language)).append("</td>");
      for (Severity s : Severity.values()) {
        long n = e.getValue().stream().filter(f -> f.severity() == s).count();
        out.append("<td class=\"n ").append(cssClass(s)).append(n > 0 ? " some" : "")
            .append("\">").append(n).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private static void findings(PlanDocument document, Optional<String> department,
      List<Finding> findings, Language language, StringBuilder out) {
    out.append(department.isPresent()
        ? "<section class=\"department\" data-department=\"" + escape(department.get()) + "\">"
        : "<section class=\"general\">");
    out.append("\n<h4>").append(heading(document, department, language)).append("</h4>\n");
    out.append("<table class=\"findings\">\n<colgroup><col class=\"sev\"><col class=\"rule\">"
        + "<col class=\"subject\"><col class=\"message\"></colgroup>\n<thead><tr><th>")
        .append(language.t("Severity", "Важность")).append("</th><th>")
        .append(language.t("Rule", "Правило")).append("</th><th>")
        .append(language.t("Subject", "Объект")).append("</th><th>")
        .append(language.t("Message", "Сообщение")).append("</th></tr></thead>\n<tbody>\n");
    for (Finding f : findings) {
      out.append("<tr class=\"").append(cssClass(f.severity())).append("\"><td class=\"sev\">")
          .append(severity(f.severity(), language)).append("</td><td class=\"rule\">")
          .append(escape(f.rule())).append("</td><td class=\"subject\"><code>")
          .append(escape(f.subject())).append("</code></td><td class=\"message\">")
          .append(escape(f.message())).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  /** A count in its severity's colour; grey when zero, so a clean plan does not look alarming. */
  private static String badge(String kind, int count, String text) {
    return "<span class=\"badge " + kind + (count == 0 ? " zero" : "") + "\">" + escape(text)
        + "</span>";
  }

  private static String heading(PlanDocument document, Optional<String> department,
      Language language) {
    if (department.isEmpty()) {
      return escape(language.t("General", "Общее"));
    }
    String id = department.get();
    return RoadmapHtml.department(id, Optional.ofNullable(document.departmentById().get(id))
        .flatMap(d -> d.name()));
  }

  private static String cssClass(Severity severity) {
    return severity.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String severity(Severity severity, Language language) {
    return switch (severity) {
      case ERROR -> language.t("Error", "Ошибка");
      case WARNING -> language.t("Warning", "Предупреждение");
      case INFO -> language.t("Info", "Замечание");
    };
  }
}
