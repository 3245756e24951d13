package org.strategysession.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.ListStatistics;
import org.openjdk.jmh.util.Statistics;
import org.openjdk.jmh.annotations.Mode;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.PlanDocuments;
import org.strategysession.rules.PlanChecker;
import org.strategysession.rules.RuleGroup;

/**
 * Runs every benchmark of the checker and writes {@code BENCHMARKS.md}: warm check times of
 * the engine (six rules, whole catalog, each rule group) next to the hand-written baseline at
 * sizes from 10² to 10⁵ facts (JMH, sample-time mode), their growth with size, throughput with
 * one and two threads sharing one checker (JMH, throughput mode), heap (allocation, the
 * smallest heap that fits, retention over many checks) and cold start of a process, each in a
 * process of its own.
 *
 * <p>Run with the compile class path of {@code strategy-examples} (JMH included): {@code mvn -B
 * -Pbench -pl strategy-examples/bench -am package -DskipTests}. About 10 minutes on two cores.
 */
public final class BenchmarkReport {
  /** {@code -Dbench.quick=true}: a smoke run of a minute or two, figures meaningless. */
  private static final boolean QUICK = Boolean.getBoolean("bench.quick");
  private static final int[] SIZES = QUICK ? new int[] {100, 300, 1_000, 3_000}
      : new int[] {100, 1_000, 10_000, 100_000};
  private static final List<String> MAIN_SUBJECTS = List.of("baseline", "six", "catalog");
  private static final String[] FORK_JVM_ARGS = {"-Xms1g", "-Xmx1g"};
  /**
   * Warm-up iterations of a fork (1 s each, 3 s at the largest size): compiling the engine's
   * code paths takes the JIT several seconds on two cores.
   */
  private static final int WARMUP_ITERATIONS = 4;
  /** Seconds of warm-up and of measurement per group and size in the groups' harness. */
  private static final double GROUP_SECONDS = QUICK ? 0.3 : 2;
  private static final List<String> COLLECTORS =
      List.of("-XX:+UseParallelGC", "-XX:+UseSerialGC");
  private static final int COLD_RUNS = QUICK ? 3 : 11;
  private static final int RETAINED_CHECKS = QUICK ? 2_000 : 100_000;
  private static final int[] HEAP_LADDER_MB = {32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024};

  private final Path out;
  private final Path work;
  private final String classPath = System.getProperty("java.class.path");
  private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private final int[] departments = new int[SIZES.length];
  private final int[] facts = new int[SIZES.length];
  /** subject → size index → latency statistics (µs). */
  private final Map<String, Statistics[]> latency = new LinkedHashMap<>();
  /** threads → size index → checks per second. */
  private final Map<Integer, double[]> throughput = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();
  /** subject → size index → bytes allocated per check (JMH's GC profiler). */
  private final Map<String, double[]> allocated = new LinkedHashMap<>();
  /** subject → size index → share of the measured time in GC pauses. */
  private final Map<String, double[]> gcShare = new LinkedHashMap<>();
  /** collector flag → latency statistics (µs) of the whole catalog at the largest size. */
  private final Map<String, Statistics> byCollector = new LinkedHashMap<>();

  private BenchmarkReport(Path out) {
    this.out = out;
    this.work = Path.of("target", "bench").toAbsolutePath();
  }

  /**
   * Runs the benchmarks.
   *
   * @param args the report's path; {@code BENCHMARKS.md} in the working directory by default
   * @throws Exception if a benchmark fails or the report cannot be written
   */
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "BENCHMARKS.md").toAbsolutePath();
    new BenchmarkReport(out).run();
  }

  private void run() throws Exception {
    Files.createDirectories(work);
    long start = System.nanoTime();
    String loadBefore = loadAverage();
    for (int i = 0; i < SIZES.length; i++) {
      departments[i] = PlanGenerator.departmentsFor(CheckBenchmark.SEED, SIZES[i]);
      facts[i] = PlanChecker.factCount(
          PlanGenerator.generate(CheckBenchmark.SEED, departments[i], SIZES[i]));
      log("size %d: %d departments, %d facts", SIZES[i], departments[i], facts[i]);
    }
    for (int i = 0; i < SIZES.length; i++) {
      latency(i, MAIN_SUBJECTS, i == SIZES.length - 1 ? 3 : 1, i == SIZES.length - 1 ? 4 : 5);
    }
    List<String> groups = Arrays.stream(RuleGroup.values()).filter(g -> g != RuleGroup.CUSTOM)
        .map(g -> g.name().toLowerCase(Locale.ROOT)).toList();
    groups(groups);
    collectors();
    for (int i = 0; i < SIZES.length; i++) {
      throughput(i);
    }
    String[] heap = heap();
    String[] cold = coldStart();
    String loadAfter = loadAverage();
    long minutes = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    write(heap, cold, loadBefore, loadAfter, minutes, groups);
    log("wrote %s in %d s", out, minutes);
  }

  // ---- JMH ---------------------------------------------------------------------------------

  private ChainedOptionsBuilder jmh(int size) {
    return new OptionsBuilder()
        .include(CheckBenchmark.class.getName() + ".check")
        .param("departments", String.valueOf(departments[size]))
        .param("facts", String.valueOf(SIZES[size]))
        .forks(1)
        .jvmArgs(FORK_JVM_ARGS)
        .shouldFailOnError(true)
        .output(work.resolve("jmh.log").toString());
  }

  private static TimeValue time(int seconds) {
    return QUICK ? TimeValue.milliseconds(300) : TimeValue.seconds(seconds);
  }

  private void latency(int size, List<String> subjects, int seconds, int iterations)
      throws RunnerException {
    log("latency at %d facts: %s", facts[size], subjects);
    ChainedOptionsBuilder options = jmh(size);
    if (subjects.equals(MAIN_SUBJECTS)) {
      options.addProfiler(GCProfiler.class);
    }
    Collection<RunResult> results = new Runner(options
        .param("subject", subjects.toArray(String[]::new))
        .mode(Mode.SampleTime)
        .timeUnit(TimeUnit.MICROSECONDS)
        .warmupIterations(QUICK ? 1 : WARMUP_ITERATIONS)
        .warmupTime(time(seconds))
        .measurementIterations(QUICK ? 1 : iterations)
        .measurementTime(time(seconds))
        .build()).run();
    for (RunResult r : results) {
      String subject = r.getParams().getParam("subject");
      latency.computeIfAbsent(subject, s -> new Statistics[SIZES.length])[size] =
          r.getPrimaryResult().getStatistics();
      for (Map.Entry<String, Result> e : r.getSecondaryResults().entrySet()) {
        if (e.getKey().endsWith("gc.alloc.rate.norm")) {
          allocated.computeIfAbsent(subject, s -> new double[SIZES.length])[size] =
              e.getValue().getScore();
        } else if (e.getKey().endsWith("gc.time")) {
          // summed over the iterations: the share of the measured time spent in GC pauses
          gcShare.computeIfAbsent(subject, s -> new double[SIZES.length])[size] =
              e.getValue().getScore() / (iterations * seconds * 1000.0);
        }
      }
    }
  }

  /**
   * Per rule group, in this process rather than in JMH forks: nine groups at four sizes would
   * be 36 forks, each paying the JIT's warm-up of the engine, beyond the time budget; here the
   * engine's code is compiled once and each group only warms its own rules. Per group and
   * size: checks for {@link #GROUP_SECONDS} of warm-up, then for as long again (at least five)
   * timed one by one.
   */
  private void groups(List<String> groups) {
    for (int size = 0; size < SIZES.length; size++) {
      log("groups at %d facts: %s", facts[size], groups);
      PlanDocument doc = PlanGenerator.generate(CheckBenchmark.SEED, departments[size],
          SIZES[size]);
      for (String group : groups) {
        Subject subject = Subject.named(group);
        long sink = 0;
        long end = System.nanoTime() + (long) (GROUP_SECONDS * 1e9);
        for (int n = 0; n < 3 || System.nanoTime() < end; n++) {
          sink += subject.check(doc);
        }
        ListStatistics st = new ListStatistics();
        end = System.nanoTime() + (long) (GROUP_SECONDS * 1e9);
        for (int n = 0; n < 5 || System.nanoTime() < end; n++) {
          long start = System.nanoTime();
          sink += subject.check(doc);
          st.addValue((System.nanoTime() - start) / 1e3);
        }
        latency.computeIfAbsent(group, s -> new Statistics[SIZES.length])[size] = st;
        if (sink == Long.MIN_VALUE) {
          log("unreachable");
        }
      }
    }
  }

  /** The whole catalog at the largest size in forks with other collectors. */
  private void collectors() throws RunnerException {
    int big = SIZES.length - 1;
    for (String gc : COLLECTORS) {
      log("latency at %d facts with %s", facts[big], gc);
      Collection<RunResult> results = new Runner(jmh(big)
          .jvmArgsAppend(gc)
          .param("subject", "catalog")
          .mode(Mode.SampleTime)
          .timeUnit(TimeUnit.MICROSECONDS)
          .warmupIterations(QUICK ? 1 : 3)
          .warmupTime(time(3))
          .measurementIterations(QUICK ? 1 : 3)
          .measurementTime(time(3))
          .build()).run();
      for (RunResult r : results) {
        byCollector.put(gc, r.getPrimaryResult().getStatistics());
      }
    }
  }

  private void throughput(int size) throws RunnerException {
    int seconds = size == SIZES.length - 1 ? 3 : 1;
    for (int threads : new int[] {1, 2}) {
      log("throughput at %d facts, %d thread(s)", facts[size], threads);
      Collection<RunResult> results = new Runner(jmh(size)
          .param("subject", "catalog")
          .mode(Mode.Throughput)
          .timeUnit(TimeUnit.SECONDS)
          .threads(threads)
          .warmupIterations(QUICK ? 1 : WARMUP_ITERATIONS)
          .warmupTime(time(seconds))
          .measurementIterations(QUICK ? 1 : 3)
          .measurementTime(time(seconds))
          .build()).run();
      for (RunResult r : results) {
        throughput.computeIfAbsent(threads, t -> new double[SIZES.length])[size] =
            r.getPrimaryResult().getScore();
      }
    }
  }

  // ---- heap --------------------------------------------------------------------------------

  /** {fits line at the smallest heap, smallest heap MB, retained line}. */
  private String[] heap() throws IOException, InterruptedException {
    int big = SIZES.length - 1;
    String fits = null;
    int smallest = -1;
    int lo = 0;
    int hi = HEAP_LADDER_MB.length - 1;
    // the smallest -Xmx of the ladder with which the largest check completes
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      log("heap: checking %d facts with -Xmx%dm", facts[big], HEAP_LADDER_MB[mid]);
      ProcessResult r = java(List.of("-Xmx" + HEAP_LADDER_MB[mid] + "m", "-XX:+ExitOnOutOfMemoryError"),
          HeapProbe.class, "fits", String.valueOf(departments[big]), String.valueOf(SIZES[big]));
      if (r.exit == 0) {
        fits = r.firstLine;
        smallest = HEAP_LADDER_MB[mid];
        hi = mid - 1;
      } else {
        lo = mid + 1;
      }
    }
    log("heap: %d checks of %d facts", RETAINED_CHECKS, facts[0]);
    ProcessResult retained = java(List.of("-Xmx256m"), HeapProbe.class, "retained",
        String.valueOf(departments[0]), String.valueOf(SIZES[0]),
        String.valueOf(RETAINED_CHECKS));
    if (retained.exit != 0) {
      throw new IllegalStateException("the retained-heap probe failed: " + retained.firstLine);
    }
    return new String[] {fits, String.valueOf(smallest), retained.firstLine};
  }

  // ---- cold start --------------------------------------------------------------------------

  /**
   * {sample description, probe median ms, read-only median ms, CLI median ms or null, probe
   * with a class-data archive median ms or null}.
   */
  private String[] coldStart() throws IOException, InterruptedException {
    Path sample = sample();
    Path cli = Path.of("..", "cli", "target", "strategy-check.jar").toAbsolutePath();
    boolean hasCli = Files.isRegularFile(cli);
    long[] probe = new long[COLD_RUNS];
    long[] read = new long[COLD_RUNS];
    long[] tool = new long[COLD_RUNS];
    long[] shared = new long[COLD_RUNS];
    // an application class-data archive of the probe's classes, written by one untimed run
    Path archive = work.resolve("probe.jsa");
    Files.deleteIfExists(archive);
    String jars = jarClassPath();
    if (jars != null) {
      process(List.of(java, "-XX:ArchiveClassesAtExit=" + archive, "-cp", jars,
          ColdStartProbe.class.getName(), sample.toString()));
    }
    boolean hasArchive = jars != null && Files.isRegularFile(archive);
    if (!hasArchive) {
      notes.add("No class-data archive could be written (the class path needs the modules' "
          + "jars): the cold start has no row for it.");
    }
    for (int run = 0; run < COLD_RUNS; run++) {
      log("cold start: run %d of %d", run + 1, COLD_RUNS);
      probe[run] = java(List.of(), ColdStartProbe.class, sample.toString()).firstLineNanos;
      read[run] = java(List.of(), ReadOnlyProbe.class, sample.toString()).firstLineNanos;
      if (hasArchive) {
        shared[run] = process(List.of(java, "-XX:SharedArchiveFile=" + archive, "-cp", jars,
            ColdStartProbe.class.getName(), sample.toString())).firstLineNanos;
      }
      if (hasCli) {
        tool[run] = process(List.of(java, "-jar", cli.toString(), "check", sample.toString()))
            .firstLineNanos;
      }
    }
    PlanDocument doc = PlanDocuments.strict().read(sample);
    return new String[] {
      "`" + Path.of("").toAbsolutePath().relativize(sample) + "` (" + PlanChecker.factCount(doc)
          + " facts)",
      ms(median(probe)), ms(median(read)), hasCli ? ms(median(tool)) : null,
      hasArchive ? ms(median(shared)) : null
    };
  }

  /**
   * The class path with each module's {@code target/classes} replaced by the module's jar
   * beside it and test classes left out, as a class-data archive takes classes from jars only;
   * null where some directory has no jar.
   */
  private String jarClassPath() throws IOException {
    List<String> out = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
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

  // ---- processes ---------------------------------------------------------------------------

  private record ProcessResult(int exit, String firstLine, long firstLineNanos) {}

  private ProcessResult java(List<String> jvmArgs, Class<?> main, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmArgs);
    command.add("-cp");
    command.add(classPath);
    command.add(main.getName());
    command.addAll(List.of(args));
    return process(command);
  }

  /** Runs a process; times its start to its first line of standard output. */
  private ProcessResult process(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false)
        .redirectError(work.resolve("child-stderr.log").toFile());
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
    return new ProcessResult(exit, first, firstAt);
  }

  // ---- report ------------------------------------------------------------------------------

  private void write(String[] heap, String[] cold, String loadBefore, String loadAfter,
      long seconds, List<String> groups) throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("# Benchmarks\n\n")
        .append("Written by `BenchmarkReport` (strategy-examples, package ")
        .append("`org.strategysession.bench`); regenerate with\n\n")
        .append("```\nmvn -B -Pbench -pl strategy-examples/bench -am package -DskipTests\n```\n\n")
        .append("All figures of one table come from one run, side by side. Documents come from ")
        .append("`PlanGenerator` (seed ").append(CheckBenchmark.SEED).append("); size is the ")
        .append("number of facts the engine is given (`PlanChecker.factCount`). The baseline ")
        .append("is `BaselineChecker`, the six rules written by hand (hash-map joins, no engine, ")
        .append("no messages); `BaselineAgreementTest` holds it to the engine's findings.\n\n");
    machine(md, loadBefore, loadAfter, seconds);
    md.append(TARGETS_MARKER);
    md.append("\n## 1–2. Warm check time (JMH sample time, µs)\n\n")
        .append("One fork per figure, ").append(WARMUP_ITERATIONS)
        .append(" warm-up iterations of 1 s (3 s at the largest size), then 5 (4) measured; ")
        .append("median / p99 of the sampled checks; ")
        .append("ratios are of medians, and in brackets of the fastest checks (other ")
        .append("processes on the machine only ever add time, so the minimum is the least ")
        .append("disturbed figure).\n\n")
        .append("| facts | departments | baseline | six rules | six ÷ baseline | whole catalog | ")
        .append("catalog ÷ baseline | catalog: allocated per check | catalog: time in GC pauses |\n")
        .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (int i = 0; i < SIZES.length; i++) {
      Statistics b = latency.get("baseline")[i];
      Statistics s = latency.get("six")[i];
      Statistics c = latency.get("catalog")[i];
      md.append("| ").append(facts[i]).append(" | ").append(Math.max(1, departments[i]))
          .append(" | ").append(mp(b)).append(" | ").append(mp(s)).append(" | ")
          .append(ratio(s, b)).append(" | ").append(mp(c)).append(" | ")
          .append(ratio(c, b)).append(" | ").append(bytes(allocated, "catalog", i))
          .append(" | ").append(percent(gcShare, "catalog", i)).append(" |\n");
    }
    md.append("\nThe six-rule engine allocates ").append(bytes(allocated, "six", SIZES.length - 1))
        .append(" per check at the largest size, the baseline ")
        .append(bytes(allocated, "baseline", SIZES.length - 1))
        .append(" (JMH's GC profiler, `gc.alloc.rate.norm`).\n");
    md.append("\n### The collector at ").append(facts[SIZES.length - 1])
        .append(" facts (whole catalog, same flags otherwise)\n\n")
        .append("| collector | median / p99 (µs) |\n|---|---:|\n")
        .append("| G1 (the default) | ").append(mp(latency.get("catalog")[SIZES.length - 1]))
        .append(" |\n");
    for (Map.Entry<String, Statistics> e : byCollector.entrySet()) {
      md.append("| `").append(e.getKey()).append("` | ").append(mp(e.getValue())).append(" |\n");
    }
    md.append("\n## 3. Growth: log-log slope of median check time against facts\n\n")
        .append("Over the four sizes (10²–10⁵) and over the last decade alone (10⁴–10⁵, where ")
        .append("fixed per-check costs no longer hide the growth). Per group: a checker with ")
        .append("only that group's rules (`enableOnly`); the revision group checks the ")
        .append("document as a revision of itself. The groups are timed by a plain harness in ")
        .append("one warm process (").append(GROUP_SECONDS).append(" s of warm-up, then ")
        .append(GROUP_SECONDS).append(" s of checks timed one by one, per group and size), ")
        .append("not in JMH forks: 36 forks, each warming the engine up anew, would not fit ")
        .append("the time budget.\n\n")
        .append("| checker | ");
    for (int f : facts) {
      md.append(f).append(" facts | ");
    }
    md.append("slope 10²–10⁵ | slope 10⁴–10⁵ | slope of the fastest, 10²–10⁵ | ")
        .append("slope of the fastest, 10⁴–10⁵ |\n|---|");
    md.append("---:|".repeat(SIZES.length + 4)).append('\n');
    List<String> all = new ArrayList<>(MAIN_SUBJECTS);
    all.addAll(groups);
    for (String subject : all) {
      Statistics[] st = latency.get(subject);
      md.append("| ").append(subject).append(" | ");
      for (Statistics s : st) {
        md.append(us(s.getPercentile(50))).append(" | ");
      }
      md.append(String.format(Locale.ROOT, "%.2f | %.2f | %.2f | %.2f |%n", slope(st, 0),
          slope(st, SIZES.length - 2), slopeOfMin(st, 0), slopeOfMin(st, SIZES.length - 2)));
    }
    md.append("\n## 4. Throughput: checks per second, whole catalog, one shared checker\n\n")
        .append("| facts | 1 thread | 2 threads | speed-up |\n|---:|---:|---:|---:|\n");
    for (int i = 0; i < SIZES.length; i++) {
      double one = throughput.get(1)[i];
      double two = throughput.get(2)[i];
      md.append(String.format(Locale.ROOT, "| %d | %s | %s | %.2f× |%n", facts[i], ops(one),
          ops(two), two / one));
    }
    Map<String, String> fit = keyValues(heap[0]);
    Map<String, String> ret = keyValues(heap[2]);
    long before = Long.parseLong(ret.get("before"));
    long after = Long.parseLong(ret.get("after"));
    md.append("\n## 5. Heap\n\n")
        .append("| measure | value |\n|---|---:|\n")
        .append("| smallest `-Xmx` of the ladder ").append(Arrays.toString(HEAP_LADDER_MB))
        .append(" MB with which a process builds the whole catalog, generates the ")
        .append(fit.get("facts")).append("-fact document and checks it three times | ")
        .append(heap[1]).append(" MB |\n")
        .append("| bytes allocated by the checking thread during one warm check of that ")
        .append("document (`ThreadMXBean.getThreadAllocatedBytes`; allocation, not live heap) | ")
        .append(mb(Long.parseLong(fit.get("allocated")))).append(" |\n")
        .append("| used heap after full GC, after 1,000 warm-up checks of the ")
        .append(ret.get("facts")).append("-fact document (whole catalog, `-Xmx256m`) | ")
        .append(mb(before)).append(" |\n")
        .append("| the same after ").append(String.format(Locale.ROOT, "%,d", RETAINED_CHECKS))
        .append(" more checks (").append(ret.get("seconds")).append(" s) | ").append(mb(after))
        .append(" |\n")
        .append("| retained growth | ").append(mb(after - before)).append(" |\n");
    md.append("\n## 6. Cold start (median of ").append(COLD_RUNS)
        .append(" runs, process start to its first line of output)\n\n")
        .append("Sample: ").append(cold[0]).append(". JVM without options.\n\n")
        .append("| process | median | ÷ read-only |\n|---|---:|---:|\n");
    double read = Double.parseDouble(cold[2]);
    if (cold[3] != null) {
      md.append("| `java -jar strategy-check.jar check` | ").append(cold[3]).append(" ms | ")
          .append(String.format(Locale.ROOT, "%.1f×", Double.parseDouble(cold[3]) / read))
          .append(" |\n");
    }
    md.append("| `ColdStartProbe`: standard checker, read, check, print counts")
        .append(cold[3] == null ? " (stands in for the CLI, whose jar this build has not)" : "")
        .append(" | ").append(cold[1]).append(" ms | ")
        .append(String.format(Locale.ROOT, "%.1f×", Double.parseDouble(cold[1]) / read))
        .append(" |\n")
        .append("| `ReadOnlyProbe`: read with `PlanDocuments.strict()` only | ").append(cold[2])
        .append(" ms | 1.0× |\n");
    if (cold[4] != null) {
      md.append("| `ColdStartProbe` with an application class-data archive (`-XX:SharedArchiveFile`,")
          .append(" written by one run with `-XX:ArchiveClassesAtExit`) | ").append(cold[4])
          .append(" ms | ")
          .append(String.format(Locale.ROOT, "%.1f×", Double.parseDouble(cold[4]) / read))
          .append(" |\n");
    }
    for (String note : notes) {
      md.append("\n").append(note).append('\n');
    }
    String text = md.toString().replace(TARGETS_MARKER, targets(heap, cold, after - before));
    text = text + analysisSection();
    Files.writeString(out, text, StandardCharsets.UTF_8);
  }

  private static final String TARGETS_MARKER = "<!-- targets -->\n";

  /** The analysis kept beside the generated report, if any (see {@link #ANALYSIS}). */
  private String analysisSection() throws IOException {
    Path analysis = Path.of(ANALYSIS).toAbsolutePath();
    return Files.isRegularFile(analysis)
        ? "\n" + Files.readString(analysis, StandardCharsets.UTF_8) : "";
  }

  /** Hand-written findings about the figures, appended to the report (module-relative). */
  static final String ANALYSIS = "src/bench/analysis.md";

  private String targets(String[] heap, String[] cold, long retained) {
    int big = SIZES.length - 1;
    int mid = SIZES.length - 2;
    double six = Math.max(medianRatio("six", mid), medianRatio("six", big));
    double catalog = Math.max(medianRatio("catalog", mid), medianRatio("catalog", big));
    double worstSlope = 0;
    String worst = "";
    for (Map.Entry<String, Statistics[]> e : latency.entrySet()) {
      if (e.getKey().equals("baseline")) {
        continue;
      }
      double s = slope(e.getValue(), 0);
      if (s > worstSlope) {
        worstSlope = s;
        worst = e.getKey();
      }
    }
    double speedUp = Double.MAX_VALUE;
    for (int i = 0; i < SIZES.length; i++) {
      speedUp = Math.min(speedUp, throughput.get(2)[i] / throughput.get(1)[i]);
    }
    int heapMb = Integer.parseInt(heap[1]);
    double startMs = Double.parseDouble(cold[3] != null ? cold[3] : cold[1]);
    double startRatio = startMs / Double.parseDouble(cold[2]);
    StringBuilder t = new StringBuilder("\n## Targets\n\n| target | measured | met |\n|---|---|---|\n");
    row(t, "warm six-rule check ≤ 3× baseline at 10⁴–10⁵ facts",
        String.format(Locale.ROOT, "%.1f× (worst of the two sizes)", six), six <= 3);
    row(t, "whole catalog ≤ 10× the six-rule baseline at 10⁴–10⁵ facts",
        String.format(Locale.ROOT, "%.1f×", catalog), catalog <= 10);
    row(t, "slope ≤ 1.1 overall and per group (10²–10⁵)",
        String.format(Locale.ROOT, "worst %.2f (%s)", worstSlope, worst), worstSlope <= 1.1);
    row(t, "2 threads ≥ 1.7× one thread",
        String.format(Locale.ROOT, "%.2f× (worst size)", speedUp), speedUp >= 1.7);
    row(t, "heap ≤ 256 MB at 10⁵ facts", heapMb + " MB fits", heapMb > 0 && heapMb <= 256);
    row(t, "no retained growth", mb(retained), retained < 1024 * 1024);
    row(t, "cold start ≤ 1.5 s and ≤ 8× read-only",
        String.format(Locale.ROOT, "%.0f ms, %.1f×", startMs, startRatio),
        startMs <= 1500 && startRatio <= 8);
    return t.toString();
  }

  private static void row(StringBuilder t, String target, String measured, boolean met) {
    t.append("| ").append(target).append(" | ").append(measured).append(" | ")
        .append(met ? "yes" : "**no**").append(" |\n");
  }

  private double medianRatio(String subject, int size) {
    return latency.get(subject)[size].getPercentile(50)
        / latency.get("baseline")[size].getPercentile(50);
  }

  private double slope(Statistics[] st, int from) {
    double[] x = new double[SIZES.length - from];
    double[] y = new double[x.length];
    for (int i = from; i < SIZES.length; i++) {
      x[i - from] = facts[i];
      y[i - from] = st[i].getPercentile(50);
    }
    return Slope.of(x, y);
  }

  private double slopeOfMin(Statistics[] st, int from) {
    double[] x = new double[SIZES.length - from];
    double[] y = new double[x.length];
    for (int i = from; i < SIZES.length; i++) {
      x[i - from] = facts[i];
      y[i - from] = st[i].getMin();
    }
    return Slope.of(x, y);
  }

  private void machine(StringBuilder md, String loadBefore, String loadAfter, long seconds)
      throws IOException {
    String cpu = "unknown";
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (Files.isReadable(cpuinfo)) {
      cpu = Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(cpu);
    }
    String memory = "unknown";
    Path meminfo = Path.of("/proc/meminfo");
    if (Files.isReadable(meminfo)) {
      memory = Files.readAllLines(meminfo).stream().filter(l -> l.startsWith("MemTotal"))
          .map(l -> String.format(Locale.ROOT, "%.1f GB",
              Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
          .findFirst().orElse(memory);
    }
    md.append("## Machine and JVM\n\n")
        .append("| | |\n|---|---|\n")
        .append("| date | ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME
            .withLocale(Locale.ROOT))).append(" |\n")
        .append("| CPU | ").append(cpu).append(", ")
        .append(Runtime.getRuntime().availableProcessors()).append(" cores |\n")
        .append("| memory | ").append(memory).append(" |\n")
        .append("| OS | ").append(System.getProperty("os.name")).append(' ')
        .append(System.getProperty("os.version")).append(" |\n")
        .append("| JVM | ").append(System.getProperty("java.vm.name")).append(' ')
        .append(System.getProperty("java.runtime.version")).append(", ")
        .append(System.getProperty("java.vm.vendor")).append(" |\n")
        .append("| JMH forks | 1 per measurement, flags `").append(String.join(" ", FORK_JVM_ARGS))
        .append("`, default collector (")
        .append(ManagementFactory.getGarbageCollectorMXBeans().get(0).getName()).append(" …) |\n")
        .append("| harness JVM flags | `")
        .append(String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()))
        .append("` |\n")
        .append("| load average (1, 5, 15 min) | before ").append(loadBefore).append(", after ")
        .append(loadAfter).append(" |\n")
        .append("| run time | ").append(seconds / 60).append(" min ").append(seconds % 60)
        .append(" s |\n");
  }

  // ---- formatting --------------------------------------------------------------------------

  private static String mp(Statistics s) {
    return us(s.getPercentile(50)) + " / " + us(s.getPercentile(99));
  }

  private static String ratio(Statistics a, Statistics b) {
    return String.format(Locale.ROOT, "%.1f× (%.1f×)", a.getPercentile(50) / b.getPercentile(50),
        a.getMin() / b.getMin());
  }

  private static String us(double micros) {
    if (micros >= 10_000) {
      return String.format(Locale.ROOT, "%,.0f", micros);
    }
    return String.format(Locale.ROOT, micros >= 100 ? "%.0f" : "%.1f", micros);
  }

  private static String bytes(Map<String, double[]> values, String subject, int size) {
    double[] v = values.get(subject);
    if (v == null) {
      return "–";
    }
    double b = v[size];
    return b >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", b / 1024 / 1024)
        : String.format(Locale.ROOT, "%.0f KB", b / 1024);
  }

  private static String percent(Map<String, double[]> values, String subject, int size) {
    double[] v = values.get(subject);
    return v == null ? "–" : String.format(Locale.ROOT, "%.0f%%", 100 * v[size]);
  }

  private static String ops(double perSecond) {
    return String.format(Locale.ROOT, perSecond >= 100 ? "%,.0f" : "%.1f", perSecond);
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
  }

  private static String ms(long nanos) {
    return String.format(Locale.ROOT, "%.0f", nanos / 1e6);
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static Map<String, String> keyValues(String line) {
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

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + ", " + parts[1] + ", " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static void log(String format, Object... args) {
    System.out.printf(Locale.ROOT, "[bench] " + format + "%n", args);
  }
}
