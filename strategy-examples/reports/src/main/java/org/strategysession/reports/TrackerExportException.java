package org.strategysession.reports;

import java.util.Objects;

/**
 * A task tracker's CSV export that cannot be read ({@link TrackerExport#read}): the file is
 * missing or unreadable, has no header with a key and a status column, is not CSV, or holds a
 * resolution date in no known format. {@link #line()} is the line of the file where the
 * problem is (1 for the header), 0 where there is none (a file that does not exist).
 *
 * <p>Immutable and thread-safe.
 */
public final class TrackerExportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String reason;
  private final int line;

  /**
   * @param reason what is wrong, without the place; not null
   * @param line the line of the file, 1-based, or 0 where there is none
   */
  public TrackerExportException(String reason, int line) {
    super(line > 0 ? "line " + line + ": " + reason : reason);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.line = Math.max(line, 0);
  }

  /** What is wrong, without the place; never null. */
  public String reason() {
    return reason;
  }

  /** The line of the file, 1-based, or 0 where there is none. */
  public int line() {
    return line;
  }

  /**
   * The problem located in its file, the way the tool prints every error: {@code
   * export.csv:7: reason}, or {@code export.csv: reason} without a line.
   *
   * @param file the file as its user named it; not null
   */
  public String located(String file) {
    return Objects.requireNonNull(file, "file") + (line > 0 ? ":" + line : "") + ": "
        + reason;
  }
}
