package org.strategysession.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.strategysession.model.Language;
import org.strategysession.reports.FileResult;
import org.strategysession.reports.HtmlReport;
import org.strategysession.reports.JsonReport;
import org.strategysession.reports.TextReport;

/** The formats of the check report ({@code --format}), each knowing how to write itself. */
enum ReportFormat {
  TEXT {
    @Override
    void write(List<FileResult> results, Language language, Optional<String> baseline,
        Optional<String> asOf, PrintWriter out) {
      TextReport.write(results, language, out);
    }
  },
  JSON {
    @Override
    void write(List<FileResult> results, Language language, Optional<String> baseline,
        Optional<String> asOf, PrintWriter out) {
      out.print(JsonReport.write(results));
      out.flush();
    }
  },
  HTML {
    @Override
    void write(List<FileResult> results, Language language, Optional<String> baseline,
        Optional<String> asOf, PrintWriter out) {
      out.print(HtmlReport.write(results, language, baseline, asOf));
      out.flush();
    }
  };

  /**
   * Writes the report of a run.
   *
   * @param baseline the earlier version the files were checked against, if any (HTML names it)
   * @param asOf the date of the check, if one was given (HTML names it)
   */
  abstract void write(List<FileResult> results, Language language, Optional<String> baseline,
      Optional<String> asOf, PrintWriter out);

  /** As written on the command line. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
