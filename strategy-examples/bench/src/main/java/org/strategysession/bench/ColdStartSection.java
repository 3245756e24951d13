package org.strategysession.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.PlanDocuments;
import org.strategysession.rules.PlanChecker;

/**
 * Section 6 of the report: how long a fresh process takes from its start to its first line of
 * output when it checks the sample plan — the tool's jar if this build has one, {@link
 * ColdStartProbe} that stands in for it, the same with a class-data archive — next to one that
 * only reads the plan ({@link ReadOnlyProbe}). Medians of several runs. Not thread-safe.
 */
final class ColdStartSection {
  private static final int RUNS = BenchmarkReport.QUICK ? 3 : 11;

  private final ChildJvm jvm;
  private final Path work;
  /** What the table could not show and why, written under it. */
  private final List<String> notes = new ArrayList<>();
  private String sample;
  /** Median milliseconds, formatted; {@link #tool} and {@link #archive} null where not run. */
  private String probe;
  private String read;
  private String tool;
  private String archive;
  private Path samplePath;

  ColdStartSection(ChildJvm jvm, Path work) {
    this.jvm = jvm;
    this.work = work;
  }

  void measure() throws IOException, InterruptedException {
    Path sample = sample();
    this.samplePath = sample;
    Path cli = Path.of("..", "cli", "target", "strategy-check.jar").toAbsolutePath();
    boolean hasCli = Files.isRegularFile(cli);
    long[] probe = new long[RUNS];
    long[] read = new long[RUNS];
    long[] tool = new long[RUNS];
    long[] shared = new long[RUNS];
    // an application class-data archive of the probe's classes, written by one untimed run
    Path archive = work.resolve("probe.jsa");
    Files.deleteIfExists(archive);
    String jars = jarClassPath();
    if (jars != null) {
      probeOnJars("-XX:ArchiveClassesAtExit=" + archive, jars, sample);
    }
    boolean hasArchive = jars != null && Files.isRegularFile(archive);
    if (!hasArchive) {
      notes.add("No class-data archive could be written (the class path needs the modules' "
          + "jars): the cold start has no row for it.");
    }
    for (int run = 0; run < RUNS; run++) {
      BenchmarkReport.log("cold start: run %d of %d", run + 1, RUNS);
      probe[run] = jvm.main(List.of(), ColdStartProbe.class, sample.toString()).firstLineNanos();
      read[run] = jvm.main(List.of(), ReadOnlyProbe.class, sample.toString()).firstLineNanos();
      if (hasArchive) {
        shared[run] = probeOnJars("-XX:SharedArchiveFile=" + archive, jars, sample)
            .firstLineNanos();
      }
      if (hasCli) {
        tool[run] = jvm.java(List.of("-jar", cli.toString(), "check", sample.toString()))
            .firstLineNanos();
      }
    }
    PlanDocument doc = PlanDocuments.strict().read(sample);
    this.sample = "`" + Path.of("..", "..").toAbsolutePath().normalize().relativize(sample.normalize()) + "` ("
        + PlanChecker.factCount(doc) + " facts)";
    this.probe = median(probe);
    this.read = median(read);
    this.tool = hasCli ? median(tool) : null;
    this.archive = hasArchive ? median(shared) : null;
  }

  private ChildJvm.Result probeOnJars(String archiveFlag, String jars, Path sample)
      throws IOException, InterruptedException {
    return jvm.java(List.of(archiveFlag, "-cp", jars, ColdStartProbe.class.getName(),
        sample.toString()));
  }

  /**
   * The class path with each module's {@code target/classes} replaced by the module's jar
   * beside it and test classes left out, as a class-data archive takes classes from jars only;
   * null where some directory has no jar.
   */
  private String jarClassPath() throws IOException {
    List<String> out = new ArrayList<>();
    for (String entry : jvm.classPath().split(File.pathSeparator)) {
      Path p = Path.of(entry);
      if (!Files.isDirectory(p)) {
        out.add(entry);
      } else if (p.endsWith(Path.of("target", "classes"))) {
        try (var jars = Files.list(p.getParent())) {
          Path jar = jars.filter(j -> j.toString().endsWith(".jar")
              && !j.getFileName().toString().matches(".*-(tests|sources|javadoc)\\.jar")
              && !j.getFileName().toString().equals("strategy-check.jar"))
              .findFirst().orElse(null);
          if (jar == null) {
            return null;
          }
          out.add(jar.toString());
        }
      } else if (!p.endsWith(Path.of("target", "test-classes"))) {
        return null;
      }
    }
    return String.join(File.pathSeparator, out);
  }

  /** The sample plan of the examples if there is one, else a generated one of ~1,000 facts. */
  private Path sample() throws IOException {
    Path samples = Path.of("..", "samples", "clean-plan.json").toAbsolutePath();
    if (Files.isRegularFile(samples)) {
      return samples;
    }
    Path generated = work.resolve("sample.json");
    PlanDocuments.strict().write(PlanGenerator.ofFacts(CheckBenchmark.SEED, 1_000), generated);
    notes.add("No sample plan in `strategy-examples/samples/`: the cold start read a generated "
        + "document instead.");
    return generated;
  }

  private static String median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return Figures.ms(sorted[sorted.length / 2]);
  }

  /** Milliseconds from start to first line of the tool, or of its stand-in without a jar. */
  double startMs() {
    return Double.parseDouble(tool != null ? tool : probe);
  }

  /** The sample plan the cold start checks. */
  Path samplePath() {
    return samplePath;
  }

  /** The same of the process that only reads. */
  double readMs() {
    return Double.parseDouble(read);
  }

  void write(StringBuilder md) {
    md.append("\n## 6. Cold start (median of ").append(RUNS)
        .append(" runs, process start to its first line of output)\n\n")
        .append("Sample: ").append(sample).append(". JVM without options.\n\n")
        .append("| process | median | ÷ read-only |\n|---|---:|---:|\n");
    if (tool != null) {
      row(md, "`java -jar strategy-check.jar check`", tool);
    }
    row(md, "`ColdStartProbe`: standard checker, read, check, print counts"
        + (tool == null ? " (stands in for the CLI, whose jar this build has not)" : ""), probe);
    md.append("| `ReadOnlyProbe`: read with `PlanDocuments.strict()` only | ").append(read)
        .append(" ms | 1.0× |\n");
    if (archive != null) {
      row(md, "`ColdStartProbe` with an application class-data archive (`-XX:SharedArchiveFile`,"
          + " written by one run with `-XX:ArchiveClassesAtExit`)", archive);
    }
    for (String note : notes) {
      md.append("\n").append(note).append('\n');
    }
  }

  private void row(StringBuilder md, String process, String ms) {
    md.append("| ").append(process).append(" | ").append(ms).append(" ms | ")
        .append(Figures.times(Double.parseDouble(ms) / readMs())).append(" |\n");
  }
}
