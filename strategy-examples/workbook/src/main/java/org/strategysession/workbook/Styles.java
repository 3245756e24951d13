package org.strategysession.workbook;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.strategysession.workbook.Layout.Kind;

/** The few cell styles of the workbook, shared by all cells (a workbook has a style limit). */
final class Styles {
  final XSSFCellStyle title;
  final XSSFCellStyle header;
  private final XSSFCellStyle headerRight;
  private final XSSFCellStyle headerCentred;
  final XSSFCellStyle label;
  final XSSFCellStyle paragraph;
  final XSSFCellStyle wrapped;
  final XSSFCellStyle textual;
  final XSSFCellStyle general;
  final XSSFCellStyle whole;
  final XSSFCellStyle wholeLeft;
  final XSSFCellStyle date;
  final XSSFCellStyle dateLeft;
  final XSSFCellStyle time;
  final XSSFCellStyle mark;

  /** A pale yellow: the colour spreadsheets commonly give cells that are filled in later. */
  private static final byte[] SHADE = {(byte) 0xFF, (byte) 0xF6, (byte) 0xD5};

  private final XSSFWorkbook workbook;
  private final XSSFFont italic;
  private final Map<Kind, XSSFCellStyle> shaded = new HashMap<>();

  Styles(XSSFWorkbook workbook) {
    this.workbook = workbook;
    italic = workbook.createFont();
    italic.setItalic(true);
    short textFormat = workbook.createDataFormat().getFormat("@");
    XSSFFont bold = workbook.createFont();
    bold.setBold(true);
    XSSFFont big = workbook.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 13);

    title = workbook.createCellStyle();
    title.setFont(big);

    header = workbook.createCellStyle();
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    headerRight = workbook.createCellStyle();
    headerRight.cloneStyleFrom(header);
    // Without the numbers' indent: a header is bold and wider, and must not wrap for it.
    headerRight.setAlignment(HorizontalAlignment.RIGHT);
    headerCentred = workbook.createCellStyle();
    headerCentred.cloneStyleFrom(header);
    headerCentred.setAlignment(HorizontalAlignment.CENTER);

    label = workbook.createCellStyle();
    label.setFont(bold);
    label.setVerticalAlignment(VerticalAlignment.TOP);

    paragraph = workbook.createCellStyle();
    paragraph.setWrapText(true);
    paragraph.setVerticalAlignment(VerticalAlignment.TOP);

    wrapped = workbook.createCellStyle();
    wrapped.setWrapText(true);
    wrapped.setVerticalAlignment(VerticalAlignment.TOP);
    wrapped.setDataFormat(textFormat);

    textual = workbook.createCellStyle();
    textual.setVerticalAlignment(VerticalAlignment.TOP);
    textual.setDataFormat(textFormat);

    // Numbers keep to the right, but off the text of the next column.
    general = workbook.createCellStyle();
    general.setVerticalAlignment(VerticalAlignment.TOP);
    general.setAlignment(HorizontalAlignment.RIGHT);
    general.setIndention((short) 1);

    whole = centred(workbook, "0");
    wholeLeft = leftOf(workbook, whole);
    date = centred(workbook, "yyyy-mm-dd");
    dateLeft = leftOf(workbook, date);
    time = centred(workbook, "hh:mm");

    mark = workbook.createCellStyle();
    mark.setAlignment(HorizontalAlignment.CENTER);
    mark.setVerticalAlignment(VerticalAlignment.TOP);
    mark.setDataFormat(textFormat);

    // A light grid around the cells to fill: on paper, where a sheet's grid lines are not
    // printed, it is what lines a month's number up with its month.
    for (XSSFCellStyle cell : new XSSFCellStyle[] {
        wrapped, textual, general, whole, wholeLeft, date, dateLeft, time, mark}) {
      grid(cell);
    }
  }

  private static void grid(XSSFCellStyle style) {
    short grey = IndexedColors.GREY_25_PERCENT.getIndex();
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
    style.setTopBorderColor(grey);
    style.setBottomBorderColor(grey);
    style.setLeftBorderColor(grey);
    style.setRightBorderColor(grey);
  }

  private static XSSFCellStyle centred(XSSFWorkbook workbook, String format) {
    XSSFCellStyle style = workbook.createCellStyle();
    style.setVerticalAlignment(VerticalAlignment.TOP);
    style.setAlignment(HorizontalAlignment.CENTER);
    style.setDataFormat(workbook.createDataFormat().getFormat(format));
    return style;
  }

  /** A form's value sits beside its label, so it keeps to the left. */
  private static XSSFCellStyle leftOf(XSSFWorkbook workbook, XSSFCellStyle centred) {
    XSSFCellStyle style = workbook.createCellStyle();
    style.cloneStyleFrom(centred);
    style.setAlignment(HorizontalAlignment.LEFT);
    return style;
  }

  /**
   * For a table's header: aligned as the column's values are, so that in the narrow month
   * columns a number does not sit under the next month's name.
   */
  XSSFCellStyle header(Kind kind) {
    return switch (kind) {
      case NUMBER -> headerRight;
      case WHOLE, DATE, TIME, MARK, TICK -> headerCentred;
      default -> header;
    };
  }

  /** For a form's value, which sits beside its label. */
  XSSFCellStyle left(Kind kind) {
    return switch (kind) {
      case WHOLE -> wholeLeft;
      case DATE -> dateLeft;
      default -> of(kind);
    };
  }

  XSSFCellStyle of(Kind kind) {
    return switch (kind) {
      case TEXT, ID_LIST -> wrapped;
      case ID, CHOICE, YES_NO -> textual;
      case WHOLE -> whole;
      case DATE -> date;
      case TIME -> time;
      case MARK, TICK -> mark;
      default -> general;
    };
  }

  /**
   * For a row laid out under another as part of the same entry (the actual values under a
   * KPI's plan): shaded, its label in italics, so that it reads apart from the plan rows
   * around it. Made on first use: most sheets have no such row.
   */
  XSSFCellStyle under(Kind kind) {
    return shaded.computeIfAbsent(kind, k -> {
      XSSFCellStyle style = workbook.createCellStyle();
      style.cloneStyleFrom(of(k));
      style.setFillForegroundColor(new XSSFColor(SHADE, null));
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      if (k == Kind.TEXT) {
        style.setFont(italic);
      }
      return style;
    });
  }
}
