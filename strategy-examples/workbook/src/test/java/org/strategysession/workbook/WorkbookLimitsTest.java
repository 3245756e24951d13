package org.strategysession.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.strategysession.model.Language;
import org.strategysession.model.PlanDocument;

/**
 * The limits of {@link WorkbookLimits}, checked on the zip package before POI builds a sheet:
 * a file over one is one problem, located where it can be, quickly and in a small heap; and
 * no problem of a hostile file shows POI's or Java's own text.
 */
class WorkbookLimitsTest {
  /** Words of POI's and Java's messages that must never reach the person importing a file. */
  static final List<String> FOREIGN_WORDS = List.of("POI", "poi", "bugzilla", "IOUtils",
      "ZipSecureFile", "Exception", "java.", "org.apache", "openxml4j", "xmlbeans", "Error");

  private static final WorkbookLimits SMALL = WorkbookLimits.builder().maxSheets(3)
      .maxRowsPerSheet(100).maxCellsPerSheet(300).maxCells(500).maxSharedStrings(10)
      .maxPartBytes(200_000).maxUnpackedBytes(300_000).build();

  private static WorkbookImport read(byte[] file, WorkbookLimits limits) {
    return PlanWorkbooks.english().withLimits(limits).read(new ByteArrayInputStream(file));
  }

  static void assertNoForeignText(WorkbookImport read) {
    for (WorkbookProblem p : read.problems()) {
      assertThat(p.toString()).as("a problem in the user's words").doesNotContain(FOREIGN_WORDS);
    }
  }

  @Test
  void aSheetOf300000RowsIsOneProblemOfThatSheetWithinASecond() {
    byte[] file = HostileWorkbooks.create().rows("Sales", 300_000, 2).bytes();
    read(TestWorkbooks.written(SampleDocuments.full()), WorkbookLimits.defaults()); // warm up

    long start = System.nanoTime();
    WorkbookImport read = read(file, WorkbookLimits.defaults());
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertThat(read.document()).isEmpty();
    assertThat(read.problems()).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo("Sales");
      assertThat(p.message()).matches(
          "more than 5,000 rows; a sheet of the plan workbook holds at most 5,000");
    });
    // A second, on a loaded machine; it takes a tenth of that.
    assertThat(millis).isLessThan(2_000);
  }

  @Test
  void theSameWorkbookIsRefusedInAHeapOf256Megabytes() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp",
        System.getProperty("java.class.path"), HugeWorkbookRead.class.getName(), "300000", "2")
        .redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();

    assertThat(child.exitValue()).as(output).isZero();
    assertThat(output).doesNotContain("OutOfMemoryError")
        .contains("problems=1\n")
        .contains("first=Sales: more than 5,000 rows; a sheet of the plan workbook"
            + " holds at most 5,000");
  }

  @Test
  void rowsAreCountedUpToTheLimitAndAWorkbookAtTheLimitReads() {
    WorkbookImport over = read(HostileWorkbooks.create().rows("Sales", 5_000, 1).bytes(),
        WorkbookLimits.defaults());
    WorkbookImport at = read(HostileWorkbooks.create().rows("Sales", 4_999, 1).bytes(),
        WorkbookLimits.defaults());

    assertThat(over.problems()).extracting(WorkbookProblem::toString).containsExactly(
        "Sales: more than 5,000 rows; a sheet of the plan workbook holds at most 5,000");
    // 5,000 rows with the title: past the limits, the reader's own problems of the sheet
    assertThat(at.problems()).extracting(WorkbookProblem::message)
        .noneMatch(m -> m.contains("at most"));
  }

  static Stream<Arguments> overALimit() {
    StringBuilder strings = new StringBuilder("<sst xmlns=\"" + HostileWorkbooks.MAIN + "\">");
    for (int i = 0; i < 11; i++) {
      strings.append("<si><t>text ").append(i).append("</t></si>");
    }
    strings.append("</sst>");
    return Stream.of(
        Arguments.of("rows of a sheet",
            HostileWorkbooks.create().rows("Plan", 10, 1).rows("Sales", 150, 1).bytes(),
            "Sales: more than 100 rows; a sheet of the plan workbook holds at most 100"),
        Arguments.of("cells of a sheet",
            HostileWorkbooks.create().rows("Sales", 40, 8).bytes(),
            "Sales: more than 300 cells; a sheet of the plan workbook holds at most 300"),
        Arguments.of("cells of the workbook",
            HostileWorkbooks.create().rows("A", 90, 3).rows("B", 90, 3).bytes(),
            "the workbook has 542 cells; a plan workbook has at most 500"),
        Arguments.of("sheets",
            HostileWorkbooks.create().rows("A", 1, 1).rows("B", 1, 1).rows("C", 1, 1)
                .rows("D", 1, 1).bytes(),
            "the workbook has 4 sheets; a plan workbook has at most 3"),
        Arguments.of("shared texts",
            HostileWorkbooks.create().rows("A", 1, 1).part("xl/sharedStrings.xml",
                strings.toString()).bytes(),
            "the workbook holds 11 shared texts; a plan workbook holds at most 10"),
        Arguments.of("bytes of a sheet",
            HostileWorkbooks.create().sheet("Sales", out -> out.write(
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + letters(250_000)
                    + "</t></is></c></row>")).bytes(),
            "Sales: the sheet unpacks to more than 200,000 bytes; a sheet of the plan workbook"
                + " is far smaller"),
        Arguments.of("bytes of another part",
            HostileWorkbooks.create().rows("Sales", 1, 1)
                .part("xl/styles.xml", noise(250_000)).bytes(),
            "the file unpacks to more than 200,000 bytes in one part (xl/styles.xml); the parts"
                + " of a plan workbook are far smaller"),
        Arguments.of("bytes of the whole file",
            HostileWorkbooks.create().rows("Sales", 1, 1).part("xl/media/a.png", noise(150_000))
                .part("xl/media/b.png", noise(150_000)).bytes(),
            "the file unpacks to more than 300,000 bytes; a plan workbook unpacks to far less"),
        Arguments.of("rows, with the workbook part last in the zip",
            HostileWorkbooks.create().rows("Sales", 150, 1).workbookLast().bytes(),
            "Sales: more than 100 rows; a sheet of the plan workbook holds at most 100"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overALimit")
  void aFileOverALimitIsOneProblem(String limit, byte[] file, String problem) {
    WorkbookImport read = read(file, SMALL);

    assertThat(read.document()).isEmpty();
    assertThat(read.problems()).extracting(WorkbookProblem::toString).containsExactly(problem);
  }

  @Test
  void aSheetOverTheBytesLimitBeforeItsWorkbookIsNamedIsAProblemOfTheFile() {
    byte[] file = HostileWorkbooks.create().sheet("Sales", out -> out.write(
        "<row r=\"1\"><c r=\"A1\"><v>" + letters(250_000) + "</v></c></row>"))
        .workbookLast().bytes();

    assertThat(read(file, SMALL).problems()).extracting(WorkbookProblem::toString)
        .containsExactly("the file unpacks to more than 200,000 bytes in one part"
            + " (xl/worksheets/sheet1.xml); the parts of a plan workbook are far smaller");
  }

  @Test
  void anOldExcelWorkbookIsHeldToTheSameLimitsOnceRead() throws IOException {
    try (HSSFWorkbook xls = new HSSFWorkbook()) {
      Sheet sheet = xls.createSheet("Sales");
      for (int r = 0; r < 101; r++) {
        sheet.createRow(r).createCell(0).setCellValue("x");
      }

      assertThat(read(TestWorkbooks.bytes(xls), SMALL).problems())
          .extracting(WorkbookProblem::toString)
          .containsExactly("Sales: 101 rows; a sheet of the plan workbook holds at most 100");
    }
  }

  /** Files built to hurt a reader: each is refused with one problem in the user's words. */
  static Stream<Arguments> hostile() throws IOException {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        + "<sst xmlns=\"" + HostileWorkbooks.MAIN + "\"><si><t>&xxe;</t></si></sst>";
    StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY l0 \"ha\">");
    for (int i = 1; i < 10; i++) {
      laughs.append("<!ENTITY l").append(i).append(" \"")
          .append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    laughs.append("]><sst xmlns=\"" + HostileWorkbooks.MAIN + "\"><si><t>&l9;</t></si></sst>");
    byte[] ours = TestWorkbooks.written(SampleDocuments.full());
    return Stream.of(
        Arguments.of("an external entity (XXE)", HostileWorkbooks.create().rows("Sales", 1, 1)
            .part("xl/sharedStrings.xml", xxe).bytes()),
        Arguments.of("a billion laughs", HostileWorkbooks.create().rows("Sales", 1, 1)
            .part("xl/sharedStrings.xml", laughs.toString()).bytes()),
        Arguments.of("a zip bomb (a part that unpacks to 5,000 times its size)",
            HostileWorkbooks.create().rows("Sales", 1, 1)
                .part("xl/styles.xml", new byte[5_000_000]).bytes()),
        Arguments.of("a zip bomb over the size limits",
            HostileWorkbooks.create().rows("Sales", 1, 1)
                .part("xl/styles.xml", new byte[40_000_000]).bytes()),
        Arguments.of("a zip whose entry is cut off", Arrays.copyOf(ours, ours.length - 2000)),
        Arguments.of("two entries of one name", duplicated(ours)),
        Arguments.of("a sheet that is not XML", HostileWorkbooks.create()
            .sheet("Sales", out -> out.write("</sheetData><\u0001")).bytes()),
        Arguments.of("XML nested 100,000 deep", HostileWorkbooks.create().sheet("Sales",
            out -> out.write("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><x>"
                + "<y>".repeat(100_000) + "</y>".repeat(100_000) + "</x>")).bytes()));
  }

  /** Bytes that do not compress, as in a picture. */
  static byte[] noise(int length) {
    byte[] bytes = new byte[length];
    new java.util.Random(length).nextBytes(bytes);
    return bytes;
  }

  /** Letters that compress no better than a person's texts. */
  static String letters(int length) {
    java.util.Random random = new java.util.Random(length);
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append((char) ('a' + random.nextInt(26)));
    }
    return out.toString();
  }

  /** The package with its first entry written a second time at the end. */
  private static byte[] duplicated(byte[] xlsx) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> names = new ArrayList<>();
    try (java.util.zip.ZipInputStream in =
            new java.util.zip.ZipInputStream(new ByteArrayInputStream(xlsx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      byte[] first = null;
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        names.add(e.getName());
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(content);
        zip.closeEntry();
        if (first == null && e.getName().startsWith("xl/worksheets/")) {
          first = content;
          // java.util.zip refuses to write a name twice: a close variant that POI takes as
          // the same part, since part names ignore case.
          zip.putNextEntry(new ZipEntry(e.getName().toUpperCase(java.util.Locale.ROOT)));
          zip.write(content);
          zip.closeEntry();
        }
      }
    }
    return out.toByteArray();
  }

  @Test
  void aPartCompressedByAMethodNoSpreadsheetProgramUsesIsRefusedUnpacked() {
    // Found by PlanWorkbooksFuzzTest (crash-6ee56cf2…): method 93, zstd, made the zip library
    // look for a decoder that is not on the class path and throw NoClassDefFoundError.
    byte[] file = TestWorkbooks.written(SampleDocuments.full());
    byte[] zstd = withMethodOfFirstEntry(file, 93);
    byte[] bzip2 = withMethodOfFirstEntry(file, 12);

    for (byte[] bad : List.of(zstd, bzip2)) {
      WorkbookImport read = read(bad, WorkbookLimits.defaults());
      assertThat(read.problems()).extracting(WorkbookProblem::toString).singleElement()
          .asString().startsWith("the file is not a readable Excel workbook (.xlsx): its part ")
          .endsWith(" is compressed in a way no spreadsheet program uses");
    }
    // negative control: the same file with its own method reads
    assertThat(read(withMethodOfFirstEntry(file, 8), WorkbookLimits.defaults()).document())
        .isPresent();
  }

  @Test
  void aLaterPartCompressedWithZstdIsRefusedToo() throws IOException {
    // The fuzzer's own input: the zip library met zstd (method 93) in a later entry's header
    // and opened a decoder that is not on the class path before any check could see it.
    byte[] crash;
    try (var in = WorkbookLimitsTest.class.getResourceAsStream("PlanWorkbooksFuzzTestInputs"
        + "/aDocumentOrProblemsInTheUsersWords/crash-6ee56cf2c3481b62ede8630a61742d0afe008dd4")) {
      crash = in.readAllBytes();
    }

    assertThat(read(crash, WorkbookLimits.defaults()).problems())
        .extracting(WorkbookProblem::toString)
        .containsExactly("the file is not a readable Excel workbook (.xlsx): a part of it is"
            + " compressed in a way no spreadsheet program uses");
  }

  /** The file with the method of its first entry's local header set to {@code method}. */
  private static byte[] withMethodOfFirstEntry(byte[] zip, int method) {
    byte[] copy = zip.clone();
    // a local file header: signature PK\3\4, version (2 bytes), flags (2), then the method (2)
    assertThat(copy[0] == 'P' && copy[1] == 'K' && copy[2] == 3 && copy[3] == 4).isTrue();
    copy[8] = (byte) method;
    copy[9] = (byte) (method >> 8);
    return copy;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void aHostileFileIsRefusedInTheUsersWords(String what, byte[] file) {
    WorkbookImport read = read(file, WorkbookLimits.defaults());

    assertThat(read.document()).isEmpty();
    assertThat(read.problems()).isNotEmpty();
    assertNoForeignText(read);
  }

  @Test
  void theSamplesAndTheTemplateReadWithLimitsATenthOfTheDefaults() {
    WorkbookLimits d = WorkbookLimits.defaults();
    WorkbookLimits tenth = WorkbookLimits.builder().maxSheets(d.maxSheets() / 5)
        .maxRowsPerSheet(d.maxRowsPerSheet() / 10).maxCellsPerSheet(d.maxCellsPerSheet() / 10)
        .maxCells(d.maxCells() / 10).maxSharedStrings(d.maxSharedStrings() / 10)
        .maxPartBytes(d.maxPartBytes() / 10).maxUnpackedBytes(d.maxUnpackedBytes() / 10).build();
    List<PlanDocument> documents = new ArrayList<>(SampleDocuments.samples());
    documents.add(WorkbookTemplate.document("Vektor", 2027,
        WorkbookTemplate.parseDepartments("sales:SALES,marketing:MARKETING,hr:HR")));
    for (PlanDocument document : documents) {
      for (Language language : Language.values()) {
        WorkbookImport read = read(TestWorkbooks.written(document, language), tenth);
        assertThat(read.errors()).as(document.company()).isEmpty();
      }
    }
  }

  @Test
  void limitsAreSetOnACopyOfTheWorkbooks() {
    WorkbookLimits small = WorkbookLimits.builder().maxRowsPerSheet(10).build();
    PlanWorkbooks russian = PlanWorkbooks.of(Language.RU);

    assertThat(russian.withLimits(small).limits()).isEqualTo(small);
    assertThat(russian.withLimits(small).language()).isEqualTo(Language.RU);
    assertThat(russian.limits()).isEqualTo(WorkbookLimits.defaults());
    assertThat(russian.withLimits(WorkbookLimits.defaults())).isSameAs(russian);
    assertThat(small.toBuilder().build()).isEqualTo(small).hasSameHashCodeAs(small);
    assertThat(small).isNotEqualTo(WorkbookLimits.defaults());
    assertThat(WorkbookLimits.defaults().maxFileBytes()).isEqualTo(PlanWorkbooks.MAX_FILE_BYTES);
  }

  @Test
  void aLimitMustBePositiveAndAFileFitInOneArray() {
    assertThatThrownBy(() -> WorkbookLimits.builder().maxRowsPerSheet(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WorkbookLimits.builder().maxFileBytes(1L << 31).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSampleReadsTheSameUnderTheDefaults() {
    PlanDocument full = SampleDocuments.full();
    assertThat(read(TestWorkbooks.written(full), WorkbookLimits.defaults()).document())
        .contains(full);
  }
}
