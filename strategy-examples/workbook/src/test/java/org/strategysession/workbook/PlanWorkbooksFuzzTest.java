package org.strategysession.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzzing of the workbook reader (Jazzer): any bytes give a document or
 * problems in the user's words, each with its place (a sheet, a cell, or the whole file);
 * never an exception, never a text of POI or Java, and within {@link #MAX_MILLIS} each.
 *
 * <p>The seeds are workbooks the writer wrote (the full sample in English and Russian, a
 * template), a package written by hand, an old {@code .xls} file and hostile files (a zip bomb,
 * an external entity, a cut-off zip), beside every input that once failed, in {@code
 * PlanWorkbooksFuzzTestInputs}; {@code mvn verify} replays them. README, "Reliability", says
 * how to fuzz.
 */
class PlanWorkbooksFuzzTest {
  /** Far above the tenth of a second a workbook takes, so that only a runaway input fails. */
  static final long MAX_MILLIS = 5_000;

  /**
   * Words that only a library's own message holds; fewer than {@link
   * WorkbookLimitsTest#FOREIGN_WORDS}, since a problem may quote a mutated cell's text.
   */
  private static final List<String> FOREIGN_WORDS = List.of("bugzilla", "IOUtils",
      "ZipSecureFile", "Exception", "java.", "org.apache", "openxml4j", "xmlbeans");

  @BeforeAll
  static void warmUp() {
    // The first read loads POI's classes: not the input's time.
    TestWorkbooks.read(TestWorkbooks.written(SampleDocuments.full()));
  }

  @FuzzTest(maxDuration = "5m")
  void aDocumentOrProblemsInTheUsersWords(byte[] input) {
    long start = System.nanoTime();
    WorkbookImport read = PlanWorkbooks.english().read(new ByteArrayInputStream(input));
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    for (WorkbookProblem p : read.problems()) {
      assertThat(p.message()).isNotBlank().doesNotContain(FOREIGN_WORDS);
    }
    assertThat(millis).isLessThan(MAX_MILLIS);
  }
}
