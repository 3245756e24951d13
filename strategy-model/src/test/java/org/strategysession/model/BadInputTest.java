package org.strategysession.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of documents that are not plan documents ({@code src/test/resources/bad}): each
 * is rejected with one {@link PlanDocumentException} at the exact pointer and line listed in
 * {@code bad/index.csv}, whether read from a file or a stream.
 */
class BadInputTest {

  /** One line of {@code bad/index.csv}. */
  record Case(String file, String options, String pointer, int line, String message) {
    PlanDocuments reader() {
      if (options.equals("strict")) {
        return PlanDocuments.strict();
      }
      if (options.equals("lenient")) {
        return PlanDocuments.lenient();
      }
      String[] kv = options.split("=");
      switch (kv[0]) {
        case "maxStringLength":
          return PlanDocuments.strict().withLimits(ReadLimits.builder().maxStringLength(Integer.parseInt(kv[1])).build());
        case "maxDocumentBytes":
          return PlanDocuments.strict().withLimits(ReadLimits.builder().maxDocumentBytes(Long.parseLong(kv[1])).build());
        default:
          throw new IllegalArgumentException("unknown options " + options);
      }
    }

    Path path() {
      return TestResources.path("bad/" + file);
    }

    @Override
    public String toString() {
      return file + " (" + options + ")";
    }
  }

  static List<Case> corpus() throws IOException {
    List<Case> cases = new ArrayList<>();
    for (String row : Files.readAllLines(TestResources.path("bad/index.csv"), StandardCharsets.UTF_8)) {
      if (row.isBlank() || row.startsWith("#") || row.startsWith("file|")) {
        continue;
      }
      String[] c = row.split("\\|", -1);
      cases.add(new Case(c[0], c[1], c[2], Integer.parseInt(c[3]), c[4]));
    }
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void fileIsRejectedAtItsPointerAndLine(Case bad) {
    Throwable thrown = catchThrowable(() -> bad.reader().read(bad.path()));

    assertRejected(thrown, bad);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void streamIsRejectedAtTheSamePlace(Case bad) throws IOException {
    Throwable thrown;
    try (InputStream in = Files.newInputStream(bad.path())) {
      thrown = catchThrowable(() -> bad.reader().read(in));
    }

    assertThat(thrown).isExactlyInstanceOf(PlanDocumentException.class);
    PlanDocumentException e = (PlanDocumentException) thrown;
    assertThat(e.pointer()).isEqualTo(bad.pointer());
    assertThat(e.line()).isEqualTo(bad.line());
  }

  private static void assertRejected(Throwable thrown, Case bad) {
    assertThat(thrown).isExactlyInstanceOf(PlanDocumentException.class);
    PlanDocumentException e = (PlanDocumentException) thrown;
    assertThat(e.pointer()).as("pointer").isEqualTo(bad.pointer());
    assertThat(e.line()).as("line").isEqualTo(bad.line());
    assertThat(e.reason()).as("reason").contains(bad.message());
    // The message alone says what and where.
    assertThat(e.getMessage()).contains(bad.message());
    if (bad.line() > 0) {
      String column = e.column() > 0 ? ", column " + e.column() : "";
      assertThat(e.getMessage()).startsWith("line " + bad.line() + column + ": ");
    }
    if (!bad.pointer().isEmpty()) {
      assertThat(e.getMessage()).endsWith("(at " + bad.pointer() + ")");
    }
  }

  @Test
  void everyFileOfTheCorpusIsListed() throws IOException {
    Set<String> listed = corpus().stream().map(Case::file).collect(Collectors.toSet());
    try (Stream<Path> files = Files.list(TestResources.path("bad"))) {
      assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")))
          .allMatch(listed::contains);
    }
  }

  @Test
  void unknownFieldsAreIgnoredInLenientMode() {
    PlanDocument person = PlanDocuments.lenient().read(TestResources.path("bad/unknown-field.json"));
    PlanDocument task = PlanDocuments.lenient().read(TestResources.path("bad/unknown-field-in-task.json"));

    assertThat(person.people()).extracting(Person::id).containsExactly("anna");
    assertThat(person.people().get(0).name()).isEmpty();
    assertThat(task.plans().get(0).tasks().get(0).owner()).isEmpty();
  }

  @Test
  void deeplyNestedArraysAreIgnoredInLenientModeUpToTheLimit() {
    String shallow =
        "{\"format\":\"strategy-session/1\",\"company\":\"c\",\"planningYear\":2027,\"x\":"
            + "[".repeat(60) + "]".repeat(60) + "}";
    assertThat(PlanDocuments.lenient().read(shallow).company()).isEqualTo("c");
  }

  // 50 MB of string in memory, with the default limits: rejected before or while parsing.

  private static String fiftyMegabyteCompany() {
    return "{\"format\":\"strategy-session/1\",\"company\":\"" + "x".repeat(50_000_000)
        + "\",\"planningYear\":2027}";
  }

  @Test
  void fiftyMegabyteStringIsOverTheDocumentLimit() {
    assertThatThrownBy(() -> PlanDocuments.strict().read(fiftyMegabyteCompany()))
        .isExactlyInstanceOf(PlanDocumentException.class)
        .hasMessageContaining("the document is larger than the limit of 16777216 bytes");
  }

  @Test
  void fiftyMegabyteStreamIsOverTheDocumentLimit() {
    byte[] bytes = fiftyMegabyteCompany().getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> PlanDocuments.strict().read(new ByteArrayInputStream(bytes)))
        .isExactlyInstanceOf(PlanDocumentException.class)
        .hasMessageContaining("the document is larger than the limit of 16777216 bytes");
  }

  @Test
  void aStringUnderTheDocumentLimitIsStillOverTheStringLimit() {
    String doc = "{\"format\":\"strategy-session/1\",\"company\":\"" + "x".repeat(10_000_000) + "\"}";
    Throwable thrown = catchThrowable(() -> PlanDocuments.strict().read(doc));

    assertThat(thrown).isExactlyInstanceOf(PlanDocumentException.class)
        .hasMessageContaining("a string is longer than the limit of 1000000 characters");
    assertThat(((PlanDocumentException) thrown).pointer()).isEqualTo("/company");
    assertThat(((PlanDocumentException) thrown).line()).isEqualTo(1);
  }
}
