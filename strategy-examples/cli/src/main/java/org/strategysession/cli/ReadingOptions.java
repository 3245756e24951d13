package org.strategysession.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.PlanDocumentException;
import org.strategysession.model.PlanDocuments;
import picocli.CommandLine.Option;

/**
 * How a command reads the plan documents named on its command line: one option and one way
 * of reading, for every command that reads a document.
 */
final class ReadingOptions {
  @Option(names = "--lenient",
      description = "Ignore unknown fields instead of rejecting the document.")
  boolean lenient;

  /**
   * Reads a plan document named on the command line.
   *
   * @throws PlanDocumentException if it cannot be read or is not a plan document, with the
   *     place of the problem where there is one
   */
  PlanDocument read(String file) {
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      throw new PlanDocumentException("not a valid file name: " + e.getReason(), 0, 0, "");
    }
    return (lenient ? PlanDocuments.lenient() : PlanDocuments.strict()).read(path);
  }
}
