package org.strategysession.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Section 7 of the report: the distribution's launcher against {@code java -jar}, and what each
 * of its JVM options is worth on its own — the client compiler only, the serial collector, a
 * small initial heap, the application class-data archive — all on the sample, side by side,
 * in rotation so that the machine's moods fall on every row alike. Medians (and the exit of
 * the process where it differs from the first line: the launcher's first run writes the
 * archive as it exits). Not thread-safe.
 */
final class LauncherSection {
  private static final int RUNS = BenchmarkReport.QUICK ? 3 : 10;
  private static final List<String> SHORT_RUN = List.of("-XX:TieredStopAtLevel=1",
      "-XX:+UseSerialGC", "-Xms32m", "-XX:-UsePerfData");

  private final ChildJvm jvm;
  private final Path work;
  private final List<String> notes = new ArrayList<>();
  /** Row → {median first line ms, median end ms}; empty when there is no distribution. */
  private final Map<String, double[]> rows = new LinkedHashMap<>();
  private Double readOnly;

  LauncherSection(ChildJvm jvm, Path work) {
    this.jvm = jvm;
    this.work = work;
  }

  void measure(Path sample, double readOnlyMs) throws IOException, InterruptedException {
    this.readOnly = readOnlyMs;
    Path zip = distribution();
    if (zip == null) {
      notes.add("No distribution (`strategy-examples/cli/target/strategy-check-*.zip`): build "
          + "it with `mvn -B package -DskipTests` first.");
      return;
    }
    Path home = unpack(zip, work.resolve("dist"));
    Path jar = home.resolve("lib/strategy-check.jar");
    Path launcher = home.resolve("bin/strategy-check");
    Path cache = work.resolve("launcher-cache");
    Path archive = work.resolve("jar.jsa");
    Files.deleteIfExists(archive);
    jvm.java(concat(SHORT_RUN, List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off",
        "-XX:ArchiveClassesAtExit=" + archive, "-jar", jar.toString(), "check",
        sample.toString())));
    Map<String, List<String>> variants = new LinkedHashMap<>();
    variants.put("`java -jar lib/strategy-check.jar check` (no options)", List.of());
    variants.put("… `-XX:TieredStopAtLevel=1` (client compiler only)",
        List.of("-XX:TieredStopAtLevel=1"));
    variants.put("… `-XX:+UseSerialGC`", List.of("-XX:+UseSerialGC"));
    variants.put("… `-Xms32m -XX:-UsePerfData`", List.of("-Xms32m", "-XX:-UsePerfData"));
    variants.put("… the four options above together", SHORT_RUN);
    variants.put("… an application class-data archive only (`-XX:SharedArchiveFile`)",
        List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off"));
    variants.put("… the four options and the archive (what the launcher runs)",
        concat(SHORT_RUN, List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off")));
    Map<String, long[][]> times = new LinkedHashMap<>();
    String first = "`bin/strategy-check check`, first run (writes the archive as it exits)";
    String warm = "`bin/strategy-check check`, the archive in the cache";
    for (String name : variants.keySet()) {
      times.put(name, new long[2][RUNS]);
    }
    times.put(first, new long[2][RUNS]);
    times.put(warm, new long[2][RUNS]);
    Map<String, String> env = Map.of("STRATEGY_CHECK_CACHE", cache.toString(),
        "JAVA_HOME", System.getProperty("java.home"));
    for (int run = 0; run < RUNS; run++) {
      BenchmarkReport.log("launcher: run %d of %d", run + 1, RUNS);
      for (Map.Entry<String, List<String>> v : variants.entrySet()) {
        record(times.get(v.getKey()), run, jvm.java(concat(v.getValue(),
            List.of("-jar", jar.toString(), "check", sample.toString()))));
      }
      deleteTree(cache);
      record(times.get(first), run, jvm.command(
          List.of(launcher.toString(), "check", sample.toString()), env));
      record(times.get(warm), run, jvm.command(
          List.of(launcher.toString(), "check", sample.toString()), env));
    }
    times.forEach((name, t) -> rows.put(name, new double[] {median(t[0]), median(t[1])}));
  }

  /** The warm launcher's median ms, or null where not measured. */
  Double launcherMs() {
    double[] r = rows.get("`bin/strategy-check check`, the archive in the cache");
    return r == null ? null : r[0];
  }

  /** {@code java -jar}'s median ms in the same run, or null. */
  Double javaJarMs() {
    double[] r = rows.get("`java -jar lib/strategy-check.jar check` (no options)");
    return r == null ? null : r[0];
  }

  void write(StringBuilder md) {
    md.append("\n## 7. The launcher (median of ").append(RUNS)
        .append(" runs each, in rotation; process start to first line, and to exit)\n\n")
        .append("The distribution's `bin/strategy-check` against `java -jar` on the same jar ")
        .append("and sample, and each of its options alone.\n\n");
    if (rows.isEmpty()) {
      notes.forEach(n -> md.append(n).append('\n'));
      return;
    }
    double base = javaJarMs();
    md.append("| process | first line | exit | ÷ `java -jar` | ÷ read-only |\n")
        .append("|---|---:|---:|---:|---:|\n");
    rows.forEach((name, r) -> md.append("| ").append(name).append(" | ")
        .append(String.format(java.util.Locale.ROOT, "%.0f ms", r[0])).append(" | ")
        .append(String.format(java.util.Locale.ROOT, "%.0f ms", r[1])).append(" | ")
        .append(Figures.times(r[0] / base)).append(" | ")
        .append(Figures.times(r[0] / readOnly)).append(" |\n"));
    notes.forEach(n -> md.append('\n').append(n).append('\n'));
  }

  private static void record(long[][] t, int run, ChildJvm.Result r) {
    t[0][run] = r.firstLineNanos();
    t[1][run] = r.endNanos();
  }

  private static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2] / 1e6;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static Path distribution() throws IOException {
    Path target = Path.of("..", "cli", "target").toAbsolutePath();
    if (!Files.isDirectory(target)) {
      return null;
    }
    try (var files = Files.list(target)) {
      return files.filter(f -> f.getFileName().toString().matches("strategy-check-.*\\.zip"))
          .findFirst().orElse(null);
    }
  }

  private static Path unpack(Path zip, Path into) throws IOException {
    deleteTree(into);
    Path home = null;
    try (ZipFile z = new ZipFile(zip.toFile())) {
      for (ZipEntry e : Collections.list(z.entries())) {
        Path to = into.resolve(e.getName()).normalize();
        if (!to.startsWith(into)) {
          throw new IOException("entry outside the folder: " + e.getName());
        }
        if (e.isDirectory()) {
          Files.createDirectories(to);
          continue;
        }
        Files.createDirectories(to.getParent());
        try (InputStream in = z.getInputStream(e)) {
          Files.copy(in, to);
        }
        if (e.getName().endsWith("bin/strategy-check")) {
          Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rwxr-xr-x"));
          home = to.getParent().getParent();
        }
      }
    }
    if (home == null) {
      throw new IOException(zip + " has no bin/strategy-check");
    }
    return home;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
