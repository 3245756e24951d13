package org.strategysession.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.strategysession.workbook.TestWorkbooks.cell;
import static org.strategysession.workbook.TestWorkbooks.columnOf;
import static org.strategysession.workbook.TestWorkbooks.edited;
import static org.strategysession.workbook.TestWorkbooks.firstBlankRow;
import static org.strategysession.workbook.TestWorkbooks.read;
import static org.strategysession.workbook.TestWorkbooks.ref;
import static org.strategysession.workbook.TestWorkbooks.rowOf;
import static org.strategysession.workbook.TestWorkbooks.written;

import java.util.List;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.Goal;
import org.strategysession.model.Kpi;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.Task;

/**
 * Filled workbooks with the mistakes people make: each gives its located problem, never an
 * exception, and a workbook without errors still gives its document (the negative control
 * beside each defect).
 */
class WorkbookImportTest {
  private static final PlanDocument FULL = SampleDocuments.full();
  private static final byte[] WORKBOOK = written(FULL);

  @Test
  void anUntouchedWorkbookGivesItsDocumentWithoutProblems() {
    WorkbookImport read = read(WORKBOOK);

    assertThat(read.problems()).isEmpty();
    assertThat(read.requireDocument()).isEqualTo(FULL);
  }

  @Test
  void textInANumberColumnIsLocated() {
    int[] at = new int[2];
    byte[] workbook =
        edited(WORKBOOK, wb -> {
          XSSFSheet sales = wb.getSheet("Sales");
          at[0] = rowOf(sales, "sales.revenue");
          at[1] = columnOf(sales, "KPIs", "Target");
          cell(sales, at[0], at[1]).setCellValue("many");
        });

    WorkbookImport read = read(workbook);

    assertThat(read.document()).isEmpty();
    assertThat(read.problems()).extracting(WorkbookProblem::toString)
        .containsExactly("Sales!" + ref(at[0], at[1]) + ": target \"many\" is not a number");
  }

  @Test
  void everyProblemOfTheWorkbookIsReportedAtOnceInReadingOrder() {
    byte[] workbook =
        edited(WORKBOOK, wb -> {
          XSSFSheet sales = wb.getSheet("Sales");
          cell(sales, rowOf(sales, "sales.t2"), columnOf(sales, "Tasks", "Mar")).setCellValue("maybe");
          cell(sales, rowOf(sales, "sales.returns"), columnOf(sales, "KPIs", "Direction")).setCellValue("up");
          cell(sales, "B3").setCellValue("next week");
          XSSFSheet agenda = wb.getSheet("Agenda");
          cell(agenda, "A4").setCellValue(1.5);
          cell(wb.getSheet("Session"), "B3").setCellValue("2O28");
        });

    WorkbookImport read = read(workbook);

    assertThat(read.errors()).extracting(WorkbookProblem::toString)
        .containsExactly(
            "Session!B3: planning year \"2O28\" is not a number",
            "Sales!B3: submitted on \"next week\" is not a date (write it 2026-12-14)",
            "Sales!F24: direction \"up\" is not one of INCREASE, DECREASE, MAINTAIN"
                + " (рост, снижение, удержание)",
            "Sales!I49: mark for Mar \"maybe\" is not a month mark: put x or leave it blank",
            "Agenda!A4: day 1.5 is not a whole number");
    assertThatThrownBy(read::requireDocument)
        .isInstanceOf(WorkbookException.class)
        .hasMessageStartingWith("the workbook has 5 errors:\nSession!B3: planning year")
        .satisfies(e -> assertThat(((WorkbookException) e).problems()).hasSize(5));
  }

  @Test
  void aNumberThatASpreadsheetTurnedIntoADateIsNotTakenAsANumber() {
    byte[] workbook =
        edited(WORKBOOK, wb -> {
          XSSFSheet sales = wb.getSheet("Sales");
          XSSFCellStyle date = wb.createCellStyle();
          date.setDataFormat(wb.createDataFormat().getFormat("dd.mm.yyyy"));
          var target = cell(sales, rowOf(sales, "sales.returns"), columnOf(sales, "KPIs", "Target"));
          target.setCellValue(java.time.LocalDate.of(2028, 5, 1));
          target.setCellStyle(date);
        });

    assertThat(read(workbook).errors()).extracting(WorkbookProblem::message)
        .containsExactly("target 2028-05-01 is a date or time, not a number; format the cell as a number");
  }

  @Test
  void aFormulaErrorIsReportedAndAFormulaValueIsRead() {
    byte[] withError =
        edited(WORKBOOK, wb -> {
          XSSFSheet sales = wb.getSheet("Sales");
          cell(sales, rowOf(sales, "sales.returns"), columnOf(sales, "KPIs", "Baseline"))
              .setCellErrorValue(FormulaError.REF.getCode());
        });
    byte[] withFormula =
        edited(WORKBOOK, wb -> {
          XSSFSheet sales = wb.getSheet("Sales");
          cell(sales, rowOf(sales, "sales.revenue"), columnOf(sales, "KPIs", "Target"))
              .setCellFormula("1000+400.5");
          wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

    assertThat(read(withError).errors()).extracting(WorkbookProblem::message)
        .containsExactly("baseline holds the error #REF!; type the value instead");
    assertThat(read(withFormula).document()).contains(FULL);
  }

  @Test
  void anEmptyRequiredIdIsLocated() {
    int[] kpi = new int[1];
    int[] need = new int[1];
    byte[] workbook =
        edited(WORKBOOK, wb -> {
          XSSFSheet sales = wb.getSheet("Sales");
          kpi[0] = rowOf(sales, "sales.returns");
          cell(sales, kpi[0], 0).setBlank();
          need[0] = rowOf(sales, "sales.t1", rowOf(sales, "Needs from other departments"));
          cell(sales, need[0], 0).setCellValue("  ");
        });

    assertThat(read(workbook).errors()).extracting(WorkbookProblem::toString)
        .containsExactly(
            "Sales!A" + (kpi[0] + 1) + ": ID is empty: every KPI needs one",
            "Sales!A" + (need[0] + 1) + ": task is empty: every need (the task that needs it) needs one");
  }

  @Test
  void anOwnerTypedAsANameIsAWarningWithTheIdToUse() {
    int[] at = new int[2];
    byte[] workbook =
        edited(WORKBOOK, wb -> {
          XSSFSheet sales = wb.getSheet("Sales");
          at[0] = rowOf(sales, "sales.g1");
          at[1] = columnOf(sales, "Goals", "Owner");
          cell(sales, at[0], at[1]).setCellValue("Irina Lebedeva");
        });

    WorkbookImport read = read(workbook);

    assertThat(read.problems()).extracting(WorkbookProblem::toString)
        .containsExactly("Sales!" + ref(at[0], at[1]) + ": owner \"Irina Lebedeva\" is not the ID"
            + " of a person in the People table of the Session sheet; did you mean \"lebedeva\"?");
    assertThat(read.warnings()).hasSize(1);
    Goal g1 = read.requireDocument().goalById().get("sales.g1");
    assertThat(g1.owner()).contains("Irina Lebedeva");
  }

  @Test
  void mergedCellsAreAnError() {
    int[] row = new int[1];
    byte[] workbook =
        edited(WORKBOOK, wb -> {
          XSSFSheet sales = wb.getSheet("Sales");
          row[0] = rowOf(sales, "sales.t1");
          sales.addMergedRegion(new CellRangeAddress(row[0], row[0] + 1, 3, 3));
        });

    WorkbookImport read = read(workbook);

    assertThat(read.errors()).extracting(WorkbookProblem::toString)
        .containsExactly("Sales!D" + (row[0] + 1) + ":D" + (row[0] + 2)
            + ": merged cells are not read as one value: unmerge them and fill each cell");
  }

  @Test
  void anExtraSheetWithValuesIsAnErrorAndAnEmptyOneIsIgnored() {
    byte[] notes =
        edited(WORKBOOK, wb -> {
          XSSFSheet sheet = wb.createSheet("Notes");
          cell(sheet, "A1").setCellValue("Call Oleg about the venue");
          cell(sheet, "C4").setCellValue(42);
        });
    byte[] empty = edited(WORKBOOK, wb -> wb.createSheet("Sheet1"));

    assertThat(read(notes).errors()).extracting(WorkbookProblem::toString)
        .containsExactly("Notes!A1: the sheet is not part of the plan workbook (its first title is"
            + " none of Session, Company goals, Department plan, Agenda, Remarks, Initiatives, Key"
            + " tasks), so its 2 values are not read");
    assertThat(read(empty).problems()).isEmpty();
    assertThat(read(empty).document()).contains(FULL);
  }

  @Test
  void aRenamedSheetIsStillReadWithAWarning() {
    byte[] workbook =
        edited(WORKBOOK, wb -> {
          wb.setSheetName(wb.getSheetIndex("Sales"), "Продажи 2028");
          wb.setSheetName(wb.getSheetIndex("Agenda"), "Day plan");
        });

    WorkbookImport read = read(workbook);

    assertThat(read.problems()).extracting(WorkbookProblem::toString)
        .containsExactly(
            "'Продажи 2028'!A1: the sheet \"Продажи 2028\" holds the plan of department \"sales\";"
                + " name the tab after the department so the two cannot be confused",
            "'Day plan'!A1: the sheet \"Day plan\" is read as the Agenda sheet by its title; its"
                + " usual name is \"Agenda\" (\"Повестка\")");
    assertThat(read.document()).contains(FULL);
  }

  @Test
  void headersAndChoicesInTheOtherLanguageAreRead() {
    byte[] workbook =
        edited(WORKBOOK, wb -> {
          XSSFSheet sales = wb.getSheet("Sales");
          int title = rowOf(sales, "KPIs");
          String[] russian = {"ID", "Название", "Ед. изм.", "Факт года", "План на год", "Направление",
              "Янв", "Фев", "Мар", "Апр", "Май", "Июн", "Июл", "Авг", "Сен", "Окт", "Ноя", "Дек"};
          for (int c = 0; c < russian.length; c++) {
            cell(sales, title + 1, c).setCellValue(russian[c]);
          }
          cell(sales, title, 0).setCellValue("Показатели (KPI)");
          cell(sales, rowOf(sales, "sales.returns"), 5).setCellValue("Снижение");
          cell(wb.getSheet("Session"), "A3").setCellValue("год планирования:");
        });

    WorkbookImport read = read(workbook);

    assertThat(read.problems()).isEmpty();
    assertThat(read.document()).contains(FULL);
  }

  @Test
  void anUnknownColumnAndAValueUnderNoHeaderAreErrors() {
    int[] goals = new int[1];
    int[] kpi = new int[1];
    byte[] workbook =
        edited(WORKBOOK, wb -> {
          XSSFSheet sales = wb.getSheet("Sales");
          goals[0] = rowOf(sales, "Goals") + 1;
          cell(sales, goals[0], 6).setCellValue("Comment");
          cell(sales, goals[0] + 1, 6).setCellValue("ask the board");
          kpi[0] = rowOf(sales, "sales.revenue");
          cell(sales, kpi[0], 20).setCellValue(7);
        });

    assertThat(read(workbook).errors()).extracting(WorkbookProblem::toString)
        .containsExactly(
            "Sales!U" + (kpi[0] + 1) + ": the value 7 is in a column without a header in the \"KPIs\""
                + " table and is not read",
            "Sales!G" + (goals[0] + 1) + ": unknown column \"Comment\" in the \"Goals\" table; its value"
                + " is not read");
  }

  @Test
  void aStrayValueOutsideTheTablesIsAnError() {
    byte[] workbook =
        edited(WORKBOOK, wb -> cell(wb.getSheet("Session"), "F2").setCellValue("bring the projector"));

    assertThat(read(workbook).errors()).extracting(WorkbookProblem::toString)
        .containsExactly("Session!F2: the value \"bring the projector\" is outside the tables of"
            + " the sheet and is not read");
  }

  @Test
  void aNeedOfATaskOfAnotherSheetIsAnError() {
    int[] row = new int[1];
    byte[] workbook =
        edited(WORKBOOK, wb -> {
          XSSFSheet sales = wb.getSheet("Sales");
          row[0] = rowOf(sales, "sales.t1", rowOf(sales, "Needs from other departments"));
          cell(sales, row[0], 0).setCellValue("supply.t1");
        });

    assertThat(read(workbook).errors()).extracting(WorkbookProblem::toString)
        .containsExactly("Sales!A" + (row[0] + 1) + ": task \"supply.t1\" is not a task of this"
            + " sheet; a need belongs to a task of the same department");
  }

  @Test
  void withoutASessionSheetThereIsNoCompanyAndNoDocument() {
    byte[] workbook = edited(WORKBOOK, wb -> wb.removeSheetAt(wb.getSheetIndex("Session")));

    WorkbookImport read = read(workbook);

    assertThat(read.document()).isEmpty();
    assertThat(read.errors()).extracting(WorkbookProblem::toString)
        .containsExactly("the workbook has no Session sheet (a sheet starting with the title"
            + " \"Session\" or \"Сессия\" in A1), which holds the company and the planning year");
  }

  @Test
  void aCopiedSheetIsNotReadTwice() {
    byte[] workbook = edited(WORKBOOK, wb -> wb.cloneSheet(wb.getSheetIndex("Agenda")));

    assertThat(read(workbook).errors()).extracting(WorkbookProblem::toString)
        .singleElement().asString()
        .startsWith("'Agenda (2)'!A1: a second Agenda sheet (the first is \"Agenda\");");
  }

  @Test
  void aCopiedDepartmentSheetIsASecondPlanForTheRules() {
    byte[] workbook = edited(WORKBOOK, wb -> wb.cloneSheet(wb.getSheetIndex("Procurement")));

    WorkbookImport read = read(workbook);

    assertThat(read.problems()).extracting(WorkbookProblem::toString)
        .containsExactly("'Procurement (2)'!A1: a second plan for department \"supply\" (the first"
            + " is on sheet \"Procurement\")");
    assertThat(read.requireDocument().plans()).extracting(DepartmentPlan::department)
        .containsExactly("sales", "supply", "people", "supply");
  }

  @Test
  void aRowTypedIntoATableIsRead() {
    byte[] workbook =
        edited(WORKBOOK, wb -> {
          XSSFSheet people = wb.getSheet("People & Culture");
          int row = firstBlankRow(people, "Tasks");
          cell(people, row, 0).setCellValue("people.t1");
          cell(people, row, 1).setCellValue("Hire an e-commerce manager");
          cell(people, row, 3).setCellValue("fedorov");
          cell(people, row, 7).setCellValue("X");
          cell(people, row, 8).setCellValue("х");
        });

    DepartmentPlan plan = read(workbook).requireDocument().planByDepartment().get("people");

    assertThat(plan.tasks()).containsExactly(
        Task.builder().id("people.t1").title("Hire an e-commerce manager").owner("fedorov")
            .months(List.of(2, 3)).build());
  }

  @Test
  void aColumnLeftOutLeavesItsFieldAbsent() {
    byte[] workbook =
        edited(WORKBOOK, wb -> {
          XSSFSheet sales = wb.getSheet("Sales");
          int unit = columnOf(sales, "KPIs", "Unit");
          int header = rowOf(sales, "KPIs") + 1;
          for (int r = header; r <= header + 3; r++) {
            cell(sales, r, unit).setBlank();
          }
        });

    List<Kpi> kpis = read(workbook).requireDocument().planByDepartment().get("sales").kpis();

    assertThat(kpis).allSatisfy(k -> assertThat(k.unit()).isEmpty());
    assertThat(kpis).extracting(Kpi::target)
        .containsExactlyElementsOf(FULL.plans().get(0).kpis().stream().map(Kpi::target).toList());
  }
}
