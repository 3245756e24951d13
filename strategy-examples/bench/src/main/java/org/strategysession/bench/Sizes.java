package org.strategysession.bench;

import org.strategysession.model.PlanDocument;
import org.strategysession.rules.PlanChecker;

/**
 * The document sizes the report measures at, by size index from the smallest: the facts asked
 * of the generator, the departments whose document comes closest ({@link
 * PlanGenerator#departmentsFor}) and the facts the checker then makes of it. Immutable.
 */
final class Sizes {
  private final int[] asked;
  private final int[] departments;
  private final int[] facts;

  private Sizes(int[] asked) {
    this.asked = asked.clone();
    this.departments = new int[asked.length];
    this.facts = new int[asked.length];
    for (int i = 0; i < asked.length; i++) {
      departments[i] = PlanGenerator.departmentsFor(CheckBenchmark.SEED, asked[i]);
      facts[i] = PlanChecker.factCount(document(i));
      BenchmarkReport.log("size %d: %d departments, %d facts", asked[i], departments[i],
          facts[i]);
    }
  }

  /** Generates the documents of these sizes once to learn their departments and facts. */
  static Sizes of(int... asked) {
    return new Sizes(asked);
  }

  int count() {
    return asked.length;
  }

  /** The index of the largest size. */
  int largest() {
    return asked.length - 1;
  }

  /** The facts asked of the generator (the benchmark's {@code facts} parameter). */
  int asked(int size) {
    return asked[size];
  }

  /** The departments of the document, 0 for a compact one. */
  int departments(int size) {
    return departments[size];
  }

  /** The facts the checker makes of the document ({@code PlanChecker.factCount}). */
  int facts(int size) {
    return facts[size];
  }

  /** The benchmark document of this size, generated anew. */
  PlanDocument document(int size) {
    return PlanGenerator.generate(CheckBenchmark.SEED, departments[size], asked[size]);
  }
}
