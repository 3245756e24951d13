package org.strategysession.rules;

/**
 * An embedder's DRL that does not compile, reported when the checker is built (never at check
 * time). The message names the DRL source and line of every error.
 */
public final class RuleCompilationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RuleCompilationException(String message) {
    super(message);
  }

  public RuleCompilationException(String message, Throwable cause) {
    super(message, cause);
  }
}
