package org.strategysession.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.strategysession.model.Language;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.PlanDocuments;
import org.strategysession.model.Roadmap;
import org.strategysession.reports.RoadmapCsv;
import org.strategysession.reports.RoadmapHtml;
import org.strategysession.reports.RoadmapText;
import org.strategysession.reports.Schedule;

/** The formats of the {@code roadmap} command, each knowing how to write itself. */
enum RoadmapFormat {
  TEXT {
    @Override
    void write(PlanDocument document, Roadmap roadmap, Language language, PrintWriter out) {
      RoadmapText.write(roadmap, language, out);
    }
  },
  /** The model's own JSON of the roadmap, as {@link PlanDocuments#writeJson} writes it. */
  JSON {
    @Override
    void write(PlanDocument document, Roadmap roadmap, Language language, PrintWriter out) {
      out.print(PlanDocuments.strict().writeJson(roadmap));
      out.flush();
    }
  },
  CSV {
    @Override
    void write(PlanDocument document, Roadmap roadmap, Language language, PrintWriter out) {
      RoadmapCsv.write(document, Schedule.of(roadmap), language, out);
    }
  },
  HTML {
    @Override
    void write(PlanDocument document, Roadmap roadmap, Language language, PrintWriter out) {
      out.print(RoadmapHtml.page(roadmap, language));
      out.flush();
    }
  };

  abstract void write(PlanDocument document, Roadmap roadmap, Language language,
      PrintWriter out);

  /** As written on the command line. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
