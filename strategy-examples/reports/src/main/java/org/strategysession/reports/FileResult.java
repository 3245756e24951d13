package org.strategysession.reports;

import java.util.Objects;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.PlanDocumentException;
import org.strategysession.rules.CheckReport;

/**
 * What checking one file gave: the document and its report, or the reason it could not be
 * read. Exactly one of {@code report} and {@code error} is present.
 *
 * @param file the file as named on the command line (reports print it unchanged)
 * @param document the document read, or null when it could not be read
 * @param report the findings, or null when the file could not be read
 * @param error why the file could not be read, or null
 */
public record FileResult(String file, PlanDocument document, CheckReport report,
    PlanDocumentException error) {
  public FileResult {
    Objects.requireNonNull(file, "file");
    if ((report == null) == (error == null) || (report != null && document == null)) {
      throw new IllegalArgumentException("either a document with its report or an error");
    }
  }

  public static FileResult checked(String file, PlanDocument document, CheckReport report) {
    return new FileResult(file, document, report, null);
  }

  public static FileResult unreadable(String file, PlanDocumentException error) {
    return new FileResult(file, null, null, error);
  }

  public boolean isReadable() {
    return error == null;
  }
}
