package org.strategysession.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
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

/** {@code progress FILE}: the year in action as of a date, for the monthly review. */
@Command(
    name = "progress",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Print the year in action as of a date: for the monthly review.",
      "",
      "Reads the plan document with its recorded actuals, done tasks and key-task reviews, and "
          + "prints, as of --as-of (default: today): the health of every KPI by department "
          + "(on track, behind, at risk, no data), judged on its latest ended month with both "
          + "a milestone and an actual; the heads' scorecard, one personal score per closed "
          + "month (key tasks are half of it); and the overdue tasks. Formats:",
      "  text  one line per KPI, per head and month, per overdue task",
      "  json  {asOf, kpis, scorecard, overdue}, the contract of CLI.md",
      "  csv   the scorecard, for an HR or payroll system: Person, Name, Department, Month,",
      "        Key tasks, Key tasks done, KPI score, Score percent; UTF-8, RFC 4180, CRLF",
      "  html  one self-contained page: a chart per KPI, the scorecard as a heat map of heads",
      "        by months, the overdue tasks; prints on A4",
      ""
    },
    footerHeading = "%n",
    footer = {
      "Exit codes:",
      "  0  the report was printed",
      "  2  the file could not be read, or the command line is wrong",
      "",
      "Examples:",
      "  strategy-check progress --as-of 2027-04-20 plans/acme-2027.json",
      "  strategy-check progress --format html --locale ru plans/acme-2027.json > review.html",
      "  strategy-check progress --format csv plans/acme-2027.json > scores.csv"
    })
final class ProgressCommand implements Callable<Integer> {
  private final Clock clock;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE",
      description = "A plan document (strategy-session/1 JSON, UTF-8).")
  String file;

  @Option(names = "--as-of", paramLabel = "DATE", converter = CheckCommand.IsoDate.class,
      description = "The date of the review, YYYY-MM-DD. Default: today.")
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      converter = LowerCaseEnum.ProgressFormats.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ProgressFormat format;

  @Mixin LanguageOption locale;

  @Mixin ReadingOptions reading;

  /** @param clock where "today" comes from when no --as-of is given */
  ProgressCommand(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Integer call() {
    PlanDocument document;
    try {
      document = reading.read(file);
    } catch (PlanDocumentException e) {
      spec.commandLine().getErr().println("strategy-check: " + ReadErrors.located(file, e));
      return ExitCodes.FAILURE;
    }
    LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
    PrintWriter out = spec.commandLine().getOut();
    out.print(format.render(document, date, locale.language));
    out.flush();
    return ExitCodes.OK;
  }
}
