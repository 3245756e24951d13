package org.strategysession.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.strategysession.model.PlanDocument;

/**
 * Coverage-guided fuzzing of the tracker export's reader and its import (Jazzer): any bytes
 * give an export that applies to a plan, or a {@link TrackerExportException} with a reason;
 * never another exception, and within {@link #MAX_MILLIS} each.
 *
 * <p>The seeds are the tool's test exports (Jira's, Excel's in a Russian locale, broken ones),
 * the roadmap's own CSV and a few separators and encodings, beside every input that once
 * failed, in {@code TrackerExportFuzzTestInputs}; {@code mvn verify} replays them. README,
 * "Reliability", says how to fuzz.
 */
class TrackerExportFuzzTest {
  /** Far above the milliseconds an export takes, so that only a runaway input fails. */
  static final long MAX_MILLIS = 2_000;

  private static final PlanDocument PLAN = Samples.read(Samples.PROGRESS_RU);

  @BeforeAll
  static void warmUp() {
    TrackerImport.apply(PLAN, TrackerExport.read("Key,Status\nA-1,Done\n"),
        TrackerImport.DEFAULT_DONE_STATUSES);
  }

  @FuzzTest(maxDuration = "5m")
  void anImportOrALocatedProblem(byte[] input) {
    long start = System.nanoTime();
    try {
      TrackerExport export = TrackerExport.read(input);
      TrackerImport result = TrackerImport.apply(PLAN, export,
          TrackerImport.DEFAULT_DONE_STATUSES);
      assertThat(result.summary()).startsWith(export.rows().size() + " row");
    } catch (TrackerExportException e) {
      assertThat(e.reason()).isNotBlank();
      assertThat(e.line()).isNotNegative();
    }
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(MAX_MILLIS);
  }
}
