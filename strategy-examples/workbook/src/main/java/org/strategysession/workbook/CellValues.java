package org.strategysession.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.strategysession.model.Language;
import org.strategysession.workbook.Layout.Column;

/** Writes a document's value into a cell as the kind of its column, so that it reads back. */
final class CellValues {
  private CellValues() {}

  /** A spreadsheet cell holds at most this many characters. */
  static final int MAX_CELL_TEXT = 32_767;

  /**
   * Text such as {@code _x0041_} is how the file format writes a character it escapes; readers
   * decode it, so literal text of that shape is escaped itself ({@code _x005F_} is "_").
   */
  private static final Pattern ESCAPED_CHARACTER = Pattern.compile("_x[0-9A-Fa-f]{4}_");

  /** Spreadsheets count dates from 1900 and miscount its first two months: earlier is text. */
  private static final LocalDate FIRST_DATE = LocalDate.of(1900, 3, 1);

  private static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

  /**
   * @param value of the column's kind: a String, BigDecimal, Integer, LocalDate, LocalTime,
   *     Boolean, a list of ids or an enum constant
   */
  static void put(XSSFCell cell, Column column, Object value, Language language) {
    switch (column.kind()) {
      case TEXT, ID -> text(cell, (String) value);
      case NUMBER -> number(cell, (BigDecimal) value);
      case WHOLE -> cell.setCellValue(((Integer) value).doubleValue());
      case DATE -> {
        LocalDate date = (LocalDate) value;
        if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
          cell.setCellValue(date.toString());
        } else {
          cell.setCellValue(date);
        }
      }
      case TIME -> {
        LocalTime time = (LocalTime) value;
        cell.setCellValue((time.getHour() * 60 + time.getMinute()) / 1440.0);
      }
      case MARK, TICK -> {
        if ((Boolean) value) {
          cell.setCellValue(Vocabulary.MARK);
        }
      }
      case YES_NO -> cell.setCellValue(((Boolean) value ? Vocabulary.YES : Vocabulary.NO).in(language));
      case ID_LIST -> {
        List<?> ids = (List<?>) value;
        if (!ids.isEmpty()) {
          text(cell, joined(ids));
        }
      }
      case CHOICE -> cell.setCellValue(Vocabulary.label((Enum<?>) value, language));
      default -> throw new IllegalStateException("unhandled kind " + column.kind());
    }
  }

  /** Ids as a list cell shows them. */
  static String joined(List<?> ids) {
    return String.join(", ", ids.stream().map(String::valueOf).toList());
  }

  private static void text(XSSFCell cell, String text) {
    if (text.length() > MAX_CELL_TEXT) {
      throw new IllegalArgumentException(
          new WorkbookProblem(
                  WorkbookProblem.Severity.ERROR,
                  cell.getSheet().getSheetName(),
                  cell.getAddress().formatAsString(),
                  "text of " + text.length() + " characters is longer than a cell holds ("
                      + MAX_CELL_TEXT + ")")
              .toString());
    }
    cell.setCellValue(ESCAPED_CHARACTER.matcher(text).replaceAll("_x005F$0"));
  }

  private static void number(XSSFCell cell, BigDecimal value) {
    BigDecimal n = Numbers.canonical(value);
    if (n.precision() <= Numbers.DOUBLE_DIGITS) {
      cell.setCellValue(n.doubleValue());
    } else {
      cell.setCellValue(n.toPlainString());
    }
  }
}
