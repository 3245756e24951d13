package org.strategysession.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.strategysession.model.Language;
import org.strategysession.reports.CheckReports;
import org.strategysession.reports.CheckedFile;

/** The formats of the check report ({@code --format}), each a renderer of the reports library. */
enum ReportFormat {
  TEXT {
    @Override
    String render(List<CheckedFile> files, Language language, Optional<String> baseline,
        Optional<LocalDate> asOf) {
      return CheckReports.text(files, language);
    }
  },
  JSON {
    @Override
    String render(List<CheckedFile> files, Language language, Optional<String> baseline,
        Optional<LocalDate> asOf) {
      return CheckReports.json(files);
    }
  },
  HTML {
    @Override
    String render(List<CheckedFile> files, Language language, Optional<String> baseline,
        Optional<LocalDate> asOf) {
      return CheckReports.html(files, language, baseline, asOf);
    }
  };

  /**
   * The report of a run.
   *
   * @param baseline the earlier version the files were checked against, if any (HTML names it)
   * @param asOf the date of the check, if one was given (HTML names it)
   */
  abstract String render(List<CheckedFile> files, Language language, Optional<String> baseline,
      Optional<LocalDate> asOf);

  /** As written on the command line. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
