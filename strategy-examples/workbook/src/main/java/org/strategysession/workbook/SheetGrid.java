package org.strategysession.workbook;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.strategysession.workbook.WorkbookProblem.Severity;

/**
 * The non-blank cells of one sheet, read once into plain values, with a record of which of
 * them the reader has placed: whatever is left unplaced at the end is reported, so nothing a
 * person typed is dropped silently.
 *
 * <p>Only values and number formats are used, never named styles, comments or other
 * metadata that spreadsheet programs drop or rewrite when they save a file.
 */
final class SheetGrid {

  /** A cell's value, as the reader sees it. */
  sealed interface Value permits Text, Num, Bool, Err {}

  /** Text as typed (never blank). */
  record Text(String text) implements Value {}

  /**
   * A number; {@code dateFormatted} when its number format shows a date or time, and {@code
   * asDate} its date value where it is a valid spreadsheet date (null otherwise).
   */
  record Num(double number, boolean dateFormatted, LocalDateTime asDate) implements Value {}

  record Bool(boolean value) implements Value {}

  /** A formula error such as {@code #REF!}. */
  record Err(String code) implements Value {}

  /** A value with its place. */
  record Located(SheetGrid grid, int row, int column, Value value) {
    String ref() {
      return new CellReference(row, column).formatAsString();
    }
  }

  final String name;
  final int index;
  private final NavigableMap<Integer, NavigableMap<Integer, Value>> rows = new TreeMap<>();
  private final Set<Long> placed = new HashSet<>();

  private SheetGrid(String name, int index) {
    this.name = name;
    this.index = index;
  }

  static SheetGrid read(Sheet sheet, int index, Problems problems) {
    SheetGrid grid = new SheetGrid(sheet.getSheetName(), index);
    for (Row row : sheet) {
      for (Cell cell : row) {
        try {
          Value value = valueOf(cell);
          if (value != null) {
            grid.rows.computeIfAbsent(cell.getRowIndex(), r -> new TreeMap<>())
                .put(cell.getColumnIndex(), value);
          }
        } catch (RuntimeException e) {
          problems.cell(Severity.ERROR, index, grid.name, cell.getRowIndex(), cell.getColumnIndex(),
              "the cell cannot be read: it is damaged");
        }
      }
    }
    return grid;
  }

  private static Value valueOf(Cell cell) {
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      // Spreadsheet programs save the last computed value beside the formula; it is what the
      // person saw, and the formula itself means nothing to a plan.
      type = cell.getCachedFormulaResultType();
    }
    switch (type) {
      case STRING:
        String text = cell.getStringCellValue();
        return text == null || text.isBlank() ? null : new Text(text);
      case NUMERIC:
        double d = cell.getNumericCellValue();
        boolean dateFormatted = DateUtil.isCellDateFormatted(cell);
        LocalDateTime asDate = DateUtil.isValidExcelDate(d) ? cell.getLocalDateTimeCellValue() : null;
        return new Num(d, dateFormatted, asDate);
      case BOOLEAN:
        return new Bool(cell.getBooleanCellValue());
      case ERROR:
        return new Err(FormulaError.forInt(cell.getErrorCellValue()).getString());
      default:
        return null;
    }
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  int cellCount() {
    return rows.values().stream().mapToInt(Map::size).sum();
  }

  /** Row indexes that have cells, in order. */
  List<Integer> rowIndexes() {
    return new ArrayList<>(rows.keySet());
  }

  /** The row's cells by column, in order; empty for a row without cells. */
  NavigableMap<Integer, Value> row(int row) {
    NavigableMap<Integer, Value> r = rows.get(row);
    return r == null ? new TreeMap<>() : r;
  }

  Located at(int row, int column) {
    Value v = row(row).get(column);
    return v == null ? null : new Located(this, row, column, v);
  }

  /** The first cell of the sheet in reading order, or null. */
  Located first() {
    if (rows.isEmpty()) {
      return null;
    }
    Map.Entry<Integer, NavigableMap<Integer, Value>> r = rows.firstEntry();
    Map.Entry<Integer, Value> c = r.getValue().firstEntry();
    return new Located(this, r.getKey(), c.getKey(), c.getValue());
  }

  void place(int row, int column) {
    placed.add(key(row, column));
  }

  void place(Located cell) {
    place(cell.row(), cell.column());
  }

  /** Marks every cell of the sheet as placed (a sheet reported as a whole). */
  void placeAll() {
    rows.forEach((r, cells) -> cells.keySet().forEach(c -> place(r, c)));
  }

  /** The cells nothing has placed, in reading order. */
  List<Located> unplaced() {
    List<Located> out = new ArrayList<>();
    rows.forEach(
        (r, cells) ->
            cells.forEach(
                (c, v) -> {
                  if (!placed.contains(key(r, c))) {
                    out.add(new Located(this, r, c, v));
                  }
                }));
    return out;
  }

  /** How messages say that so many of a sheet's or a row's values are not read. */
  static String notRead(int values) {
    return values == 1 ? "its value is not read" : "its " + values + " values are not read";
  }

  private static long key(int row, int column) {
    return ((long) row << 16) | column;
  }
}
