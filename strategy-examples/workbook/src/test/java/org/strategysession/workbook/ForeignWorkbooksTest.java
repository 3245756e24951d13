package org.strategysession.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strategysession.workbook.TestWorkbooks.bytes;
import static org.strategysession.workbook.TestWorkbooks.read;
import static org.strategysession.workbook.TestWorkbooks.written;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.strategysession.model.Language;
import org.strategysession.model.PlanDocument;

/**
 * Workbooks that another program saved, and files that are no workbook at all: the first
 * read as well as ours, the second give one problem, never an exception.
 */
class ForeignWorkbooksTest {
  private static final PlanDocument FULL = SampleDocuments.full();

  /**
   * What a program that keeps values but not our styles makes of the workbook (Google Sheets
   * writes its own styles and inline strings): every value as the text it showed, or as a
   * bare number without a number format.
   */
  private static byte[] resaved(byte[] ours, boolean asText) throws IOException {
    DataFormatter shown = new DataFormatter();
    try (XSSFWorkbook source = new XSSFWorkbook(new java.io.ByteArrayInputStream(ours));
        SXSSFWorkbook target = new SXSSFWorkbook()) {
      for (Sheet from : source) {
        Sheet to = target.createSheet(from.getSheetName());
        for (Row row : from) {
          Row copy = to.createRow(row.getRowNum());
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.BLANK) {
              continue;
            }
            Cell c = copy.createCell(cell.getColumnIndex());
            if (asText || cell.getCellType() == CellType.STRING) {
              c.setCellValue(shown.formatCellValue(cell));
            } else {
              c.setCellValue(cell.getNumericCellValue());
            }
          }
        }
      }
      byte[] out = bytes(target);
      return out;
    }
  }

  @Test
  void aWorkbookResavedWithEveryValueAsShownTextReadsTheSame() throws IOException {
    WorkbookImport read = read(resaved(written(FULL), true));

    assertThat(read.problems()).isEmpty();
    assertThat(read.document()).contains(FULL);
  }

  @Test
  void aWorkbookResavedWithoutNumberFormatsReadsTheSame() throws IOException {
    // Dates and times are then bare serial numbers and day fractions.
    WorkbookImport read = read(resaved(written(FULL, Language.RU), false));

    assertThat(read.problems()).isEmpty();
    assertThat(read.document()).contains(FULL);
  }

  static Stream<Arguments> notWorkbooks() throws IOException {
    byte[] random = new byte[5000];
    new Random(7).nextBytes(random);
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      z.putNextEntry(new ZipEntry("notes.txt"));
      z.write("not a workbook".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    byte[] ours = written(FULL);
    return Stream.of(
        Arguments.of("empty", new byte[0], "the file is empty, not a workbook"),
        Arguments.of("text", "company,year\nVektor,2027\n".getBytes(StandardCharsets.UTF_8),
            "the file is not"),
        Arguments.of("random bytes", random, "the file is not"),
        Arguments.of("a zip without a workbook", zip.toByteArray(), "the file is not"),
        Arguments.of("a cut-off workbook", Arrays.copyOf(ours, ours.length / 2), "the file is not"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notWorkbooks")
  void aFileThatIsNoWorkbookIsOneProblem(String what, byte[] content, String message) {
    WorkbookImport read = read(content);

    assertThat(read.document()).isEmpty();
    assertThat(read.problems()).singleElement()
        .satisfies(p -> {
          assertThat(p.isError()).isTrue();
          assertThat(p.location()).isEmpty();
          assertThat(p.message()).startsWith(message);
        });
  }

  @Test
  void anOldExcelWorkbookIsReadLikeAnyOther() throws IOException {
    try (Workbook xls = new HSSFWorkbook()) {
      xls.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("Hello");

      WorkbookImport read = read(bytes(xls));

      assertThat(read.errors()).extracting(WorkbookProblem::toString)
          .containsExactly(
              "the workbook has no Session sheet (a sheet starting with the title \"Session\" or"
                  + " \"Сессия\" in A1), which holds the company and the planning year",
              "Sheet1!A1: the sheet is not part of the plan workbook (its first title is none of"
                  + " Session, Company goals, Department plan, Agenda, Remarks, Initiatives, Key"
                  + " tasks), so its value is not read");
    }
  }

  @Test
  void aMissingFileIsAProblemToo(@TempDir Path dir) {
    WorkbookImport read = PlanWorkbooks.english().read(dir.resolve("plan.xlsx"));

    assertThat(read.problems()).extracting(WorkbookProblem::message)
        .containsExactly("no such file: " + dir.resolve("plan.xlsx"));
  }

  @Test
  void aWrittenFileReadsBack(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plan.xlsx");
    PlanWorkbooks.of(Language.RU).write(FULL, file);

    assertThat(PlanWorkbooks.english().read(file).document()).contains(FULL);
    try (InputStream in = Files.newInputStream(file)) {
      assertThat(in.readNBytes(2)).containsExactly('P', 'K');
    }
  }
}
