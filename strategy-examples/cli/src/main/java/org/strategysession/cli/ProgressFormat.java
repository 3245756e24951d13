package org.strategysession.cli;

import java.time.LocalDate;
import java.util.Locale;
import org.strategysession.model.Language;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.ReviewOptions;
import org.strategysession.reports.ProgressReports;

/** The formats of the {@code progress} command, each a renderer of the reports library. */
enum ProgressFormat {
  TEXT {
    @Override
    String render(PlanDocument document, LocalDate asOf, Language language) {
      return ProgressReports.text(document, asOf, ReviewOptions.defaults(), language);
    }
  },
  JSON {
    @Override
    String render(PlanDocument document, LocalDate asOf, Language language) {
      return ProgressReports.json(document, asOf, ReviewOptions.defaults());
    }
  },
  /** The heads' scorecard, for an HR or payroll system. */
  CSV {
    @Override
    String render(PlanDocument document, LocalDate asOf, Language language) {
      return ProgressReports.csv(document, asOf, ReviewOptions.defaults());
    }
  },
  HTML {
    @Override
    String render(PlanDocument document, LocalDate asOf, Language language) {
      return ProgressReports.html(document, asOf, ReviewOptions.defaults(), language);
    }
  };

  abstract String render(PlanDocument document, LocalDate asOf, Language language);

  /** As written on the command line. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
