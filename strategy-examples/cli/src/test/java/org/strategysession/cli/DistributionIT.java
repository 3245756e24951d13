package org.strategysession.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The distribution as a user installs it: the zip unpacked to a folder, the launcher
 * {@code bin/strategy-check} run on the samples. Its output and exit codes are those of {@code
 * java -jar}, on the first run (which writes the class-data archive), on a warm cache, with the
 * archive switched off, and where the cache cannot be written. The first run, which writes the
 * archive, is made once before the tests; the tests then run side by side, one per core.
 */
@Tag(ToolScenarios.IN_JAR)
@Execution(ExecutionMode.CONCURRENT)
class DistributionIT {
  static final Path ZIP = Path.of("cli", "target", "strategy-check-"
      + System.getProperty("project.version", "0.1.0-SNAPSHOT") + ".zip");

  /** The command of the first run, which writes the class-data archive. */
  private static final String[] FIRST = {"check", "samples/flawed-plan.json"};

  @TempDir static Path unpacked;
  static Path home;
  /** The archive folder of the runs with a cache, and the first run, made into it. */
  static Path cache;
  static Run first;

  @BeforeAll
  static void unpack() throws IOException {
    assertThat(ZIP).as("run 'mvn package' first").exists();
    try (ZipFile zip = new ZipFile(ZIP.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        Path to = unpacked.resolve(e.getName()).normalize();
        assertThat(to.startsWith(unpacked)).as(e.getName()).isTrue();
        if (e.isDirectory()) {
          Files.createDirectories(to);
        } else {
          Files.createDirectories(to.getParent());
          try (InputStream in = zip.getInputStream(e)) {
            Files.copy(in, to);
          }
        }
      }
    }
    try (Stream<Path> top = Files.list(unpacked)) {
      home = top.findFirst().orElseThrow();
    }
    // java.util.zip keeps no file modes; an unzip tool would keep the zip's 0755
    Files.setPosixFilePermissions(home.resolve("bin/strategy-check"),
        PosixFilePermissions.fromString("rwxr-xr-x"));
    cache = Files.createDirectory(unpacked.resolve("cache"));
    first = run(launcher(FIRST), cached());
  }

  private static Map<String, String> cached() {
    return Map.of("STRATEGY_CHECK_CACHE", cache.toString());
  }

  @Test
  void the_zip_holds_the_launchers_the_jar_the_licence_the_notices_and_a_readme()
      throws IOException {
    assertThat(home.getFileName().toString()).startsWith("strategy-check-");
    for (String file : List.of("bin/strategy-check", "bin/strategy-check.bat",
        "lib/strategy-check.jar", "LICENSE", "NOTICE", "README.txt", "sbom.json")) {
      assertThat(home.resolve(file)).as(file).isRegularFile();
    }
    assertThat(Files.readString(home.resolve("LICENSE"))).contains("Apache License")
        .contains("Version 2.0");
    assertThat(Files.readString(home.resolve("NOTICE"))).contains("Strategy Session")
        .contains("Apache Software Foundation").contains("Jackson");
    assertThat(Files.readString(home.resolve("bin/strategy-check.bat"))).contains("\r\n");
    assertThat(Files.readString(home.resolve("bin/strategy-check"))).doesNotContain("\r")
        .startsWith("#!/bin/sh\n");
    try (ZipFile zip = new ZipFile(ZIP.toFile())) {
      ZipEntry launcher = zip.getEntry(home.getFileName() + "/bin/strategy-check");
      assertThat(launcher).isNotNull();
    }
  }

  @Test
  void the_first_run_and_one_without_an_archive_print_what_java_jar_prints() {
    Run jar = run(javaJar(FIRST), Map.of());
    // the archive is made once, by the first run: the cold start and the switched-off one are
    // the same for every command, so the first command stands for them
    assertSameAs(first, jar, FIRST);
    assertSameAs(run(launcher(FIRST), Map.of("STRATEGY_CHECK_CDS", "off")), jar, FIRST);
    try (Stream<Path> files = Files.list(cache)) {
      List<Path> archives = files.toList();
      assertThat(archives).as("one archive, made on first use").hasSize(1);
      assertThat(archives.get(0).getFileName().toString()).endsWith(".jsa");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<List<String>> commands() {
    return Stream.of(List.of(FIRST),
        List.of("check", "--format", "json", "samples/clean-plan.json",
            "cli/src/test/resources/plans/broken.json"),
        List.of("check", "--locale", "ru", "samples/progress-plan-ru.json", "--as-of",
            "2027-04-20"),
        List.of("chek"));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void with_the_archive_in_the_cache_the_launcher_prints_what_java_jar_prints(
      List<String> command) {
    String[] args = command.toArray(String[]::new);
    assertSameAs(run(launcher(args), cached()), run(javaJar(args), Map.of()), args);
  }

  private static void assertSameAs(Run r, Run jar, String... args) {
    assertThat(r.exit()).as(String.join(" ", args) + "\n" + r).isEqualTo(jar.exit());
    assertThat(r.out()).as(String.join(" ", args)).isEqualTo(jar.out());
    assertThat(r.err()).as(String.join(" ", args)).isEqualTo(jar.err());
  }

  @Test
  void a_cache_that_cannot_be_written_falls_back_to_a_plain_start(@TempDir Path dir)
      throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "");
    String[] args = {"check", "samples/clean-plan.json"};
    Run run = run(launcher(args), Map.of("STRATEGY_CHECK_CACHE", file.resolve("cache").toString()));
    Run jar = run(javaJar(args), Map.of());
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out()).isEqualTo(jar.out());
    assertThat(run.err()).isEmpty();
  }

  @Test
  void arguments_pass_through_unchanged_spaces_and_all(@TempDir Path dir) throws IOException {
    Path spaced = dir.resolve("a plan with spaces.json");
    Files.copy(Path.of("samples", "clean-plan.json"), spaced);
    Run run = run(launcher("check", spaced.toString()), Map.of("STRATEGY_CHECK_CDS", "off"));
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out()).contains("== " + spaced + " — ");
  }

  private static List<String> launcher(String... args) {
    List<String> command = new ArrayList<>(List.of(home.resolve("bin/strategy-check").toString()));
    command.addAll(List.of(args));
    return command;
  }

  private static List<String> javaJar(String... args) {
    // only the client compiler: what the tool prints is the same, the run is shorter
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-jar", home.resolve("lib/strategy-check.jar").toString()));
    command.addAll(List.of(args));
    return command;
  }

  private static Run run(List<String> command, Map<String, String> env) {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().remove("STRATEGY_CHECK_CDS");
    pb.environment().remove("STRATEGY_CHECK_CACHE");
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().putAll(env);
    return Run.of(pb);
  }
}
