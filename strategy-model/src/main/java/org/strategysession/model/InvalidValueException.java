package org.strategysession.model;

import java.util.Objects;

/**
 * Thrown while building a model value that would be meaningless: a month outside 1–12, a
 * blank id, a duration outside 1–720 minutes. Carries the JSON Pointer of the offending part
 * relative to the value being built, so that the reader can name the exact place in a
 * document. Plan quality (a missing owner, a dangling reference) is never this exception: it
 * is a finding of the rules.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String relativePointer;

  /**
   * @param relativePointer JSON Pointer relative to the value being built ({@code ""} for the
   *     value itself, {@code "/months/2"} for a member); not null
   * @param message what is wrong, naming the allowed range; not null
   */
  public InvalidValueException(String relativePointer, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.relativePointer = Objects.requireNonNull(relativePointer, "relativePointer");
  }

  /** The JSON Pointer of the offending part, relative to the value being built; never null. */
  public String relativePointer() {
    return relativePointer;
  }
}
