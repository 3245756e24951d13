package org.strategysession.cli;

import java.util.List;
import org.strategysession.reports.CheckedFile;
import org.strategysession.rules.Finding;

/**
 * The exit codes of {@code CLI.md}, one home for every command: {@value #OK} — done, every file
 * read and no finding at or above {@code --fail-on}; {@value #FINDINGS} — some finding at or
 * above it; {@value #FAILURE} — a file could not be read or the command line is wrong.
 */
final class ExitCodes {
  /** Done: every file read, no finding at or above {@code --fail-on}. */
  static final int OK = 0;
  /** Some finding at or above {@code --fail-on}. */
  static final int FINDINGS = 1;
  /** A file could not be read, or the command line is wrong. */
  static final int FAILURE = 2;

  private ExitCodes() {}

  /** The exit code of a check of these files: an unreadable file outweighs any finding. */
  static int of(List<CheckedFile> files, FailOn failOn) {
    boolean failed = false;
    for (CheckedFile file : files) {
      if (!file.isReadable()) {
        return FAILURE;
      }
      for (Finding f : file.report().orElseThrow().findings()) {
        failed |= failOn.fails(f.severity());
      }
    }
    return failed ? FINDINGS : OK;
  }
}
