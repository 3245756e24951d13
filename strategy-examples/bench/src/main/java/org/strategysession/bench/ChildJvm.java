package org.strategysession.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's child processes: a fresh JVM of the harness's own Java, timed from its start to
 * its first line of standard output, its standard error kept in a log of the work directory.
 */
final class ChildJvm {
  /**
   * How a child ended.
   *
   * @param exit its exit code
   * @param firstLine its first line of standard output, or null if it printed none
   * @param firstLineNanos nanoseconds from its start to that line, 0 without one
   * @param endNanos nanoseconds from its start to its end
   */
  record Result(int exit, String firstLine, long firstLineNanos, long endNanos) {}

  private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private final String classPath = System.getProperty("java.class.path");
  private final Path stderr;

  ChildJvm(Path work) {
    this.stderr = work.resolve("child-stderr.log");
  }

  /** The harness's class path, which {@link #main} gives the child. */
  String classPath() {
    return classPath;
  }

  /** Runs {@code main} with the harness's class path. */
  Result main(List<String> jvmArgs, Class<?> main, String... args)
      throws IOException, InterruptedException {
    List<String> arguments = new ArrayList<>(jvmArgs);
    arguments.add("-cp");
    arguments.add(classPath);
    arguments.add(main.getName());
    arguments.addAll(List.of(args));
    return java(arguments);
  }

  /** Runs {@code java} with these arguments. */
  Result java(List<String> arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(arguments);
    return command(command, Map.of());
  }

  /** Runs a command (a launcher script, say) with these variables added to the environment. */
  Result command(List<String> command, Map<String, String> env)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false)
        .redirectError(stderr.toFile());
    pb.environment().putAll(env);
    long start = System.nanoTime();
    Process p = pb.start();
    String first = null;
    long firstAt = 0;
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (first == null) {
          first = line;
          firstAt = System.nanoTime() - start;
        }
      }
    }
    int exit = p.waitFor();
    return new Result(exit, first, firstAt, System.nanoTime() - start);
  }

  /** The {@code key=value} pairs of a probe's line; empty for none. */
  static Map<String, String> keyValues(String line) {
    Map<String, String> out = new LinkedHashMap<>();
    if (line == null) {
      return out;
    }
    for (String pair : line.trim().split("\\s+")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    return out;
  }
}
