package org.strategysession.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The format's JSON Schema over the reader's corpus of bad documents ({@code bad/index.csv}):
 * every file the reader rejects, the schema rejects too, at a place related to the reader's
 * pointer, except the files listed in {@code bad/schema-cannot-judge.csv}, each with its reason.
 * The list is exact: a listed file that the schema rejects, or an unlisted one that it does
 * not, fails.
 */
class FormatSchemaCorpusTest {

  /** One line of {@code bad/schema-cannot-judge.csv}. */
  record CannotJudge(String file, SchemaValidator.Outcome outcome, String reason) {}

  static Map<String, CannotJudge> cannotJudge() throws IOException {
    Map<String, CannotJudge> listed = new LinkedHashMap<>();
    for (String row : Files.readAllLines(
        TestResources.path("bad/schema-cannot-judge.csv"), StandardCharsets.UTF_8)) {
      if (row.isBlank() || row.startsWith("#") || row.startsWith("file|")) {
        continue;
      }
      String[] c = row.split("\\|", -1);
      SchemaValidator.Outcome outcome = switch (c[1]) {
        case "not-json" -> SchemaValidator.Outcome.NOT_JSON;
        case "accepted" -> SchemaValidator.Outcome.ACCEPTED;
        default -> throw new IllegalArgumentException("unknown outcome in " + row);
      };
      assertThat(c[2]).as("the reason of " + c[0]).isNotBlank();
      assertThat(listed.put(c[0], new CannotJudge(c[0], outcome, c[2]))).as(c[0]).isNull();
    }
    return listed;
  }

  static List<BadInputTest.Case> corpus() throws IOException {
    return BadInputTest.corpus();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void the_schema_rejects_what_the_reader_rejects_unless_listed(BadInputTest.Case bad)
      throws IOException {
    SchemaValidator.Verdict verdict = SchemaValidator.validate(bad.path());
    CannotJudge listed = cannotJudge().get(bad.file());

    if (listed != null) {
      assertThat(verdict.outcome())
          .as("%s is listed as %s (%s): %s", bad.file(), listed.outcome(), listed.reason(), verdict)
          .isEqualTo(listed.outcome());
    } else {
      assertThat(verdict.outcome())
          .as("%s is not listed in schema-cannot-judge.csv: %s", bad.file(), verdict)
          .isEqualTo(SchemaValidator.Outcome.REJECTED);
      assertThat(verdict.locations())
          .as("an error of the schema at, above or below the reader's %s: %s",
              bad.pointer(), verdict)
          .anyMatch(at -> FormatSchemaTest.related(at, bad.pointer()));
    }
  }

  @Test
  void the_list_names_files_of_the_corpus_only() throws IOException {
    List<String> corpus = corpus().stream().map(BadInputTest.Case::file).toList();
    assertThat(cannotJudge().keySet()).isSubsetOf(corpus);
  }

  @Test
  void the_list_is_exactly_what_the_schema_cannot_reject() throws IOException {
    Map<String, SchemaValidator.Outcome> notRejected = new TreeMap<>();
    for (BadInputTest.Case bad : corpus()) {
      SchemaValidator.Outcome outcome = SchemaValidator.validate(bad.path()).outcome();
      if (outcome != SchemaValidator.Outcome.REJECTED) {
        notRejected.put(bad.file(), outcome);
      }
    }
    Map<String, SchemaValidator.Outcome> listed = cannotJudge().values().stream()
        .collect(Collectors.toMap(CannotJudge::file, CannotJudge::outcome, (a, b) -> a,
            TreeMap::new));

    assertThat(notRejected).isEqualTo(listed);
    // negative control: most of the corpus is within what a schema can state
    assertThat(listed.size()).isLessThan(corpus().size() / 3);
  }
}
