package org.strategysession.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The tool as a user runs it: {@code java -jar target/strategy-check.jar}, built by {@code
 * package} before this runs in {@code verify}. The scenarios of {@link ToolScenarios} tagged
 * {@link ToolScenarios#IN_JAR} again (the build's failsafe set-up runs only that tag), so that
 * whatever the shaded jar loses (service registrations, resources, the logging set-up) shows
 * as a failure here.
 *
 * <p>Each scenario is a process of its own, so they run side by side (the build's failsafe set-up
 * allows as many as the machine has cores), and they share the class-data archive that the
 * distribution's launcher makes too: one run records the classes it loads, the others map them
 * instead of loading them from the jar again.
 */
@Execution(ExecutionMode.CONCURRENT)
class StrategyCheckJarIT extends ToolScenarios {
  static final Path JAR = Path.of("cli", "target", "strategy-check.jar");
  /** The class-data archive of the runs; absent where the JVM could not make one. */
  static final Path ARCHIVE = Path.of("cli", "target", "it-classes.jsa");

  @BeforeAll
  static void jarIsBuilt() throws Exception {
    assertThat(JAR).as("run 'mvn package' first").exists();
    Files.deleteIfExists(ARCHIVE);
    // The archive-making run prints the JVM's notes on classes it cannot archive: not kept.
    new ProcessBuilder(java(), "-XX:ArchiveClassesAtExit=" + ARCHIVE,
        "-XX:TieredStopAtLevel=1", "-jar", JAR.toString(), "check", CLEAN)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start().waitFor();
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  @Override
  Run run(String... args) {
    List<String> command = new ArrayList<>();
    command.add(java());
    // Only the client compiler and the shared classes: a run this short starts faster and
    // costs the shared build machine less; what the tool does is the same.
    command.add("-XX:TieredStopAtLevel=1");
    if (Files.exists(ARCHIVE)) {
      command.add("-XX:SharedArchiveFile=" + ARCHIVE);
    }
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    return Run.of(new ProcessBuilder(command));
  }

  @Override
  boolean writesGoldenFiles() {
    return false; // only compared: the jar must print what the in-process run printed
  }

  @Test
  @Tag(IN_JAR)
  void a_heap_too_small_for_the_input_is_one_line_on_standard_error_and_exit_2(@TempDir Path dir)
      throws Exception {
    // 300,000 people, 11 MB: within the document limit, far beyond a 32 MB heap.
    StringBuilder json = new StringBuilder(
        "{\"format\":\"strategy-session/1\",\"company\":\"Big\",\"planningYear\":2027,\"people\":[");
    for (int i = 0; i < 300_000; i++) {
      json.append(i == 0 ? "" : ",").append("{\"id\":\"p").append(i)
          .append("\",\"name\":\"Person ").append(i).append("\"}");
    }
    Path plan = dir.resolve("big.json");
    Files.writeString(plan, json.append("]}"), StandardCharsets.UTF_8);

    Process process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx32m",
        "-XX:TieredStopAtLevel=1", "-jar", JAR.toString(), "check", plan.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = Run.read(process.getErrorStream());

    assertThat(process.waitFor()).isEqualTo(2);
    assertThat(err).isEqualTo("strategy-check: not enough memory for this input: run Java with"
        + " a larger heap (java -Xmx1g -jar strategy-check.jar ...)\n");
  }

  @Test
  @Tag(IN_JAR)
  void the_jar_is_runnable_on_its_own_with_a_main_class_and_version() throws IOException {
    try (var jar = new java.util.jar.JarFile(JAR.toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo(StrategyCheck.class.getName());
      // The compiled standard rules and the logging set-up travel inside the jar.
      assertThat(jar.getEntry("META-INF/kie/org.strategysession/strategy-rules/drools-model"))
          .isNotNull();
      assertThat(jar.getEntry("simplelogger.properties")).isNotNull();
    }
    assertThat(Files.size(JAR)).isPositive();
  }
}
