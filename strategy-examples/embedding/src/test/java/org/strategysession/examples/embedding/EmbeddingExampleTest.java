package org.strategysession.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.strategysession.examples.embedding.EmbeddingExample.PlanReview;

class EmbeddingExampleTest {
  @Test
  void main_checks_the_samples_and_prints_findings_with_their_arguments() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EmbeddingExample.run(List.of(Path.of("..", "samples", "clean-plan.json"),
        Path.of("..", "samples", "flawed-plan.json"), Path.of("src/test/resources/plans/broken.json")),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("clean-plan.json: errors 0, warnings 0")
        .contains("ERROR UNKNOWN_REFERENCE on finance.t1 (finance): [finance.t1, task, "
            + "production.t9]")
        .containsPattern("flawed-plan.json: errors [1-9]\\d*, warnings \\d+")
        .contains("broken.json: cannot be read: line 12, column 21: expected a number");
  }

  @Test
  void one_checker_serves_many_threads_with_the_same_results_as_one() throws Exception {
    String clean = Files.readString(Path.of("..", "samples", "clean-plan.json"));
    String flawed = Files.readString(Path.of("..", "samples", "flawed-plan.json"));
    EmbeddingExample product = new EmbeddingExample();
    PlanReview alone = product.review("flawed", flawed);
    Map<String, String> documents = new LinkedHashMap<>();
    for (int i = 0; i < 40; i++) {
      documents.put("flawed-" + i, flawed);
      documents.put("clean-" + i, clean);
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<PlanReview> reviews = product.reviewAll(documents, pool);
      assertThat(reviews).hasSize(80);
      for (PlanReview review : reviews) {
        if (review.name().startsWith("flawed")) {
          assertThat(review.findings()).isEqualTo(alone.findings());
          assertThat(review.errors()).isEqualTo(alone.errors()).isPositive();
        } else {
          assertThat(review.findings()).isEmpty();
        }
      }
    } finally {
      pool.shutdown();
    }
  }
}
