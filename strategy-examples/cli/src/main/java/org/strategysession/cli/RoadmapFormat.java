package org.strategysession.cli;

import java.util.Locale;
import org.strategysession.model.Language;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.PlanDocuments;
import org.strategysession.model.Roadmap;
import org.strategysession.reports.RoadmapReports;

/** The formats of the {@code roadmap} command, each a renderer of the libraries. */
enum RoadmapFormat {
  TEXT {
    @Override
    String render(PlanDocument document, Language language) {
      return RoadmapReports.text(document, language);
    }
  },
  /** The model's own JSON of the roadmap, as {@link PlanDocuments#writeJson} writes it. */
  JSON {
    @Override
    String render(PlanDocument document, Language language) {
      return PlanDocuments.strict().writeJson(Roadmap.of(document));
    }
  },
  CSV {
    @Override
    String render(PlanDocument document, Language language) {
      return RoadmapReports.csv(document, language);
    }
  },
  HTML {
    @Override
    String render(PlanDocument document, Language language) {
      return RoadmapReports.html(document, language);
    }
  };

  abstract String render(PlanDocument document, Language language);

  /** As written on the command line. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
