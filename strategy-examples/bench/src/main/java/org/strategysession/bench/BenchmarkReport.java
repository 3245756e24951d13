package org.strategysession.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Runs every benchmark of the checker and writes {@code BENCHMARKS.md}: warm check times of
 * the engine (six rules, whole catalog, each rule group) next to the hand-written baseline at
 * sizes from 10² to 10⁵ facts (JMH, sample-time mode), their growth with size, throughput with
 * one and two threads sharing one checker (JMH, throughput mode), heap (allocation, the
 * smallest heap that fits, retention over many checks), cold start of a process, and a profile
 * of where a whole-catalog check's time goes (rule groups, allocation, facts by type), each in
 * a process of its own.
 *
 * <p>Run with this module's class path (JMH included): {@code mvn -B -Pbench -pl
 * strategy-examples/bench -am package -DskipTests}. About 15 minutes on two cores; with {@code
 * -Dbench.quick=true} a smoke run of a few minutes whose figures mean nothing.
 *
 * <p>Each section of the report measures and writes itself ({@code WarmCheckSection}, {@code
 * GrowthSection}, {@code ThroughputSection}, {@code HeapSection}, {@code ColdStartSection}, {@code
 * LauncherSection}, {@code ProfileSection});
 * this class runs them in order and puts the report together.
 */
public final class BenchmarkReport {
  /** {@code -Dbench.quick=true}: a smoke run of a few minutes, figures meaningless. */
  static final boolean QUICK = Boolean.getBoolean("bench.quick");
  /** Hand-written findings about the figures, appended to the report (module-relative). */
  static final String ANALYSIS = "src/bench/analysis.md";

  private BenchmarkReport() {}

  /**
   * Runs the benchmarks.
   *
   * @param args the report's path; {@code BENCHMARKS.md} in the working directory by default
   * @throws Exception if a benchmark fails or the report cannot be written
   */
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "BENCHMARKS.md").toAbsolutePath();
    Path work = Path.of("target", "bench").toAbsolutePath();
    Files.createDirectories(work);
    long start = System.nanoTime();
    String loadBefore = MachineSection.loadAverage();
    Sizes sizes = QUICK ? Sizes.of(100, 300, 1_000, 3_000)
        : Sizes.of(100, 1_000, 10_000, 100_000);
    CheckTimes times = new CheckTimes(sizes);
    JmhForks jmh = new JmhForks(sizes, work.resolve("jmh.log"));
    ChildJvm jvm = new ChildJvm(work);
    WarmCheckSection warm = new WarmCheckSection(sizes, jmh, times);
    GrowthSection growth = new GrowthSection(sizes, times);
    ThroughputSection throughput = new ThroughputSection(sizes, jmh);
    HeapSection heap = new HeapSection(sizes, jvm);
    ColdStartSection cold = new ColdStartSection(jvm, work);
    LauncherSection launcher = new LauncherSection(jvm, work);
    ProfileSection profile = new ProfileSection(sizes, jvm);
    warm.measure();
    growth.measure();
    warm.measureCollectors();
    throughput.measure();
    heap.measure();
    cold.measure();
    launcher.measure(cold.samplePath(), cold.readMs());
    profile.measure();
    String loadAfter = MachineSection.loadAverage();
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

    StringBuilder md = new StringBuilder();
    md.append("# Benchmarks\n\n")
        .append("Written by `BenchmarkReport` (`strategy-examples/bench`, package ")
        .append("`org.strategysession.bench`); regenerate with\n\n")
        .append("```\nmvn -B -Pbench -pl strategy-examples/bench -am package -DskipTests\n```\n\n")
        .append("All figures of one table come from one run, side by side. Documents come from ")
        .append("`PlanGenerator` (seed ").append(CheckBenchmark.SEED).append("); size is the ")
        .append("number of facts the checker makes of the document (`PlanChecker.factCount`; ")
        .append("the whole catalog is given the facts its rules can match, fewer: none of ")
        .append("`GoalKpiFact`, `ServesFact` and `TrackerRefFact`, which only an embedder's ")
        .append("rules match, and of `IdFact`, `ReportSectionFact` and `KeyTaskDoneFact` only ")
        .append("those its patterns select; section 8 counts them). The baseline ")
        .append("is `BaselineChecker`, the six rules written by hand (hash-map joins, no engine, ")
        .append("no messages); `BaselineAgreementTest` holds it to the engine's findings.\n\n");
    MachineSection.write(md, loadBefore, loadAfter, seconds);
    Targets.write(md, sizes, times, throughput, heap, cold, launcher);
    warm.write(md);
    growth.write(md);
    throughput.write(md);
    heap.write(md);
    cold.write(md);
    launcher.write(md);
    profile.write(md);
    md.append(analysis());
    Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
    log("wrote %s in %d s", out, seconds);
  }

  /** The analysis kept beside the generated report, if any (see {@link #ANALYSIS}). */
  private static String analysis() throws IOException {
    Path analysis = Path.of(ANALYSIS).toAbsolutePath();
    return Files.isRegularFile(analysis)
        ? "\n" + Files.readString(analysis, StandardCharsets.UTF_8) : "";
  }

  /** Progress on standard output, where the build shows it. */
  static void log(String format, Object... args) {
    System.out.printf(Locale.ROOT, "[bench] " + format + "%n", args);
  }
}
