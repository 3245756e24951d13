package org.strategysession.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzzing of the JSON reader (Jazzer): any bytes give a document or a {@link
 * PlanDocumentException} with a reason and a JSON Pointer, never another exception, and
 * within {@link #MAX_MILLIS} each.
 *
 * <p>{@code mvn verify} replays the seeds: the sample plans and the bad-input corpus, copied
 * beside the findings of earlier runs in {@code PlanDocumentsFuzzTestInputs} by the build, and
 * every input that once failed. {@code JAZZER_FUZZ=1 mvn -pl strategy-model test
 * -Dtest=PlanDocumentsFuzzTest} fuzzes for the {@code maxDuration} (README, "Reliability").
 */
class PlanDocumentsFuzzTest {
  /** Far above the few milliseconds a plan takes, so that only a runaway input fails. */
  static final long MAX_MILLIS = 2_000;

  private static final PlanDocuments STRICT = PlanDocuments.strict();
  private static final PlanDocuments LENIENT = PlanDocuments.lenient();

  @BeforeAll
  static void warmUp() {
    // The first read loads Jackson's classes: not the input's time.
    STRICT.read(TestResources.text("golden/small-plan.json"));
  }

  @FuzzTest(maxDuration = "5m")
  void aDocumentOrARejectionWithAPlace(byte[] input) {
    long start = System.nanoTime();
    readOrReject(() -> STRICT.read(new ByteArrayInputStream(input)));
    readOrReject(() -> LENIENT.read(new String(input, StandardCharsets.UTF_8)));
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(MAX_MILLIS);
  }

  private static void readOrReject(Runnable read) {
    try {
      read.run();
    } catch (PlanDocumentException e) {
      assertThat(e.reason()).isNotBlank();
      assertThat(e.pointer()).matches("(/[^/]*)*");
      assertThat(e.line()).isGreaterThanOrEqualTo(0);
    }
  }
}
