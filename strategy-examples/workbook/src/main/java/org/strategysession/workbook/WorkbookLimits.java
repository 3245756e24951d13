package org.strategysession.workbook;

import java.util.Objects;

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
public final class WorkbookLimits {
  private static final WorkbookLimits DEFAULTS = new Builder().build();

  private final long maxFileBytes;
  private final long maxPartBytes;
  private final long maxUnpackedBytes;
  private final int maxSheets;
  private final int maxRowsPerSheet;
  private final int maxCellsPerSheet;
  private final int maxCells;
  private final int maxSharedStrings;

  private WorkbookLimits(Builder b) {
    this.maxFileBytes = b.maxFileBytes;
    this.maxPartBytes = b.maxPartBytes;
    this.maxUnpackedBytes = b.maxUnpackedBytes;
    this.maxSheets = b.maxSheets;
    this.maxRowsPerSheet = b.maxRowsPerSheet;
    this.maxCellsPerSheet = b.maxCellsPerSheet;
    this.maxCells = b.maxCells;
    this.maxSharedStrings = b.maxSharedStrings;
  }

  /** The default limits. */
  public static WorkbookLimits defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these limits. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxFileBytes = maxFileBytes;
    b.maxPartBytes = maxPartBytes;
    b.maxUnpackedBytes = maxUnpackedBytes;
    b.maxSheets = maxSheets;
    b.maxRowsPerSheet = maxRowsPerSheet;
    b.maxCellsPerSheet = maxCellsPerSheet;
    b.maxCells = maxCells;
    b.maxSharedStrings = maxSharedStrings;
    return b;
  }

  /** Largest file in bytes, as stored; default {@value PlanWorkbooks#MAX_FILE_BYTES} (64 MiB). */
  public long maxFileBytes() {
    return maxFileBytes;
  }

  /** Largest part of the package (a sheet, the shared texts, the styles…) unpacked; default 16 MiB. */
  public long maxPartBytes() {
    return maxPartBytes;
  }

  /** Largest sum of all parts unpacked; default 32 MiB. */
  public long maxUnpackedBytes() {
    return maxUnpackedBytes;
  }

  /** Most sheets; default 100. */
  public int maxSheets() {
    return maxSheets;
  }

  /** Most rows of one sheet (rows the file holds, blank or not); default 5,000. */
  public int maxRowsPerSheet() {
    return maxRowsPerSheet;
  }

  /** Most cells of one sheet (cells the file holds, blank or not); default 50,000. */
  public int maxCellsPerSheet() {
    return maxCellsPerSheet;
  }

  /** Most cells of all sheets together; default 200,000. */
  public int maxCells() {
    return maxCells;
  }

  /** Most shared texts (the table of texts that cells refer to); default 200,000. */
  public int maxSharedStrings() {
    return maxSharedStrings;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WorkbookLimits w
        && maxFileBytes == w.maxFileBytes && maxPartBytes == w.maxPartBytes
        && maxUnpackedBytes == w.maxUnpackedBytes && maxSheets == w.maxSheets
        && maxRowsPerSheet == w.maxRowsPerSheet && maxCellsPerSheet == w.maxCellsPerSheet
        && maxCells == w.maxCells && maxSharedStrings == w.maxSharedStrings;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxFileBytes, maxPartBytes, maxUnpackedBytes, maxSheets,
        maxRowsPerSheet, maxCellsPerSheet, maxCells, maxSharedStrings);
  }

  @Override
  public String toString() {
    return "WorkbookLimits{maxFileBytes=" + maxFileBytes + ", maxPartBytes=" + maxPartBytes
        + ", maxUnpackedBytes=" + maxUnpackedBytes + ", maxSheets=" + maxSheets
        + ", maxRowsPerSheet=" + maxRowsPerSheet + ", maxCellsPerSheet=" + maxCellsPerSheet
        + ", maxCells=" + maxCells + ", maxSharedStrings=" + maxSharedStrings + "}";
  }

  /**
   * Builds {@link WorkbookLimits}; every limit must be positive, and the file limit at most
   * 2 GiB less a few bytes (the file is held in one array). Not thread-safe.
   */
  public static final class Builder {
    private long maxFileBytes = PlanWorkbooks.MAX_FILE_BYTES;
    private long maxPartBytes = 16L << 20;
    private long maxUnpackedBytes = 32L << 20;
    private int maxSheets = 100;
    private int maxRowsPerSheet = 5_000;
    private int maxCellsPerSheet = 50_000;
    private int maxCells = 200_000;
    private int maxSharedStrings = 200_000;

    private Builder() {}

    /** @see WorkbookLimits#maxFileBytes() */
    public Builder maxFileBytes(long bytes) {
      this.maxFileBytes = bytes;
      return this;
    }

    /** @see WorkbookLimits#maxPartBytes() */
    public Builder maxPartBytes(long bytes) {
      this.maxPartBytes = bytes;
      return this;
    }

    /** @see WorkbookLimits#maxUnpackedBytes() */
    public Builder maxUnpackedBytes(long bytes) {
      this.maxUnpackedBytes = bytes;
      return this;
    }

    /** @see WorkbookLimits#maxSheets() */
    public Builder maxSheets(int sheets) {
      this.maxSheets = sheets;
      return this;
    }

    /** @see WorkbookLimits#maxRowsPerSheet() */
    public Builder maxRowsPerSheet(int rows) {
      this.maxRowsPerSheet = rows;
      return this;
    }

    /** @see WorkbookLimits#maxCellsPerSheet() */
    public Builder maxCellsPerSheet(int cells) {
      this.maxCellsPerSheet = cells;
      return this;
    }

    /** @see WorkbookLimits#maxCells() */
    public Builder maxCells(int cells) {
      this.maxCells = cells;
      return this;
    }

    /** @see WorkbookLimits#maxSharedStrings() */
    public Builder maxSharedStrings(int strings) {
      this.maxSharedStrings = strings;
      return this;
    }

    /**
     * The limits.
     *
     * @throws IllegalArgumentException if a limit is not positive or the file limit is too
     *     large for one array
     */
    public WorkbookLimits build() {
      if (maxFileBytes < 1 || maxPartBytes < 1 || maxUnpackedBytes < 1 || maxSheets < 1
          || maxRowsPerSheet < 1 || maxCellsPerSheet < 1 || maxCells < 1
          || maxSharedStrings < 1) {
        throw new IllegalArgumentException("workbook limits must be positive");
      }
      if (maxFileBytes > Integer.MAX_VALUE - 16) {
        throw new IllegalArgumentException("maxFileBytes must be below 2 GiB: " + maxFileBytes);
      }
      return new WorkbookLimits(this);
    }
  }
}
