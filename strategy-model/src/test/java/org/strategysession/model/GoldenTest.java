package org.strategysession.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.strategysession.model.testing.SampleDocuments;

/** Sample documents are in the writer's exact format: reading and writing back changes nothing. */
class GoldenTest {

  static Stream<Path> documents() {
    return Stream.concat(
        SampleDocuments.all().stream(), Stream.of(TestResources.path("golden/small-plan.json")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void readsAndWritesBackByteIdentical(Path file) throws IOException {
    byte[] original = Files.readAllBytes(file);

    String written = PlanDocuments.strict().write(PlanDocuments.strict().read(file));

    assertThat(written.getBytes(StandardCharsets.UTF_8)).isEqualTo(original);
  }

  @Test
  void theProjectShipsBothCleanSamples() {
    List<Path> samples = SampleDocuments.all();
    assertThat(samples)
        .extracting(p -> p.getFileName().toString())
        .contains(SampleDocuments.CLEAN_PLAN, SampleDocuments.CLEAN_PLAN_RU);
  }

  @Test
  void theRussianSampleKeepsItsCyrillicAsText() throws IOException {
    String text = Files.readString(SampleDocuments.named(SampleDocuments.CLEAN_PLAN_RU));
    assertThat(text).contains("\"company\": \"ООО «Озёрный хлеб»\"").doesNotContain("\\u04");
  }
}
