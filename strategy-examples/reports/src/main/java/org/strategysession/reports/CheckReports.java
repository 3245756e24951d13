package org.strategysession.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.strategysession.model.Language;

/**
 * The check report of one or more files in each of its formats: the pages {@code
 * strategy-check check} prints, for a product to show, store or mail. Each method takes the
 * files in the order they are to appear (a file named twice appears twice) and returns the
 * whole report as text; the same input always gives the same text, whatever the platform.
 *
 * <pre>{@code
 * CheckReport report = PlanChecker.standard().check(document);
 * String page = CheckReports.html(List.of(CheckedFile.checked("Acme 2027", document, report)),
 *     Language.EN);
 * }</pre>
 *
 * <p>The messages of the findings are printed as the checker wrote them, so a report in
 * Russian wants a checker built with Russian ({@code PlanChecker.builder().locale(...)}); the
 * {@code language} argument sets the headings, counts and month names around them.
 *
 * <p>Stateless and thread-safe. No argument may be null ({@link NullPointerException}).
 */
public final class CheckReports {
  private CheckReports() {}

  /**
   * The human-readable report: per file a heading line, the findings grouped by department
   * (findings of no department first, under "General"), then by severity, one line each with
   * severity, rule id, subject and message, and a summary line with the counts; a total line
   * when there are several files. Lines end with {@code \n}.
   */
  public static String text(List<CheckedFile> files, Language language) {
    return CheckText.write(List.copyOf(files), Objects.requireNonNull(language, "language"));
  }

  /**
   * The JSON report that scripts and CI pipelines parse: one object with {@code results}, one
   * entry per file holding {@code summary} and {@code findings}, or {@code error} for a file
   * that could not be read. Two-space indentation, {@code \n} line ends, a final newline. Its
   * fields are in English whatever the language of the messages.
   */
  public static String json(List<CheckedFile> files) {
    return CheckJson.write(List.copyOf(files));
  }

  /**
   * The report as one self-contained HTML page (inline stylesheet, no network resource), for a
   * facilitator to project in the room: per file the summary, the findings by department in
   * severity colours and the roadmap grid.
   */
  public static String html(List<CheckedFile> files, Language language) {
    return html(files, language, Optional.empty(), Optional.empty());
  }

  /**
   * The HTML report of files checked as revisions of an earlier version, or on a given date;
   * the page's heading names them.
   *
   * @param baseline the earlier version the files were checked against, as its user named it
   * @param asOf the date the check was made on, where one was given
   */
  public static String html(List<CheckedFile> files, Language language,
      Optional<String> baseline, Optional<LocalDate> asOf) {
    return CheckHtml.write(List.copyOf(files), Objects.requireNonNull(language, "language"),
        Objects.requireNonNull(baseline, "baseline"), Objects.requireNonNull(asOf, "asOf"));
  }
}
