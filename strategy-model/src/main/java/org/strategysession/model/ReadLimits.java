package org.strategysession.model;

import org.immutables.value.Value;

/**
 * Limits that protect the reader against hostile or runaway input. The defaults are far above
 * any real plan (a plan is about six levels deep and a few hundred kilobytes).
 */
@Value.Immutable
public interface ReadLimits {
  /** Deepest nesting of objects and arrays; default 64. */
  @Value.Default
  default int maxNestingDepth() {
    return 64;
  }

  /**
   * Largest document in bytes (UTF-8); default 16 MiB, about 40 times the largest plan of a
   * real company. The largest document of that size is read in 128 MB of heap and checked in
   * 512 MB (README, "Reliability"); one of 32 MiB needed a gigabyte to check.
   */
  @Value.Default
  default long maxDocumentBytes() {
    return 16L * 1024 * 1024;
  }

  /** Longest string value or field name in characters; default 1,000,000. */
  @Value.Default
  default int maxStringLength() {
    return 1_000_000;
  }

  /** Longest number in characters; default 100 (a plan's numbers are short). */
  @Value.Default
  default int maxNumberLength() {
    return 100;
  }

  @Value.Check
  default void check() {
    if (maxNestingDepth() < 1 || maxDocumentBytes() < 1 || maxStringLength() < 1
        || maxNumberLength() < 1) {
      throw new IllegalArgumentException("read limits must be positive: " + this);
    }
  }

  /** The default limits. */
  static ReadLimits defaults() {
    return ImmutableReadLimits.builder().build();
  }

  static ImmutableReadLimits.Builder builder() {
    return ImmutableReadLimits.builder();
  }
}
