package org.strategysession.reports;

import java.util.Objects;
import org.strategysession.model.PlanDocumentException;

/**
 * A document that could not be read, said the way every report and message of the tool says
 * it: {@code file:line:column: reason (at /json/pointer)}, the form editors and CI logs turn
 * into a link to the place.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReadErrors {
  private ReadErrors() {}

  /**
   * The read error located in its file: line and column are left out where they are unknown (a
   * file that does not exist has neither), and the JSON Pointer of the offending value follows
   * where there is one. For example {@code plans/acme.json:12:21: expected a number but found
   * string "a lot" (at /plans/0/kpis/0/target)}.
   *
   * @param file the file as its user named it; not null
   * @param error why it could not be read; not null
   * @return one line, never null
   * @throws NullPointerException if an argument is null
   */
  public static String located(String file, PlanDocumentException error) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(error, "error");
    StringBuilder sb = new StringBuilder(file);
    if (error.line() > 0) {
      sb.append(':').append(error.line());
      if (error.column() > 0) {
        sb.append(':').append(error.column());
      }
    }
    sb.append(": ").append(error.reason());
    if (!error.pointer().isEmpty()) {
      sb.append(" (at ").append(error.pointer()).append(')');
    }
    return sb.toString();
  }
}
