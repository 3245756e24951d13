package org.strategysession.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strategysession.workbook.TestWorkbooks.cell;
import static org.strategysession.workbook.TestWorkbooks.columnOf;
import static org.strategysession.workbook.TestWorkbooks.edited;
import static org.strategysession.workbook.TestWorkbooks.firstBlankRow;
import static org.strategysession.workbook.TestWorkbooks.read;
import static org.strategysession.workbook.TestWorkbooks.ref;
import static org.strategysession.workbook.TestWorkbooks.rowOf;
import static org.strategysession.workbook.TestWorkbooks.written;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.strategysession.model.CompanyGoal;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.FollowUp;
import org.strategysession.model.Goal;
import org.strategysession.model.KeyTaskAssignment;
import org.strategysession.model.Kpi;
import org.strategysession.model.Language;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.PlanDocuments;
import org.strategysession.model.Priority;
import org.strategysession.model.Task;
import org.strategysession.model.TaskStatus;
import org.strategysession.workbook.Layout.Block;
import org.strategysession.workbook.Layout.Column;
import org.strategysession.workbook.Layout.Kind;

/**
 * The year after the session in the workbook (format 1.1): company goals, a goal's serves
 * and priority, the actual values under each KPI's plan, done tasks and the review of the
 * key tasks, written, filled in and read back, with every mistake located.
 */
class YearInActionWorkbookTest {
  private static final PlanDocument FULL = SampleDocuments.full();
  private static final byte[] WORKBOOK = written(FULL);

  /**
   * The format's examples, as the model's tests keep them, and the tool's samples; relative to
   * the module's directory, where the build runs the tests.
   */
  private static final Path SPEC = Path.of("../../strategy-model/src/test/resources/spec");

  private static final Path SAMPLES = Path.of("../samples");

  private static PlanDocument document(Path file) {
    assertThat(file).as("run from the module's directory").exists();
    return PlanDocuments.strict().read(file);
  }

  static Stream<Arguments> specExamples() {
    List<Arguments> out = new ArrayList<>();
    for (String example : List.of("example-session.json", "example-progress.json")) {
      for (Language language : Language.values()) {
        out.add(Arguments.of(example, language));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("specExamples")
  void theFormatsExamplesReadBackEqual(String example, Language language) {
    PlanDocument document = document(SPEC.resolve(example));

    WorkbookImport read = read(written(document, language));

    assertThat(read.problems()).isEmpty();
    assertThat(read.document()).contains(document);
  }

  @Test
  void theProgressExampleUsesEveryPartOfFormatOnePointOne() {
    PlanDocument progress = document(SPEC.resolve("example-progress.json"));

    assertThat(progress.companyGoals()).isNotEmpty();
    assertThat(progress.plans()).flatExtracting(DepartmentPlan::kpis)
        .anySatisfy(k -> assertThat(k.actual()).isNotEmpty());
    assertThat(progress.plans()).flatExtracting(DepartmentPlan::goals)
        .anySatisfy(g -> assertThat(g.priority()).isPresent())
        .anySatisfy(g -> assertThat(g.serves()).isNotEmpty());
    assertThat(progress.plans()).flatExtracting(DepartmentPlan::tasks)
        .anySatisfy(t -> assertThat(t.doneIn()).isPresent());
    assertThat(progress.followUp().orElseThrow().keyTasks())
        .anySatisfy(k -> assertThat(k.done()).isNotEmpty())
        .anySatisfy(k -> assertThat(k.done()).isEmpty());
  }

  @Test
  void theRussianProgressSampleReadsBackEqualButForItsSchema() {
    PlanDocument sample = document(SAMPLES.resolve("progress-plan-ru.json"));

    WorkbookImport read = read(written(sample, Language.RU));

    assertThat(sample.schema()).isPresent();
    assertThat(read.problems()).isEmpty();
    assertThat(read.document())
        .contains(PlanDocument.builder().from(sample).schema(Optional.empty()).build());
  }

  /** A Russian template, filled the way a head fills it at the monthly review. */
  @Test
  void aFilledTemplateCarriesActualsDoneMarksAndPriorities() {
    PlanDocument template = WorkbookTemplate.document("Vektor Stroy LLC", 2027,
        WorkbookTemplate.parseDepartments("sales:SALES,hr:HR"));
    int[] actualRow = new int[1];
    byte[] filled =
        edited(written(template, Language.RU), wb -> {
          XSSFSheet goals = wb.getSheet("Цели компании");
          int cg = firstBlankRow(goals, "Цели компании");
          cell(goals, cg, 0).setCellValue("cg1");
          cell(goals, cg, 1).setCellValue("Выручка 480 млн");
          cell(goals, cg, columnOf(goals, "Цели компании", "Показатели"))
              .setCellValue("sales.revenue");

          XSSFSheet sales = wb.getSheet("sales");
          int kpi = firstBlankRow(sales, "Показатели (KPI)");
          actualRow[0] = kpi + 1;
          cell(sales, kpi, 0).setCellValue("sales.revenue");
          cell(sales, kpi, 1).setCellValue("Выручка");
          for (int m = 1; m <= 3; m++) {
            int month = columnOf(sales, "Показатели (KPI)", Language.RU.shortMonth(m));
            cell(sales, kpi, month).setCellValue(m * 40);
            cell(sales, actualRow[0], month).setCellValue(m == 2 ? "71,5" : String.valueOf(m * 38));
          }
          int goal = firstBlankRow(sales, "Цели");
          cell(sales, goal, 0).setCellValue("sales.g1");
          cell(sales, goal, columnOf(sales, "Цели", "Цели компании")).setCellValue("cg1");
          cell(sales, goal, columnOf(sales, "Цели", "Приоритет")).setCellValue("Высокий");
          int task = firstBlankRow(sales, "Задачи");
          cell(sales, task, 0).setCellValue("sales.t1");
          cell(sales, task, columnOf(sales, "Задачи", "Статус")).setCellValue("выполнена");
          cell(sales, task, columnOf(sales, "Задачи", "Месяц выполнения")).setCellValue(2);
          cell(sales, task + 1, 0).setCellValue("sales.t2");

          XSSFSheet followUp = wb.getSheet("После сессии");
          int key = firstBlankRow(followUp, "Ключевые задачи");
          int done = columnOf(followUp, "Ключевые задачи", "Выполнено");
          for (int i = 0; i < 2; i++) {
            cell(followUp, key + i, 0).setCellValue("petrov");
            cell(followUp, key + i, 1).setCellValue(2);
            cell(followUp, key + i, 2).setCellValue("sales.t" + (i + 1));
          }
          cell(followUp, key, done).setCellValue("х");
        });

    WorkbookImport read = read(filled);

    assertThat(read.errors()).isEmpty();
    assertThat(cellText(filled, "sales", actualRow[0], 1)).isEqualTo("Факт");
    PlanDocument document = read.requireDocument();
    assertThat(document.companyGoals()).containsExactly(CompanyGoal.builder().id("cg1")
        .title("Выручка 480 млн").kpis(List.of("sales.revenue")).build());
    DepartmentPlan sales = document.planByDepartment().get("sales");
    Kpi revenue = sales.kpis().get(0);
    assertThat(revenue.monthly()).isEqualTo(
        Map.of(1, new BigDecimal("40"), 2, new BigDecimal("80"), 3, new BigDecimal("120")));
    assertThat(revenue.actual()).isEqualTo(
        Map.of(1, new BigDecimal("38"), 2, new BigDecimal("71.5"), 3, new BigDecimal("114")));
    assertThat(sales.goals()).containsExactly(Goal.builder().id("sales.g1")
        .serves(List.of("cg1")).priority(Priority.HIGH).build());
    assertThat(sales.tasks()).containsExactly(
        Task.builder().id("sales.t1").status(TaskStatus.DONE).doneIn(2).build(),
        Task.builder().id("sales.t2").build());
    assertThat(document.followUp().orElseThrow().keyTasks()).containsExactly(
        KeyTaskAssignment.builder().person("petrov").month(2)
            .tasks(List.of("sales.t1", "sales.t2")).done(List.of("sales.t1")).build());
  }

  private static String cellText(byte[] workbook, String sheet, int row, int column) {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      return wb.getSheet(sheet).getRow(row).getCell(column).getStringCellValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The row of the Actual values under the row of a KPI of the Sales sheet. */
  private static int actualRowOf(Sheet sales, String kpi) {
    return rowOf(sales, kpi) + 1;
  }

  @Test
  void aKpisActualRowIsUnderItsPlanRowWithTheSameMonths() {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(WORKBOOK))) {
      XSSFSheet sales = wb.getSheet("Sales");
      int actual = actualRowOf(sales, "sales.revenue");
      int feb = columnOf(sales, "KPIs", "Feb");
      assertThat(sales.getRow(actual).getCell(0).getStringCellValue()).isEmpty();
      assertThat(sales.getRow(actual).getCell(1).getStringCellValue()).isEqualTo("Actual");
      assertThat(sales.getRow(actual).getCell(feb).getNumericCellValue()).isEqualTo(215);
      // Shaded apart from the plan row above it.
      assertThat(sales.getRow(actual).getCell(feb).getCellStyle().getFillPattern())
          .isNotEqualTo(sales.getRow(actual - 1).getCell(feb).getCellStyle().getFillPattern());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aBadActualIsLocated() {
    int[] at = new int[2];
    byte[] workbook =
        edited(WORKBOOK, wb -> {
          XSSFSheet sales = wb.getSheet("Sales");
          at[0] = actualRowOf(sales, "sales.revenue");
          at[1] = columnOf(sales, "KPIs", "Mar");
          cell(sales, at[0], at[1]).setCellValue("many");
        });

    WorkbookImport read = read(workbook);

    assertThat(read.document()).isEmpty();
    assertThat(read.problems()).extracting(WorkbookProblem::toString)
        .containsExactly("Sales!" + ref(at[0], at[1]) + ": actual for Mar \"many\" is not a number");
  }

  @Test
  void anActualRowAwayFromItsKpiOrWithOtherValuesIsLocated() {
    int[] at = new int[4];
    byte[] workbook =
        edited(WORKBOOK, wb -> {
          XSSFSheet sales = wb.getSheet("Sales");
          int mar = columnOf(sales, "KPIs", "Mar");
          // The Actual row of the first blank KPI row, after the last KPI's two rows: its KPI
          // row is left blank.
          at[0] = rowOf(sales, "sales.precise") + 3;
          cell(sales, at[0], mar).setCellValue(12);
          // A second Actual row under the revenue's.
          XSSFSheet supply = wb.getSheet("Procurement");
          at[1] = actualRowOf(supply, "supply.leadTime") + 1;
          supply.shiftRows(at[1], supply.getLastRowNum(), 1);
          cell(supply, at[1], 1).setCellValue("факт");
          cell(supply, at[1], mar).setCellValue(19);
          // A unit in an Actual row.
          at[2] = actualRowOf(sales, "sales.returns");
          at[3] = columnOf(sales, "KPIs", "Unit");
          cell(sales, at[2], at[3]).setCellValue("%");
        });

    WorkbookImport read = read(workbook);

    assertThat(read.errors()).extracting(WorkbookProblem::toString)
        .containsExactly(
            "Sales!" + ref(at[2], at[3]) + ": the value \"%\" is not read: an \"Actual\" row"
                + " holds the values reached, in the month columns only",
            "Sales!B" + (at[0] + 1) + ": an \"Actual\" row belongs right under the row of its"
                + " KPI, and there is none right above it; its values are not read",
            "Procurement!B" + (at[1] + 1) + ": a second \"Actual\" row for KPI"
                + " \"supply.leadTime\"; its values are not read: a KPI has one Actual row,"
                + " right under its own");
  }

  @Test
  void anUntouchedActualRowUnderABlankKpiRowIsNoProblem() {
    assertThat(read(WORKBOOK).problems()).isEmpty();
    assertThat(read(WORKBOOK).document()).contains(FULL);
  }

  @Test
  void aBadPriorityAndABadDoneInAreLocated() {
    int[] goal = new int[2];
    int[] task = new int[2];
    byte[] workbook =
        edited(WORKBOOK, wb -> {
          XSSFSheet sales = wb.getSheet("Sales");
          goal[0] = rowOf(sales, "sales.g1");
          goal[1] = columnOf(sales, "Goals", "Priority");
          cell(sales, goal[0], goal[1]).setCellValue("urgent");
          task[0] = rowOf(sales, "sales.t1");
          task[1] = columnOf(sales, "Tasks", "Done in");
          cell(sales, task[0], task[1]).setCellValue(13);
        });

    WorkbookImport read = read(workbook);

    assertThat(read.document()).isEmpty();
    assertThat(read.problems()).extracting(WorkbookProblem::toString)
        .containsExactly(
            "Sales!" + ref(goal[0], goal[1]) + ": priority \"urgent\" is not one of HIGH, NORMAL,"
                + " LOW (высокий, обычный, низкий)",
            "Sales!" + ref(task[0], task[1]) + ": done in 13 is out of range 1–12");
  }

  @Test
  void aBadDoneMarkAndADoneMarkWithoutATaskAreLocated() {
    int[] bad = new int[2];
    int[] lone = new int[1];
    byte[] workbook =
        edited(WORKBOOK, wb -> {
          XSSFSheet followUp = wb.getSheet("Follow-up");
          bad[1] = columnOf(followUp, "Key tasks", "Done");
          bad[0] = rowOf(followUp, "Key tasks") + 3;
          cell(followUp, bad[0], bad[1]).setCellValue("maybe");
          lone[0] = firstBlankRow(followUp, "Key tasks");
          cell(followUp, lone[0], 0).setCellValue("nikitina");
          cell(followUp, lone[0], bad[1]).setCellValue("x");
        });

    WorkbookImport read = read(workbook);

    assertThat(read.document()).isEmpty();
    assertThat(read.problems()).extracting(WorkbookProblem::toString)
        .containsExactly(
            "'Follow-up'!" + ref(bad[0], bad[1]) + ": done \"maybe\" is not a mark: put x if it"
                + " was achieved, or leave it blank",
            "'Follow-up'!" + ref(lone[0], bad[1]) + ": done is marked, but the row names no task:"
                + " write the key task's ID in Tasks");
  }

  @Test
  void keyTasksAreARowEachWithTheirDoneMark() {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(WORKBOOK))) {
      XSSFSheet followUp = wb.getSheet("Follow-up");
      int first = rowOf(followUp, "Key tasks") + 2;
      List<String> rows = new ArrayList<>();
      DataFormatter shown = new DataFormatter();
      for (int r = first; r < first + 4; r++) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
          cells.add(shown.formatCellValue(followUp.getRow(r).getCell(c)));
        }
        rows.add(String.join("|", cells));
      }
      assertThat(rows).containsExactly(
          "lebedeva|1|sales.t1|x", "lebedeva|2|sales.t1|", "lebedeva|2|sales.t2|x",
          "nikitina|2|supply.t1|");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void severalTasksInOneKeyTaskRowShareItsMark() {
    byte[] workbook =
        edited(WORKBOOK, wb -> {
          XSSFSheet followUp = wb.getSheet("Follow-up");
          int row = firstBlankRow(followUp, "Key tasks");
          cell(followUp, row, 0).setCellValue("fedorov");
          cell(followUp, row, 1).setCellValue(3);
          cell(followUp, row, 2).setCellValue("people.t1, people.t2");
          cell(followUp, row, 3).setCellValue("X");
        });

    List<KeyTaskAssignment> keyTasks = read(workbook).requireDocument().followUp().orElseThrow()
        .keyTasks();

    assertThat(keyTasks).hasSize(FULL.followUp().orElseThrow().keyTasks().size() + 1);
    assertThat(keyTasks.get(keyTasks.size() - 1)).isEqualTo(KeyTaskAssignment.builder()
        .person("fedorov").month(3).tasks(List.of("people.t1", "people.t2"))
        .done(List.of("people.t1", "people.t2")).build());
  }

  @Test
  void aDoneTaskThatIsNoneOfTheEntrysTasksReadsBackAsAKeyTaskToo() {
    KeyTaskAssignment unlisted = KeyTaskAssignment.builder().person("lebedeva").month(5)
        .tasks(List.of("sales.t2")).done(List.of("sales.t1")).build();
    PlanDocument document = PlanDocument.builder().from(FULL)
        .followUp(FollowUp.builder().keyTasks(List.of(unlisted)).build()).build();

    WorkbookImport read = read(written(document));

    assertThat(read.requireDocument().followUp().orElseThrow().keyTasks()).containsExactly(
        KeyTaskAssignment.builder().from(unlisted).tasks(List.of("sales.t2", "sales.t1")).build());
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everySheetPrintsOnLandscapePagesOnePageWideWithItsHeaderOnEachPage(Language language) {
    try (XSSFWorkbook wb = new XSSFWorkbook(
        new ByteArrayInputStream(written(FULL, language)))) {
      assertThat(wb.sheetIterator()).toIterable().allSatisfy(sheet -> {
        assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
        assertThat(sheet.getPrintSetup().getFitWidth()).as(sheet.getSheetName()).isEqualTo((short) 1);
      });
      Sheet followUp = wb.getSheetAt(wb.getNumberOfSheets() - 1);
      assertThat(followUp.getRepeatingRows()).hasToString(
          new org.apache.poi.ss.util.CellRangeAddress(0, 1, -1, -1).toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theCompanyGoalsSheetComesBeforeTheDepartmentsSheets() {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(WORKBOOK))) {
      List<String> names = new ArrayList<>();
      wb.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
      assertThat(names).containsExactly("Instructions", "Session", "Company goals", "Sales",
          "Procurement", "People & Culture", "Agenda", "Remarks", "Initiatives", "Follow-up");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every choice of every column can be written and read in both languages. */
  @Test
  void everyChoiceHasALabelInEachLanguage() {
    List<Block> blocks = new ArrayList<>();
    blocks.addAll(SessionSheet.BLOCKS);
    blocks.addAll(CompanyGoalsSheet.BLOCKS);
    blocks.addAll(PlanSheet.BLOCKS);
    blocks.addAll(AgendaSheet.BLOCKS);
    blocks.addAll(RemarksSheet.BLOCKS);
    blocks.addAll(InitiativesSheet.BLOCKS);
    blocks.addAll(FollowUpSheet.BLOCKS);
    List<Column> choices = blocks.stream().flatMap(b -> b.columns().stream())
        .filter(c -> c.kind() == Kind.CHOICE).toList();

    assertThat(choices).extracting(Column::key).contains("priority", "status");
    for (Column column : choices) {
      for (Enum<?> value : column.choices().getEnumConstants()) {
        for (Language language : Language.values()) {
          String label = Vocabulary.label(value, language);
          assertThat(label).as(value + " in " + language).isNotBlank();
          Optional<Object> parsed = Vocabulary.parse(column.choices(), label).map(e -> e);
          assertThat(parsed).as(label).contains(value);
        }
      }
    }
  }

  @Test
  void aDoneTaskAndAPriorityAreWrittenInRussianWords() {
    byte[] russian = written(FULL, Language.RU);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(russian))) {
      XSSFSheet sales = wb.getSheet("Sales");
      assertThat(sales.getRow(rowOf(sales, "sales.t1")).getCell(
          columnOf(sales, "Задачи", "Статус")).getStringCellValue()).isEqualTo("выполнена");
      assertThat(sales.getRow(rowOf(sales, "sales.g2")).getCell(
          columnOf(sales, "Цели", "Приоритет")).getStringCellValue()).isEqualTo("низкий");
      assertThat(sales.getRow(rowOf(sales, "sales.revenue") + 1).getCell(1).getStringCellValue())
          .isEqualTo("Факт");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(read(russian).document()).contains(FULL);
  }
}
