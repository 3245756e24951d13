package org.strategysession.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.strategysession.model.PlanDocument;

/**
 * One warm check of a generated document (JMH). The document and the checker are built once
 * per trial and shared by all benchmark threads, as an embedder shares one checker; the mode,
 * threads and iterations are chosen by {@link BenchmarkReport}.
 */
@State(Scope.Benchmark)
public class CheckBenchmark {
  /** The generator seed of every benchmark document. */
  public static final long SEED = 2027;

  /** Departments of the document ({@link PlanGenerator#generate(long, int, int)}). */
  @Param("10")
  public int departments;

  /** The wanted number of facts (used where {@link #departments} is 0: a compact document). */
  @Param("100")
  public int facts;

  /** What checks: {@code baseline}, {@code six}, {@code catalog} or a rule group. */
  @Param("catalog")
  public String subject;

  private PlanDocument document;
  private Subject checker;

  /** Builds the document and the checker. */
  @Setup
  public void setUp() {
    document = PlanGenerator.generate(SEED, departments, facts);
    checker = Subject.named(subject);
  }

  /** One check; returns the number of findings so that the work is not eliminated. */
  @Benchmark
  public int check() {
    return checker.check(document);
  }
}
