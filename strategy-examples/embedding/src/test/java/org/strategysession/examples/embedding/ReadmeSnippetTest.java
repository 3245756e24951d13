package org.strategysession.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's embedding example cannot drift from the code: it is EmbeddingExample's tagged region. */
class ReadmeSnippetTest {
  @Test
  void the_embedding_snippet_is_the_code_of_EmbeddingExample() throws IOException {
    String source = Files.readString(Path.of("src/main/java/org/strategysession/examples/"
        + "embedding/EmbeddingExample.java"), StandardCharsets.UTF_8);
    String region = source.substring(
        source.indexOf("// tag::embedding[]\n") + "// tag::embedding[]\n".length(),
        source.indexOf("  // end::embedding[]"));
    String snippet = region.lines().map(l -> l.startsWith("  ") ? l.substring(2) : l)
        .collect(Collectors.joining("\n"));
    String readme = Files.readString(Path.of("..", "..", "README.md"), StandardCharsets.UTF_8);
    assertThat(readme).as("README.md must show EmbeddingExample's tagged code verbatim")
        .contains("```java\n" + snippet.stripTrailing() + "\n```");
  }
}
