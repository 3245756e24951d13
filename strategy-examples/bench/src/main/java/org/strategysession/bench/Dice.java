package org.strategysession.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's random draws, all from one seeded sequence: the same seed and the same
 * order of draws give the same document. Not thread-safe.
 */
final class Dice {
  private final SplittableRandom random;

  Dice(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** True with probability {@code p}. */
  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** From {@code min} to {@code max}, both included. */
  int between(int min, int max) {
    return random.nextInt(min, max + 1);
  }

  /** From 0 to {@code bound − 1}. */
  int below(int bound) {
    return random.nextInt(bound);
  }

  /** From 0 (included) to 1 (excluded). */
  double fraction() {
    return random.nextDouble();
  }

  <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
