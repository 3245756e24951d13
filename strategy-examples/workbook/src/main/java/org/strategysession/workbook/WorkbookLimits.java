package org.strategysession.workbook;

import org.immutables.value.Value;

/**
 * Limits that protect the workbook reader against hostile or runaway files, checked on the
 * file's zip package before a sheet is built: the size of the file, the unpacked size of each
 * part and of all of them (counted while unpacking, not taken from the zip's headers), the
 * number of sheets, the rows and cells of each sheet and of the workbook, and the number of
 * shared texts. A file over a limit gives one problem naming the sheet where there is one,
 * and nothing of it is read.
 *
 * <p>The defaults are far above any real plan workbook (a department's tab holds about sixty
 * rows and six hundred cells, a whole workbook a few hundred kilobytes unpacked), and low
 * enough that the largest workbook they accept is read and checked in a 512 MB heap
 * (README, "Reliability", has the figures). Change them with {@link #builder()} and {@link
 * PlanWorkbooks#withLimits(WorkbookLimits)}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public interface WorkbookLimits {
  /** Largest file in bytes, as stored; default {@value PlanWorkbooks#MAX_FILE_BYTES} (64 MiB). */
  @Value.Default
  default long maxFileBytes() {
    return PlanWorkbooks.MAX_FILE_BYTES;
  }

  /** Largest part of the package (a sheet, the shared texts, the styles…) unpacked; default 16 MiB. */
  @Value.Default
  default long maxPartBytes() {
    return 16L << 20;
  }

  /** Largest sum of all parts unpacked; default 32 MiB. */
  @Value.Default
  default long maxUnpackedBytes() {
    return 32L << 20;
  }

  /** Most sheets; default 100. */
  @Value.Default
  default int maxSheets() {
    return 100;
  }

  /** Most rows of one sheet (rows the file holds, blank or not); default 5,000. */
  @Value.Default
  default int maxRowsPerSheet() {
    return 5_000;
  }

  /** Most cells of one sheet (cells the file holds, blank or not); default 50,000. */
  @Value.Default
  default int maxCellsPerSheet() {
    return 50_000;
  }

  /** Most cells of all sheets together; default 200,000. */
  @Value.Default
  default int maxCells() {
    return 200_000;
  }

  /** Most shared texts (the table of texts that cells refer to); default 200,000. */
  @Value.Default
  default int maxSharedStrings() {
    return 200_000;
  }

  /**
   * Every limit is positive, and the file limit at most 2 GiB less a few bytes (the file is held
   * in one array); {@link IllegalArgumentException} otherwise, when the limits are built.
   */
  @Value.Check
  default void check() {
    if (maxFileBytes() < 1 || maxPartBytes() < 1 || maxUnpackedBytes() < 1 || maxSheets() < 1
        || maxRowsPerSheet() < 1 || maxCellsPerSheet() < 1 || maxCells() < 1
        || maxSharedStrings() < 1) {
      throw new IllegalArgumentException("workbook limits must be positive: " + this);
    }
    if (maxFileBytes() > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("maxFileBytes must be below 2 GiB: " + maxFileBytes());
    }
  }

  /** The default limits. */
  static WorkbookLimits defaults() {
    return ImmutableWorkbookLimits.builder().build();
  }

  /** A builder starting from the defaults; not thread-safe. */
  static ImmutableWorkbookLimits.Builder builder() {
    return ImmutableWorkbookLimits.builder();
  }

  /** A builder starting from these limits. */
  default ImmutableWorkbookLimits.Builder toBuilder() {
    return ImmutableWorkbookLimits.builder().from(this);
  }
}
