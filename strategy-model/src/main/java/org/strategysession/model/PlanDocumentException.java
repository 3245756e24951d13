package org.strategysession.model;

import java.util.Objects;

/**
 * A document that is not a {@code strategy-session/1} plan document at all: malformed JSON,
 * a wrong type, an unknown field or enum value, a number out of range, a missing id, an
 * unsupported format, or input over the reader's limits. The only exception the reader
 * throws for bad input.
 *
 * <p>The message is complete on its own (it names the place); {@link #line()}, {@link
 * #column()} and {@link #pointer()} give the place to programs.
 */
public final class PlanDocumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String reason;
  private final int line;
  private final int column;
  private final String pointer;

  /**
   * @param reason what is wrong, without the place; not null
   * @param line 1-based line, or 0 when unknown
   * @param column 1-based column, or 0 when unknown
   * @param pointer RFC 6901 JSON Pointer of the offending value ({@code ""} for the whole
   *     document); not null
   */
  public PlanDocumentException(String reason, int line, int column, String pointer) {
    super(format(reason, line, column, pointer));
    this.reason = Objects.requireNonNull(reason, "reason");
    this.line = line;
    this.column = column;
    this.pointer = Objects.requireNonNull(pointer, "pointer");
  }

  private static String format(String reason, int line, int column, String pointer) {
    StringBuilder sb = new StringBuilder();
    if (line > 0) {
      sb.append("line ").append(line);
      if (column > 0) {
        sb.append(", column ").append(column);
      }
      sb.append(": ");
    }
    sb.append(reason);
    if (!pointer.isEmpty()) {
      sb.append(" (at ").append(pointer).append(')');
    }
    return sb.toString();
  }

  /** What is wrong, without the place; never null. */
  public String reason() {
    return reason;
  }

  /** The 1-based line of the offending input, or 0 when unknown (e.g. an unreadable file). */
  public int line() {
    return line;
  }

  /** The 1-based column of the offending input, or 0 when unknown. */
  public int column() {
    return column;
  }

  /** The JSON Pointer (RFC 6901) of the offending value; {@code ""} is the whole document. */
  public String pointer() {
    return pointer;
  }
}
