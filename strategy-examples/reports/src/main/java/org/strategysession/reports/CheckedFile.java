package org.strategysession.reports;

import java.util.Objects;
import java.util.Optional;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.PlanDocumentException;
import org.strategysession.rules.CheckReport;

/**
 * What checking one file gave: the document read and its report, or the reason it could not
 * be read. The check reports ({@link CheckReports}) render a list of these, one per file, in
 * the order given. Make one with {@link #checked} or {@link #unreadable}.
 *
 * <p>Immutable and thread-safe (as far as the document, report and exception it holds are,
 * which the model and the checker make immutable). No component is ever null.
 *
 * @param file the file as its user named it (a path on a command line, a document's name in a
 *     product); reports print it unchanged
 * @param document the document read; empty exactly when it could not be read
 * @param report the findings; present exactly when the document is
 * @param error why the file could not be read; present exactly when the document is not
 */
public record CheckedFile(String file, Optional<PlanDocument> document,
    Optional<CheckReport> report, Optional<PlanDocumentException> error) {

  /**
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException unless either document and report or the error alone
   *     are present
   */
  public CheckedFile {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(error, "error");
    if (document.isPresent() != report.isPresent() || document.isPresent() == error.isPresent()) {
      throw new IllegalArgumentException("either a document with its report or an error");
    }
  }

  /**
   * A file that was read and checked.
   *
   * @throws NullPointerException if any argument is null
   */
  public static CheckedFile checked(String file, PlanDocument document, CheckReport report) {
    return new CheckedFile(file, Optional.of(document), Optional.of(report), Optional.empty());
  }

  /**
   * A file that could not be read as a plan document.
   *
   * @throws NullPointerException if any argument is null
   */
  public static CheckedFile unreadable(String file, PlanDocumentException error) {
    return new CheckedFile(file, Optional.empty(), Optional.empty(), Optional.of(error));
  }

  /** Whether the file was read (and so has a document and a report). */
  public boolean isReadable() {
    return error.isEmpty();
  }
}
