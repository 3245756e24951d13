package org.strategysession.workbook;

import java.util.Objects;

/**
 * One problem found while reading a workbook, with its place: the sheet and the cell (or cell
 * range) as a spreadsheet names them. Its {@link #toString()} is the line a person reads, for
 * example {@code Sales!D7: target "many" is not a number}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param severity {@link Severity#ERROR} when the workbook cannot become a document as it
 *     stands; not null
 * @param sheet the sheet's name, or {@code ""} for a problem of the whole file; not null
 * @param cell the cell or range in A1 style ({@code D7}, {@code B3:C4}), or {@code ""} for a
 *     problem of the whole sheet or file; not null
 * @param message what is wrong, without the place; not null
 */
public record WorkbookProblem(Severity severity, String sheet, String cell, String message) {

  /** How serious a problem is. */
  public enum Severity {
    /**
     * A value could not be read, or something typed has no place in the document: the
     * workbook gives no document until it is fixed.
     */
    ERROR,
    /**
     * The document is read, but something looks unintended (a reference to a person who is
     * not in the People table, a renamed sheet).
     */
    WARNING
  }

  public WorkbookProblem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(cell, "cell");
    Objects.requireNonNull(message, "message");
  }

  /** Whether this is an {@link Severity#ERROR}. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * The place as a spreadsheet formula names it ({@code Sales!D7}, {@code 'Q1 plan'!A1}, a
   * bare sheet name, or {@code ""} for the whole file).
   */
  public String location() {
    if (sheet.isEmpty()) {
      return cell;
    }
    String name = quoted(sheet);
    return cell.isEmpty() ? name : name + "!" + cell;
  }

  /** {@code location: message}, or the message alone for a problem of the whole file. */
  @Override
  public String toString() {
    String location = location();
    return location.isEmpty() ? message : location + ": " + message;
  }

  private static String quoted(String sheet) {
    // Spreadsheets quote names that are not plain words, doubling quotes inside.
    if (sheet.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '.')
        && !Character.isDigit(sheet.codePointAt(0))) {
      return sheet;
    }
    return "'" + sheet.replace("'", "''") + "'";
  }
}
