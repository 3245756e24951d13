package org.strategysession.workbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.strategysession.workbook.WorkbookProblem.Severity;

/**
 * The problems of one read, kept with their position so that they come out in reading order
 * (sheet by sheet, row by row) whatever order the checks found them in.
 */
final class Problems {
  /** Past this many, a workbook is not the expected one at all and more lines help no one. */
  static final int LIMIT = 1000;

  private record Placed(int sheetIndex, int row, int column, int seq, WorkbookProblem problem) {}

  private final List<Placed> placed = new ArrayList<>();
  private int dropped;

  void file(String message) {
    add(-1, -1, -1, new WorkbookProblem(Severity.ERROR, "", "", message));
  }

  void sheet(Severity severity, int sheetIndex, String sheet, String message) {
    add(sheetIndex, -1, -1, new WorkbookProblem(severity, sheet, "", message));
  }

  void cell(Severity severity, int sheetIndex, String sheet, int row, int column, String message) {
    String ref = new CellReference(row, column).formatAsString();
    add(sheetIndex, row, column, new WorkbookProblem(severity, sheet, ref, message));
  }

  void range(Severity severity, int sheetIndex, String sheet, int row, int column, String range,
      String message) {
    add(sheetIndex, row, column, new WorkbookProblem(severity, sheet, range, message));
  }

  private void add(int sheetIndex, int row, int column, WorkbookProblem problem) {
    if (placed.size() >= LIMIT) {
      dropped++;
      return;
    }
    placed.add(new Placed(sheetIndex, row, column, placed.size(), problem));
  }

  boolean hasErrors() {
    return placed.stream().anyMatch(p -> p.problem().isError()) || dropped > 0;
  }

  List<WorkbookProblem> sorted() {
    List<Placed> copy = new ArrayList<>(placed);
    copy.sort(
        Comparator.comparingInt(Placed::sheetIndex)
            .thenComparingInt(Placed::row)
            .thenComparingInt(Placed::column)
            .thenComparingInt(Placed::seq));
    List<WorkbookProblem> out = new ArrayList<>();
    copy.forEach(p -> out.add(p.problem()));
    if (dropped > 0) {
      out.add(
          new WorkbookProblem(
              Severity.ERROR, "", "",
              "and " + dropped + " more problems not listed; is this the plan workbook?"));
    }
    return out;
  }
}
