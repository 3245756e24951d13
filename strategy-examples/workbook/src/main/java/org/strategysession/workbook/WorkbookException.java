package org.strategysession.workbook;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A workbook that does not give a plan document, with every problem found in it (errors and
 * warnings, in reading order). Thrown only by {@link WorkbookImport#requireDocument()}: the
 * reader itself reports problems in its result.
 */
public final class WorkbookException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<WorkbookProblem> problems;

  /** @param problems at least one error among them; not null */
  public WorkbookException(List<WorkbookProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(List<WorkbookProblem> problems) {
    long errors = problems.stream().filter(WorkbookProblem::isError).count();
    return "the workbook has " + errors + (errors == 1 ? " error" : " errors") + ":\n"
        + problems.stream().map(WorkbookProblem::toString).collect(Collectors.joining("\n"));
  }

  /** Every problem found, errors and warnings, in reading order; never null. */
  public List<WorkbookProblem> problems() {
    return problems;
  }
}
