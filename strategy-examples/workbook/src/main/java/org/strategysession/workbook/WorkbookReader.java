package org.strategysession.workbook;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.strategysession.model.PlanDocument;
import org.strategysession.workbook.Layout.Block;
import org.strategysession.workbook.SheetGrid.Located;
import org.strategysession.workbook.SheetGrid.Text;
import org.strategysession.workbook.WorkbookProblem.Severity;

/**
 * Reads a workbook into a document, collecting every problem instead of stopping at the
 * first: recognises each sheet, lets the sheet's class read its blocks, then checks what
 * spans sheets and puts the document together. One instance per read.
 *
 * <p>Sheets are recognised by the title in their first column (A1 as written), not by their
 * name, so a renamed tab still reads (with a warning); blocks by their title rows; columns by
 * their header text in either language, so columns may be moved or left out.
 */
final class WorkbookReader {
  private final ReadContext context = ReadContext.create();
  private final Problems problems = context.problems();
  private final ValueReader values = context.values();
  private final Map<SheetKind, SheetGrid> fixedSheets = new EnumMap<>(SheetKind.class);
  private final DocumentParts parts = new DocumentParts();

  private WorkbookReader() {}

  /** Problems only: for a file that is not a workbook at all. */
  static WorkbookImport unreadable(String message) {
    Problems p = new Problems();
    p.file(message);
    return new WorkbookImport(null, p.sorted());
  }

  static WorkbookImport read(Workbook workbook) {
    return new WorkbookReader().readAll(workbook);
  }

  private WorkbookImport readAll(Workbook workbook) {
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      Sheet sheet = workbook.getSheetAt(i);
      try {
        readSheet(sheet, i);
      } catch (RuntimeException e) {
        // A sheet the reader cannot walk is one located problem; the other sheets still count.
        // POI's message names its own classes, which mean nothing to the person who filled it.
        problems.sheet(Severity.ERROR, i, sheet.getSheetName(),
            "the sheet cannot be read: it is damaged");
      }
    }
    if (!parts.sessionRead) {
      problems.file(
          "the workbook has no Session sheet (a sheet starting with the title \"Session\" or"
              + " \"Сессия\" in A1), which holds the company and the planning year");
    }
    PlanSheet.checkNames(parts, values);
    if (parts.sessionRead) {
      context.references().check(parts.people, parts.departments, values);
    }
    PlanDocument document = null;
    if (!problems.hasErrors()) {
      try {
        document = parts.document();
      } catch (RuntimeException e) {
        problems.file("the workbook does not make a plan document: " + e.getMessage());
      }
    }
    return new WorkbookImport(problems.hasErrors() ? null : document, problems.sorted());
  }

  private void readSheet(Sheet sheet, int index) {
    SheetGrid grid = SheetGrid.read(sheet, index, problems);
    Located title = null;
    SheetKind kind = null;
    for (int r : grid.rowIndexes()) {
      Located a = grid.at(r, 0);
      if (a != null && a.value() instanceof Text text) {
        for (SheetKind k : SheetKind.values()) {
          if (firstTitle(k).matches(text.text())) {
            kind = k;
            title = a;
            break;
          }
        }
      }
      if (kind != null) {
        break;
      }
    }
    if (kind == SheetKind.INSTRUCTIONS) {
      return; // prose for people; nothing in it belongs to the document
    }
    for (CellRangeAddress merged : sheet.getMergedRegions()) {
      problems.range(Severity.ERROR, index, grid.name, merged.getFirstRow(), merged.getFirstColumn(),
          merged.formatAsString(),
          "merged cells are not read as one value: unmerge them and fill each cell");
    }
    if (kind == null) {
      if (!grid.isEmpty()) {
        String known = knownSheetName(grid.name);
        values.error(grid.first(),
            (known != null
                    ? "the " + known + " sheet does not start with its title \"" + known
                        + "\" in column A, so"
                    : "the sheet is not part of the plan workbook (its first title is none of"
                        + " Session, Company goals, Department plan, Agenda, Remarks,"
                        + " Initiatives, Key tasks), so")
                + " " + SheetGrid.notRead(grid.cellCount()));
        grid.placeAll();
      }
      return;
    }
    if (kind != SheetKind.PLAN) {
      if (fixedSheets.containsKey(kind)) {
        values.error(title, "a second " + kind.name.en() + " sheet (the first is \""
            + fixedSheets.get(kind).name + "\"); " + SheetGrid.notRead(grid.cellCount())
            + ": move its rows into the first");
        grid.placeAll();
        return;
      }
      fixedSheets.put(kind, grid);
      if (!kind.name.matches(grid.name)) {
        values.warning(title, "the sheet \"" + grid.name + "\" is read as the " + kind.name.en()
            + " sheet by its title; its usual name is \"" + kind.name.en() + "\" (\""
            + kind.name.ru() + "\")");
      }
    }
    SheetBlocks blocks = SheetBlocks.read(grid, layout(kind), context);
    switch (kind) {
      case SESSION -> SessionSheet.read(blocks, parts);
      case COMPANY_GOALS -> CompanyGoalsSheet.read(blocks, parts);
      case PLAN -> PlanSheet.read(title, blocks, parts);
      case AGENDA -> AgendaSheet.read(blocks, parts);
      case REMARKS -> RemarksSheet.read(blocks, parts);
      case INITIATIVES -> InitiativesSheet.read(blocks, parts);
      case FOLLOW_UP -> FollowUpSheet.read(blocks, parts);
      case INSTRUCTIONS -> { }
    }
    for (Located stray : grid.unplaced()) {
      values.error(stray, "the value " + ValueReader.show(stray)
          + " is outside the tables of the sheet and is not read");
    }
  }

  /** The blocks of a kind of sheet, in their order, which the reader looks for on it. */
  private static List<Block> layout(SheetKind kind) {
    return switch (kind) {
      case INSTRUCTIONS -> List.of();
      case SESSION -> SessionSheet.BLOCKS;
      case COMPANY_GOALS -> CompanyGoalsSheet.BLOCKS;
      case PLAN -> PlanSheet.BLOCKS;
      case AGENDA -> AgendaSheet.BLOCKS;
      case REMARKS -> RemarksSheet.BLOCKS;
      case INITIATIVES -> InitiativesSheet.BLOCKS;
      case FOLLOW_UP -> FollowUpSheet.BLOCKS;
    };
  }

  /** The title in A1 that identifies a kind of sheet. */
  private static Term firstTitle(SheetKind kind) {
    return kind == SheetKind.INSTRUCTIONS ? InstructionsSheet.TITLE : layout(kind).get(0).title();
  }

  /** The usual name of a sheet of a kind that comes once, if the tab has it. */
  private static String knownSheetName(String sheetName) {
    for (SheetKind k : SheetKind.values()) {
      if (k != SheetKind.PLAN && k.name.matches(sheetName)) {
        return k.name.en();
      }
    }
    return null;
  }
}
