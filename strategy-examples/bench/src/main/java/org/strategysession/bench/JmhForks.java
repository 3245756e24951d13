package org.strategysession.bench;

import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * How the report runs {@link CheckBenchmark} in JMH: one fork per measurement with a fixed heap,
 * the document of one size, and the same length for every warm-up and measured iteration.
 * JMH's own output goes to a log in the work directory.
 */
final class JmhForks {
  /** The flags of every fork. */
  static final String[] JVM_ARGS = {"-Xms1g", "-Xmx1g"};
  /**
   * Warm-up iterations of a fork (1 s each, 3 s at the largest size): compiling the engine's
   * code paths takes the JIT several seconds on two cores.
   */
  static final int WARMUP_ITERATIONS = 4;

  private final Sizes sizes;
  private final Path log;

  JmhForks(Sizes sizes, Path log) {
    this.sizes = sizes;
    this.log = log;
  }

  /**
   * The options of a run at one size, to which the caller adds the subject and whatever else
   * it needs; in a quick run one iteration of each kind, 0.3 s long.
   */
  ChainedOptionsBuilder at(int size, Mode mode, TimeUnit unit, int seconds, int warmups,
      int measurements) {
    boolean quick = BenchmarkReport.QUICK;
    TimeValue time = quick ? TimeValue.milliseconds(300) : TimeValue.seconds(seconds);
    return new OptionsBuilder()
        .include(CheckBenchmark.class.getName() + ".check")
        .param("departments", String.valueOf(sizes.departments(size)))
        .param("facts", String.valueOf(sizes.asked(size)))
        .forks(1)
        .jvmArgs(JVM_ARGS)
        .shouldFailOnError(true)
        .output(log.toString())
        .mode(mode)
        .timeUnit(unit)
        .warmupIterations(quick ? 1 : warmups)
        .warmupTime(time)
        .measurementIterations(quick ? 1 : measurements)
        .measurementTime(time);
  }

  static Collection<RunResult> run(ChainedOptionsBuilder options) throws RunnerException {
    return new Runner(options.build()).run();
  }
}
