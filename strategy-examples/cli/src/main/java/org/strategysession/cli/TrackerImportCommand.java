package org.strategysession.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.PlanDocumentException;
import org.strategysession.model.PlanDocuments;
import org.strategysession.reports.ReadErrors;
import org.strategysession.reports.TrackerExport;
import org.strategysession.reports.TrackerExportException;
import org.strategysession.reports.TrackerImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tracker-import FILE EXPORT.csv}: the tasks a task tracker shows finished become
 * {@code DONE} in the plan document ({@link TrackerImport} does the work).
 */
@Command(
    name = "tracker-import",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Mark the plan's tasks that the task tracker shows finished as DONE.",
      "",
      "Reads a CSV export of the tracker the tasks were transferred to (Jira, YouTrack, "
          + "Redmine or any tracker whose export names the columns below; comma, semicolon or "
          + "tab; UTF-8 with or without a byte order mark, or Windows-1251). A row belongs to "
          + "the task whose followUp.trackerRefs entry is its key, or else to the task named in "
          + "its Task id column (as 'roadmap --format csv' writes it); then its key is added to "
          + "trackerRefs. A task all of whose rows have a done status becomes DONE, with doneIn "
          + "the month of the latest resolution date when it lies in the planning year. A task "
          + "already DONE and a DROPPED task stay as they are; nothing else changes.",
      "",
      "Columns, found by header name (any case): key: Issue key, Key, Issue Id, ID or #; "
          + "status: Status or State; resolution date (optional): Resolved, Resolution date "
          + "or Closed; Task id (optional). Dates: 2027-03-28 (a time may follow), "
          + "16/Feb/27 5:12 PM, 28.03.2027.",
      "",
      "The document goes to standard output, or to -o; what was done (tasks marked done, keys "
          + "added, keys that match no task, rows that could not be used) to standard error.",
      ""
    },
    footerHeading = "%n",
    footer = {
      "Exit codes:",
      "  0  the document was written",
      "  2  the document or the export could not be read (the export's problem with its line:",
      "     no key or status column, a date in no known form), the document could not be",
      "     written, or the command line is wrong",
      "",
      "Example:",
      "  strategy-check tracker-import plans/acme-2027.json jira-export.csv -o plans/acme-2027.json"
    })
final class TrackerImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE",
      description = "The plan document (strategy-session/1 JSON, UTF-8).")
  String file;

  @Parameters(index = "1", paramLabel = "EXPORT.csv", description = "The tracker's CSV export.")
  String export;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT.json",
      description = "Write the document to this file (it may be FILE itself) instead of "
          + "standard output.")
  String output;

  @Option(names = "--done-statuses", paramLabel = "LIST", split = ",", splitSynopsisLabel = ",",
      description = "The statuses that mean done, comma-separated, compared ignoring case. "
          + "Default: Done, Closed, Resolved, Готово, Закрыта, Решена.")
  List<String> doneStatuses;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    List<String> statuses = statuses();
    PlanDocument document;
    try {
      document = new ReadingOptions().read(file);
    } catch (PlanDocumentException e) {
      err.println("strategy-check: " + ReadErrors.located(file, e));
      return ExitCodes.FAILURE;
    }
    TrackerExport rows;
    try {
      rows = TrackerExport.read(Path.of(export));
    } catch (TrackerExportException e) {
      err.println("strategy-check: " + e.located(export));
      return ExitCodes.FAILURE;
    } catch (InvalidPathException e) {
      err.println("strategy-check: " + export + ": not a valid file name: " + e.getReason());
      return ExitCodes.FAILURE;
    }
    TrackerImport result = TrackerImport.apply(document, rows, statuses);
    String json = PlanDocuments.strict().write(result.document());
    if (output != null) {
      try {
        Files.writeString(Path.of(output), json, StandardCharsets.UTF_8);
      } catch (IOException | InvalidPathException e) {
        err.println("strategy-check: cannot write " + output + ": " + e.getMessage());
        return ExitCodes.FAILURE;
      }
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(json);
      out.flush();
    }
    err.print(export + ": " + result.summary());
    err.flush();
    return ExitCodes.OK;
  }

  /** The done statuses asked for, blanks dropped; the defaults without the option. */
  private List<String> statuses() {
    if (doneStatuses == null) {
      return TrackerImport.DEFAULT_DONE_STATUSES;
    }
    List<String> statuses = doneStatuses.stream().map(String::strip).filter(s -> !s.isEmpty())
        .toList();
    if (statuses.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--done-statuses: no status given");
    }
    return statuses;
  }
}
