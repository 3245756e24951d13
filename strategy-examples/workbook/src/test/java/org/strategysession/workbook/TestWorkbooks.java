package org.strategysession.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.strategysession.model.Language;
import org.strategysession.model.PlanDocument;

/** Workbooks written from documents and then edited the way people edit them. */
final class TestWorkbooks {
  private TestWorkbooks() {}

  static byte[] written(PlanDocument document, Language language) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PlanWorkbooks.of(language).write(document, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] written(PlanDocument document) {
    return written(document, Language.EN);
  }

  static byte[] edited(byte[] xlsx, Consumer<XSSFWorkbook> edit) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      edit.accept(workbook);
      return bytes(workbook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(Workbook workbook) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static WorkbookImport read(byte[] bytes) {
    return PlanWorkbooks.english().read(new ByteArrayInputStream(bytes));
  }

  /** The cell at an A1 reference, created if the sheet has none there. */
  static Cell cell(Sheet sheet, String ref) {
    CellReference r = new CellReference(ref);
    return cell(sheet, r.getRow(), r.getCol());
  }

  static Cell cell(Sheet sheet, int row, int column) {
    Row r = sheet.getRow(row);
    if (r == null) {
      r = sheet.createRow(row);
    }
    Cell c = r.getCell(column);
    return c == null ? r.createCell(column) : c;
  }

  /** The first row whose column A holds the text, after a row (exclusive). */
  static int rowOf(Sheet sheet, String text, int after) {
    for (Row row : sheet) {
      Cell a = row.getCell(0);
      if (row.getRowNum() > after && a != null && a.getCellType() == CellType.STRING
          && a.getStringCellValue().equals(text)) {
        return row.getRowNum();
      }
    }
    throw new AssertionError("no row with " + text + " in column A of " + sheet.getSheetName());
  }

  static int rowOf(Sheet sheet, String text) {
    return rowOf(sheet, text, -1);
  }

  /** The column of a header in the header row of the table with a title. */
  static int columnOf(Sheet sheet, String tableTitle, String header) {
    Row headers = sheet.getRow(rowOf(sheet, tableTitle) + 1);
    for (Cell c : headers) {
      if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(header)) {
        return c.getColumnIndex();
      }
    }
    throw new AssertionError("no header " + header + " under " + tableTitle);
  }

  /** The A1 reference of a cell, for expected messages. */
  static String ref(int row, int column) {
    return new CellReference(row, column).formatAsString();
  }

  /** The first row of a table that has nothing in it: where a person types a new row. */
  static int firstBlankRow(Sheet sheet, String tableTitle) {
    int row = rowOf(sheet, tableTitle) + 2;
    while (sheet.getRow(row) != null && sheet.getRow(row).getCell(0) != null
        && sheet.getRow(row).getCell(0).getCellType() != CellType.BLANK) {
      row++;
    }
    return row;
  }
}
