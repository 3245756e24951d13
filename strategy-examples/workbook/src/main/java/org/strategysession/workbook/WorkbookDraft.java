package org.strategysession.workbook;

import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.strategysession.model.Language;
import org.strategysession.workbook.Layout.Lookup;

/**
 * A workbook being laid out, sheet by sheet: what its sheets share (the language, the cell
 * styles, the names taken, the lists that drop-downs offer).
 */
final class WorkbookDraft implements AutoCloseable {
  private final Language language;
  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final Styles styles = new Styles(workbook);
  private final SheetNames names = new SheetNames();
  private final Validations validations;

  WorkbookDraft(Language language) {
    this.language = language;
    this.validations = new Validations(language);
    // A department named like a fixed sheet ("Agenda") gets a numbered tab, not the same one.
    for (SheetKind kind : SheetKind.values()) {
      if (kind != SheetKind.PLAN) {
        names.reserve(kind.name.in(language));
      }
    }
  }

  Language language() {
    return language;
  }

  /** A new sheet of one of the kinds that come once, under its name. */
  SheetWriter sheet(SheetKind kind) {
    return sheet(kind.name.in(language));
  }

  /** A new department's sheet, named after the department and numbered if the name is taken. */
  SheetWriter departmentSheet(String wantedName) {
    return sheet(names.unique(wantedName));
  }

  private SheetWriter sheet(String name) {
    return new SheetWriter(workbook.createSheet(name), language, styles, validations);
  }

  /** The range whose values the reference drop-downs of every sheet offer. */
  void offer(Lookup lookup, String range) {
    validations.offer(lookup, range);
  }

  /** The workbook with every sheet laid out, opened on the Session sheet. */
  XSSFWorkbook finish() {
    validations.apply();
    workbook.setActiveSheet(1);
    workbook.setFirstVisibleTab(0);
    return workbook;
  }

  @Override
  public void close() throws IOException {
    workbook.close();
  }
}
