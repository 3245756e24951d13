package org.strategysession.workbook;

import org.strategysession.workbook.WorkbookProblem.Severity;

/**
 * What the reading of one workbook shares across its sheets: the problems found, the reader
 * of cell values that reports to them, and the references to check once every sheet is read.
 */
record ReadContext(Problems problems, ValueReader values, References references) {

  static ReadContext create() {
    Problems problems = new Problems();
    return new ReadContext(problems, new ValueReader(problems), new References());
  }

  /** An error at a cell that may be blank (a required value that is missing). */
  void error(SheetGrid grid, int row, int column, String message) {
    problems.cell(Severity.ERROR, grid.index, grid.name, row, column, message);
  }
}
