package org.strategysession.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  @Test
  void the_year_in_action_excerpt_is_what_progress_prints() throws IOException {
    assertExcerptPrinted("progress --as-of 2027-04-20 strategy-examples/samples/progress-plan-ru.json",
        "progress", "--as-of", "2027-04-20", "samples/progress-plan-ru.json");
  }

  @Test
  void the_progress_sample_excerpt_is_what_check_prints() throws IOException {
    assertExcerptPrinted("check --as-of 2027-04-20 strategy-examples/samples/progress-plan-ru.json",
        "check", "--as-of", "2027-04-20", "samples/progress-plan-ru.json");
  }

  /** The README's excerpt after the command shown is what the tool prints, in order. */
  private static void assertExcerptPrinted(String shownCommand, String... args)
      throws IOException {
    String readme = readme();
    String command = "java -jar strategy-examples/cli/target/strategy-check.jar " + shownCommand;
    int at = readme.indexOf("```sh\n" + command + "\n```\n\n```text\n");
    assertThat(at).as("the README runs: " + command).isPositive();
    int start = readme.indexOf("```text\n", at) + "```text\n".length();
    String excerpt = readme.substring(start, readme.indexOf("```", start));
    StringWriter out = new StringWriter();
    StrategyCheck.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args);
    List<String> printed = out.toString().lines().toList();
    List<String> shown = excerpt.lines().filter(l -> !l.strip().equals("…")).toList();
    assertThat(shown).hasSizeGreaterThan(5);
    // every line shown is printed, in the order shown
    int from = 0;
    for (String line : shown) {
      int found = printed.subList(from, printed.size()).indexOf(line);
      assertThat(found).as("README line not printed in this order: " + line).isNotNegative();
      from += found + 1;
    }
  }

  private static String readme() throws IOException {
    return Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
  }
}
