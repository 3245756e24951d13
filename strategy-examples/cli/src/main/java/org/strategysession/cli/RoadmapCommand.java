package org.strategysession.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.PlanDocumentException;
import org.strategysession.reports.ReadErrors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code roadmap FILE}: the roadmap built from a plan document. */
@Command(
    name = "roadmap",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Print the roadmap built from a plan document.",
      "",
      "Prints, to standard output, by month each department's tasks with owners and its KPI "
          + "milestones, and the initiatives. Formats:",
      "  text  month by month, departments with nothing that month left out",
      "  json  the model's roadmap: months 1-12, each with every department",
      "  csv   for a task tracker's import: one row per task and contiguous month range",
      "        (Summary, Description, Assignee, Department, Goal, Months, Start date,",
      "        Due date, Status, Tracker key, Task id); UTF-8, RFC 4180, CRLF line ends",
      "  html  one self-contained page with the grid of months by departments",
      ""
    },
    footerHeading = "%n",
    footer = {
      "Exit codes:",
      "  0  the roadmap was printed",
      "  2  the file could not be read, or the command line is wrong",
      "",
      "Example:",
      "  strategy-check roadmap --format csv plans/acme-2027.json > tasks.csv"
    })
final class RoadmapCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE",
      description = "A plan document (strategy-session/1 JSON, UTF-8).")
  String file;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      converter = LowerCaseEnum.RoadmapFormats.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  RoadmapFormat format;

  @Mixin LanguageOption locale;

  @Mixin ReadingOptions reading;

  @Override
  public Integer call() {
    PlanDocument document;
    try {
      document = reading.read(file);
    } catch (PlanDocumentException e) {
      spec.commandLine().getErr().println("strategy-check: " + ReadErrors.located(file, e));
      return ExitCodes.FAILURE;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(format.render(document, locale.language));
    out.flush();
    return ExitCodes.OK;
  }
}
