package org.strategysession.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.PlanDocumentException;
import org.strategysession.reports.CheckedFile;
import org.strategysession.reports.ReadErrors;
import org.strategysession.rules.CheckReport;
import org.strategysession.rules.PlanChecker;
import org.strategysession.rules.RuleCatalog;
import org.strategysession.rules.RuleCompilationException;
import org.strategysession.rules.RuleSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code check FILE…}: reads each plan document, runs the rules, prints a report per file. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Check plan documents and print a report per file.",
      "",
      "Reads each FILE, runs the rules and prints the findings to standard output, grouped "
          + "by department, in the chosen format. A file that cannot be read is reported with "
          + "the place of the problem (line, column, JSON Pointer), and the other files are "
          + "still checked.",
      ""
    },
    footerHeading = "%n",
    footer = {
      "Exit codes:",
      "  0  every file was read and no finding is at or above --fail-on",
      "  1  some finding is at or above --fail-on",
      "  2  a file could not be read, or the command line is wrong (also: a --baseline",
      "     that cannot be read, --rules that do not compile, an unknown rule id)",
      "",
      "Examples:",
      "  strategy-check check plans/acme-2027.json",
      "  strategy-check check --format json --fail-on warning plans/*.json",
      "  strategy-check check --baseline plans/acme-2027.json plans/acme-2027-q2.json",
      "  strategy-check check --format html --locale ru plans/acme.json > report.html"
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "Plan documents (strategy-session/1 JSON, UTF-8), checked in this order.")
  List<String> files;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      converter = LowerCaseEnum.ReportFormats.class,
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Mixin LanguageOption locale;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Check each FILE as a quarterly revision of this earlier version: the revision "
          + "rules as well as all the others. Default: none.")
  String baseline;

  @Option(names = "--as-of", paramLabel = "DATE", converter = IsoDate.class,
      description = "The date the check is made on, YYYY-MM-DD; rules that depend on time use "
          + "it. Default: none, and such rules do not run.")
  LocalDate asOf;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
      converter = LowerCaseEnum.Severities.class,
      description = "The lowest severity that makes the exit code 1: ${COMPLETION-CANDIDATES} "
          + "(default: ${DEFAULT-VALUE}).")
  FailOn failOn;

  @Option(names = "--disable", paramLabel = "RULE", split = ",", splitSynopsisLabel = ",",
      description = "Switch rules off by id, comma-separated or repeated. An id that is not "
          + "in the catalog is an error unless --rules is given (it may be one of yours).")
  List<String> disabled = new ArrayList<>();

  @Option(names = "--rules", paramLabel = "FILE.drl",
      description = "Add rules of your own, in DRL, reporting through the 'reporter' global; "
          + "may be repeated. Trusted code only: DRL runs Java.")
  List<String> rules = new ArrayList<>();

  @Mixin ReadingOptions reading;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    requireKnownRules();
    // The rule base builds on the other core while the first documents are read: the two are
    // the largest parts of a short run's start.
    Building building = new Building();
    building.start();
    PlanDocument earlier = null;
    if (baseline != null) {
      try {
        earlier = reading.read(baseline);
      } catch (PlanDocumentException e) {
        // Without the earlier version the revision check asked for cannot be made at all.
        err.println("strategy-check: --baseline: " + ReadErrors.located(baseline, e));
        return ExitCodes.FAILURE;
      }
    }
    List<CheckedFile> checked = new ArrayList<>();
    PlanChecker checker = null; // waited for once a first document is read
    for (String file : files) {
      PlanDocument document;
      try {
        document = reading.read(file);
      } catch (PlanDocumentException e) {
        checked.add(CheckedFile.unreadable(file, e));
        continue;
      }
      if (checker == null) {
        checker = built(building, err);
        if (checker == null) {
          return ExitCodes.FAILURE;
        }
      }
      checked.add(check(checker, earlier, file, document));
    }
    if (checker == null && built(building, err) == null) {
      return ExitCodes.FAILURE; // rules that do not compile fail the run even with no document
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(format.render(checked, locale.language, Optional.ofNullable(baseline),
        Optional.ofNullable(asOf)));
    out.flush();
    return ExitCodes.of(checked, failOn);
  }

  /**
   * The rule base, built on a thread of its own. Whatever the building throws, out of memory
   * included, is kept for the run's thread ({@link #built}): a field written, nothing allocated,
   * so nothing escapes the thread to the JVM's report of an uncaught error, and the run ends with
   * its one line (StrategyCheck.run).
   */
  private final class Building extends Thread {
    private volatile PlanChecker checker;
    private volatile Throwable failure;

    Building() {
      super("strategy-check rule base");
      setDaemon(true);
    }

    @Override
    public void run() {
      try {
        checker = checker();
      } catch (Throwable e) {
        failure = e;
      }
    }
  }

  /** The checker once built, or null after saying on standard error why it cannot be. */
  private PlanChecker built(Building building, PrintWriter err) {
    try {
      building.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the rule base was built", e);
    }
    Throwable failure = building.failure;
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof OutOfMemoryError oom) {
        throw oom; // also where a class's initialisation failed for want of memory
      }
    }
    if (failure == null) {
      return building.checker;
    } else if (failure instanceof RuleCompilationException compile) {
      err.println("strategy-check: --rules: " + compileErrors(compile.getMessage()));
    } else if (failure instanceof IOException io) {
      err.println("strategy-check: --rules: " + io.getMessage());
    } else if (failure instanceof Error error) {
      throw error; // any other error (out of memory was thrown above)
    } else if (failure instanceof RuntimeException runtime) {
      throw runtime;
    } else {
      throw new IllegalStateException(failure);
    }
    return null;
  }

  private CheckedFile check(PlanChecker checker, PlanDocument earlier, String file,
      PlanDocument document) {
    CheckReport report;
    if (earlier == null) {
      report = asOf == null ? checker.check(document) : checker.check(document, asOf);
    } else {
      report = asOf == null ? checker.checkRevision(earlier, document)
          : checker.checkRevision(earlier, document, asOf);
    }
    return CheckedFile.checked(file, document, report);
  }

  private PlanChecker checker() throws IOException {
    PlanChecker.Builder builder = PlanChecker.builder().locale(locale.language.locale())
        .disable(ruleIds());
    for (String file : rules) {
      try {
        builder.addRules(RuleSource.of(Path.of(file)));
      } catch (NoSuchFileException e) {
        throw new IOException("no such file: " + file, e);
      } catch (IOException | RuntimeException e) {
        throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
      }
    }
    return builder.build();
  }

  /**
   * The compiler's errors, one line each ({@code file:line: text}). The compiler sometimes
   * follows an error with the Java source it generated from the DRL, which says nothing to
   * the author of the DRL and would bury the line that does.
   */
  private String compileErrors(String message) {
    StringBuilder out = new StringBuilder();
    for (String line : message.split("\n")) {
      boolean located = rules.stream().anyMatch(f -> line.startsWith("  " + f + ":"));
      if (out.length() == 0 || located) {
        out.append(out.length() == 0 ? "" : "\n").append(line.stripTrailing());
      }
    }
    return out.toString();
  }

  /**
   * A misspelt rule id would otherwise switch nothing off, silently. With --rules an unknown
   * id may be one of the user's own rules, which are only known once their DRL runs.
   */
  private void requireKnownRules() {
    if (!rules.isEmpty()) {
      return;
    }
    Set<String> unknown = new LinkedHashSet<>();
    for (String id : ruleIds()) {
      if (RuleCatalog.rule(id).isEmpty()) {
        unknown.add(id);
      }
    }
    if (!unknown.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--disable: no rule with id "
          + String.join(", ", unknown) + " in the catalog (ids are UPPER_SNAKE, e.g. "
          + "GOAL_WITHOUT_TASKS; see docs/rules.md)");
    }
  }

  /** The ids of --disable, as written but for spaces around the commas. */
  private List<String> ruleIds() {
    return disabled.stream().map(String::strip).filter(id -> !id.isEmpty()).toList();
  }

  /** {@code YYYY-MM-DD}, with a message that says so. */
  static final class IsoDate implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a date of the form YYYY-MM-DD");
      }
    }
  }
}
