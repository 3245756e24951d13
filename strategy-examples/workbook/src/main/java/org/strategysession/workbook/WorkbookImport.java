package org.strategysession.workbook;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.strategysession.model.PlanDocument;

/**
 * What reading a workbook gave: the plan document when no error was found, and every
 * problem found (errors and warnings), in reading order: sheet by sheet, row by row.
 *
 * <p>Immutable and thread-safe.
 */
public final class WorkbookImport {
  private final PlanDocument document;
  private final List<WorkbookProblem> problems;

  WorkbookImport(PlanDocument document, List<WorkbookProblem> problems) {
    this.problems = List.copyOf(problems);
    boolean errors = this.problems.stream().anyMatch(WorkbookProblem::isError);
    if (errors == (document != null)) {
      throw new IllegalArgumentException("a document comes exactly when there is no error");
    }
    this.document = document;
  }

  /** The document, present exactly when {@link #hasErrors()} is false. */
  public Optional<PlanDocument> document() {
    return Optional.ofNullable(document);
  }

  /** Every problem found, errors and warnings; empty for a clean workbook; never null. */
  public List<WorkbookProblem> problems() {
    return problems;
  }

  /** The errors only; never null. */
  public List<WorkbookProblem> errors() {
    return problems.stream().filter(WorkbookProblem::isError).toList();
  }

  /** The warnings only; never null. */
  public List<WorkbookProblem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }

  public boolean hasErrors() {
    return document == null;
  }

  /**
   * The document.
   *
   * @throws WorkbookException carrying every problem, when the workbook has errors
   */
  public PlanDocument requireDocument() {
    if (document == null) {
      throw new WorkbookException(problems);
    }
    return document;
  }

  @Override
  public String toString() {
    return "WorkbookImport{" + (document == null ? "no document" : "document") + ", "
        + problems.size() + " problems}";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WorkbookImport
        && Objects.equals(document, ((WorkbookImport) o).document)
        && problems.equals(((WorkbookImport) o).problems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(document, problems);
  }
}
