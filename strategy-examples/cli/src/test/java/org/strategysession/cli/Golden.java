package org.strategysession.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: the exact output expected for a known input, kept in {@code
 * src/test/resources/golden}. A difference fails the test; nothing is ever rewritten unless
 * asked for. When a change of output is intended (a rule added to the catalog changes the
 * report of the flawed sample, say), regenerate them and review the diff before committing:
 *
 * <pre>mvn -B -pl strategy-examples/cli -am verify -Dgolden.update=true
 * git diff strategy-examples/cli/src/test/resources/golden</pre>
 */
final class Golden {
  /** Read from the source tree, not the class path, so that an update is seen at once. */
  static final Path DIR = Path.of("cli", "src", "test", "resources", "golden");

  private Golden() {}

  /**
   * Asserts that {@code actual} is the golden file's text, byte for byte; with {@code
   * -Dgolden.update=true} and {@code mayUpdate}, writes it instead.
   */
  static void assertMatches(String name, String actual, boolean mayUpdate) {
    Path file = DIR.resolve(name);
    try {
      if (mayUpdate && Boolean.getBoolean("golden.update")) {
        Files.createDirectories(DIR);
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        System.out.println("golden file written: " + file + " (review it with git diff)");
        return;
      }
      assertThat(file).as("golden file %s; create it with -Dgolden.update=true", file).exists();
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(actual)
          .as("output differs from golden file %s. If the change is intended, regenerate with "
              + "'mvn -B -pl strategy-examples/cli -am verify -Dgolden.update=true' and review "
              + "'git diff'", file)
          .isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
