package org.strategysession.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README cannot drift from the code: its embedding example is the tagged region of
 * EmbeddingExample, its commands are the ones that build the tool and that CI runs.
 */
class ReadmeTest {
  private static final Path ROOT = Path.of("..");

  @Test
  void the_embedding_snippet_is_the_code_of_EmbeddingExample() throws IOException {
    String source = Files.readString(Path.of("src/main/java/org/strategysession/examples/"
        + "embedding/EmbeddingExample.java"), StandardCharsets.UTF_8);
    String region = source.substring(
        source.indexOf("// tag::embedding[]\n") + "// tag::embedding[]\n".length(),
        source.indexOf("  // end::embedding[]"));
    String snippet = region.lines().map(l -> l.startsWith("  ") ? l.substring(2) : l)
        .collect(Collectors.joining("\n"));
    assertThat(readme()).as("README.md must show EmbeddingExample's tagged code verbatim")
        .contains("```java\n" + snippet.stripTrailing() + "\n```");
  }

  @Test
  void the_readme_commands_build_the_jar_run_the_flawed_sample_and_run_what_ci_runs()
      throws IOException {
    assertThat(readme()).contains("```sh\nmvn -q -B package -DskipTests && java -jar "
        + "strategy-examples/target/strategy-check.jar check "
        + "strategy-examples/samples/flawed-plan.json\n```");
    assertThat(readme()).contains("```sh\nmvn -B verify\n```");
    assertThat(Files.readString(ROOT.resolve(".ci/run"))).contains("\nmvn -B verify\n");
    assertThat(Path.of("samples/flawed-plan.json")).exists();
  }

  private static String readme() throws IOException {
    return Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
  }
}
