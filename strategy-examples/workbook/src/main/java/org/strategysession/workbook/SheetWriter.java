package org.strategysession.workbook;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.strategysession.model.Language;
import org.strategysession.workbook.Layout.Column;
import org.strategysession.workbook.Layout.Form;
import org.strategysession.workbook.Layout.Kind;
import org.strategysession.workbook.Layout.Lookup;
import org.strategysession.workbook.Layout.Table;

/**
 * Lays the blocks of one sheet out from top to bottom, a blank row between blocks: a form's
 * labelled values, a table's header and rows (filled ones, then blank ones with the same
 * validation for a person to fill). Values come by column key, as the layout names them.
 */
final class SheetWriter {
  /** Blank rows left under the filled ones of every table, with their validation. */
  private static final int SPARE_ROWS = 2;

  /** Cells for a form's list of values (days, participants) at least. */
  private static final int MULTI_CELLS = 8;

  private static final int MULTI_WIDTH = 14;

  /** An id column grows to its longest id, up to this many characters. */
  private static final int MAX_ID_WIDTH = 30;

  private final XSSFSheet sheet;
  private final Language language;
  private final Styles styles;
  private final Validations validations;
  private final Map<Integer, Integer> widths = new HashMap<>();
  private final Map<Lookup, String> ownLists = new EnumMap<>(Lookup.class);
  private int next;

  SheetWriter(XSSFSheet sheet, Language language, Styles styles, Validations validations) {
    this.sheet = sheet;
    this.language = language;
    this.styles = styles;
    this.validations = validations;
  }

  XSSFSheet sheet() {
    return sheet;
  }

  Styles styles() {
    return styles;
  }

  Language language() {
    return language;
  }

  /** A new row under the last one. */
  XSSFRow row() {
    return sheet.createRow(next++);
  }

  /** Leaves a row blank. */
  void skipRow() {
    next++;
  }

  /** The range whose values the reference drop-downs of this sheet's later tables offer. */
  void offer(Lookup lookup, String range) {
    ownLists.put(lookup, range);
  }

  private void title(Term title) {
    if (next > 0) {
      skipRow();
    }
    XSSFCell cell = row().createCell(0);
    cell.setCellValue(title.in(language));
    cell.setCellStyle(styles.title);
    width(0, title.in(language).length() / 2);
  }

  private void width(int column, int chars) {
    widths.merge(column, chars, Math::max);
  }

  /** A form: its title, then a row per field with its label in A and its value in B. */
  void form(Form form, RowValues values) {
    title(form.title());
    for (Column field : form.columns()) {
      int rowIndex = next;
      XSSFRow row = row();
      XSSFCell label = row.createCell(0);
      label.setCellValue(field.header().in(language));
      label.setCellStyle(styles.label);
      width(0, field.header().in(language).length() + 2);
      Object value = values.get(field.key());
      // A list of values takes a cell each, with room for a few more.
      List<?> items = value == null ? List.of() : field.multi() ? (List<?>) value : List.of(value);
      int cells = field.multi() ? Math.max(items.size() + 2, MULTI_CELLS) : 1;
      for (int i = 0; i < cells; i++) {
        XSSFCell cell = row.createCell(1 + i);
        cell.setCellStyle(styles.left(field.kind()));
        if (i < items.size()) {
          CellValues.put(cell, field, items.get(i), language);
        }
        width(1 + i, i == 0 ? field.width() : MULTI_WIDTH);
      }
      validate(field, rowIndex, rowIndex, 1, cells);
    }
  }

  /**
   * A table: its title, its header row and its rows, each a value by column key. Returns the
   * range of the first column over every row (filled and blank), for drop-downs that offer
   * its values.
   */
  String table(Table table, List<RowValues> rows) {
    return table(table, rows, RowValues::new);
  }

  /**
   * A table whose blank entries, laid out for a person to fill, are {@code blank}'s rows (a
   * KPI's blank row with its Actual row under it).
   */
  String table(Table table, List<RowValues> rows, Supplier<RowValues> blank) {
    title(table.title());
    XSSFRow header = row();
    List<Column> columns = table.columns();
    for (int c = 0; c < columns.size(); c++) {
      XSSFCell cell = header.createCell(c);
      cell.setCellStyle(styles.header(columns.get(c).kind()));
      width(c, columns.get(c).width());
      if (columns.get(c).kind() != Kind.GAP) {
        cell.setCellValue(columns.get(c).header().in(language));
      }
    }
    fitHeight(header, columns, c -> columns.get(c).header().in(language));
    int first = next;
    int total = rows.size() + Math.max(table.minRows() - rows.size(), SPARE_ROWS);
    for (int r = 0; r < total; r++) {
      RowValues values = r < rows.size() ? rows.get(r) : blank.get();
      row(columns, values, false);
      for (RowValues under : values.under()) {
        row(columns, under, true);
      }
    }
    int last = next - 1;
    for (int c = 0; c < columns.size(); c++) {
      validate(columns.get(c), first, last, c, 1);
    }
    String column = CellReference.convertNumToColString(0);
    return "'" + sheet.getSheetName().replace("'", "''") + "'!$"
        + column + "$" + (first + 1) + ":$" + column + "$" + (last + 1);
  }

  /** One row of a table; {@code under} for a row that is part of the entry above it. */
  private void row(List<Column> columns, RowValues values, boolean under) {
    XSSFRow row = row();
    for (int c = 0; c < columns.size(); c++) {
      Column column = columns.get(c);
      if (column.kind() == Kind.GAP) {
        continue;
      }
      XSSFCell cell = row.createCell(c);
      cell.setCellStyle(under ? styles.under(column.kind()) : styles.of(column.kind()));
      Object value = values.get(column.key());
      if (value != null) {
        CellValues.put(cell, column, value, language);
        if (column.kind() == Kind.ID) {
          // An id is not wrapped: a column too narrow for it would cut it off.
          width(c, Math.min(MAX_ID_WIDTH, ((String) value).length() + 1));
        }
      }
    }
    fitHeight(row, columns, c -> {
      Kind kind = columns.get(c).kind();
      Object value = values.get(columns.get(c).key());
      if (value instanceof List) {
        return CellValues.joined((List<?>) value);
      }
      return kind == Kind.TEXT && value != null ? (String) value : "";
    });
  }

  /**
   * Makes a row tall enough for its wrapped text: not every program grows rows to fit when
   * it opens a file, and overlapping lines are unreadable. The estimate errs on the tall side.
   */
  private void fitHeight(XSSFRow row, List<Column> columns, IntFunction<String> text) {
    int lines = 1;
    for (int c = 0; c < columns.size(); c++) {
      int chars = Math.max(1, columns.get(c).width());
      lines = Math.max(lines, wrappedLines(text.apply(c), chars));
    }
    if (lines > 1) {
      row.setHeightInPoints(Math.min(409f, lines * 15f + 2f));
    }
  }

  /** Lines a text takes when wrapped at word boundaries in a column of so many characters. */
  private static int wrappedLines(String text, int chars) {
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      int line = 0;
      int count = 1;
      for (String word : paragraph.split(" ")) {
        int needed = line == 0 ? word.length() : line + 1 + word.length();
        if (needed <= chars) {
          line = needed;
        } else {
          count += line == 0 ? 0 : 1;
          count += Math.max(0, (word.length() - 1) / chars);
          line = word.length() % chars == 0 ? chars : word.length() % chars;
        }
      }
      lines += count;
    }
    return Math.max(1, lines);
  }

  private void validate(Column column, int firstRow, int lastRow, int firstCol, int cols) {
    validations.add(sheet, column,
        new CellRangeAddressList(firstRow, lastRow, firstCol, firstCol + cols - 1),
        new EnumMap<>(ownLists));
  }

  /**
   * Sets the column widths, freezes the rows and columns above and left of a cell (the rows
   * also head every printed page), and with {@code landscape} makes the printed sheet one
   * landscape page wide.
   */
  void finish(int frozenColumns, int frozenRows, boolean landscape) {
    // Widths come from the layout and the ids' lengths, not from measuring text: measuring
    // needs fonts that a server may not have, and the layout knows what each column is for.
    widths.forEach((c, chars) -> sheet.setColumnWidth(c, Math.min(255, chars + 1) * 256));
    sheet.createFreezePane(frozenColumns, frozenRows);
    if (frozenRows > 0) {
      // A table's header on every page, as it stays in view on screen.
      printTitles(frozenRows);
    }
    if (landscape) {
      landscape();
    }
  }

  /**
   * The sheet's first {@code rows} rows head every printed page: the workbook's built-in name
   * Print_Titles, its formula with the sheet's name always quoted. (POI's own setRepeatingRows
   * leaves a name such as ".", a department's id, unquoted and then cannot parse its formula.)
   */
  private void printTitles(int rows) {
    XSSFName titles = sheet.getWorkbook().createName();
    titles.setNameName(XSSFName.BUILTIN_PRINT_TITLE);
    titles.setSheetIndex(sheet.getWorkbook().getSheetIndex(sheet));
    titles.setRefersToFormula(
        "'" + sheet.getSheetName().replace("'", "''") + "'!$1:$" + rows);
  }

  /** Printed or converted to PDF, the sheet is one landscape page wide. */
  void landscape() {
    sheet.getPrintSetup().setLandscape(true);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
  }
}
