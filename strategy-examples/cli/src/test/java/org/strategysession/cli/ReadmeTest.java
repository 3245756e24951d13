package org.strategysession.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's two commands are the ones that build the tool and that CI runs. */
class ReadmeTest {
  /** The tests run in {@code strategy-examples}: the project's root is one up. */
  private static final Path ROOT = Path.of("..");

  @Test
  void the_readme_commands_build_the_jar_run_the_flawed_sample_and_run_what_ci_runs()
      throws IOException {
    assertThat(readme()).contains("```sh\nmvn -q -B package -DskipTests && java -jar "
        + "strategy-examples/cli/target/strategy-check.jar check "
        + "strategy-examples/samples/flawed-plan.json\n```");
    assertThat(readme()).contains("```sh\nmvn -B verify\n```");
    assertThat(Files.readString(ROOT.resolve(".ci/run"))).contains("\nmvn -B verify\n");
    assertThat(ROOT.resolve("strategy-examples/samples/flawed-plan.json")).exists();
    // negative control: the jar's path before the tool had a module of its own is gone
    assertThat(readme()).doesNotContain("strategy-examples/target/strategy-check.jar");
  }

  private static String readme() throws IOException {
    return Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
  }
}
