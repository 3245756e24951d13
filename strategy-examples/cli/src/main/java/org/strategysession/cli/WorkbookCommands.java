package org.strategysession.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.strategysession.model.Department;
import org.strategysession.model.Language;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.PlanDocumentException;
import org.strategysession.model.PlanDocuments;
import org.strategysession.reports.CheckedFile;
import org.strategysession.reports.ReadErrors;
import org.strategysession.rules.CheckReport;
import org.strategysession.rules.PlanChecker;
import org.strategysession.workbook.PlanWorkbooks;
import org.strategysession.workbook.WorkbookImport;
import org.strategysession.workbook.WorkbookProblem;
import org.strategysession.workbook.WorkbookTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The department-tab workbook commands of {@code CLI.md}: template, export, import. */
final class WorkbookCommands {
  private WorkbookCommands() {}

  private static int writeFailed(PrintWriter err, String file, IOException e) {
    err.println("strategy-check: cannot write " + file + ": " + e.getMessage());
    return ExitCodes.FAILURE;
  }

  /** Where and in which language {@code template} and {@code export} write the workbook. */
  static final class WorkbookOutput {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE.xlsx", required = true,
        description = "The workbook to write (replaced if it exists).")
    String output;

    @Mixin LanguageOption locale;

    /** Writes the workbook; returns the exit code. */
    int write(PlanDocument document, PrintWriter err) {
      try {
        PlanWorkbooks.of(locale.language).write(document, Path.of(output));
      } catch (IOException e) {
        return writeFailed(err, output, e);
      }
      return ExitCodes.OK;
    }
  }

  /** {@code template -o FILE.xlsx}: an empty workbook for the heads to fill. */
  @Command(
      name = "template",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Write an empty department-tab workbook (.xlsx) for the heads of department to fill "
            + "before the session: a Session sheet, one sheet per department (year report, "
            + "KPIs with monthly values, sales basis, goals, tasks by month, needs) and an "
            + "instructions sheet. Fill it in Excel, LibreOffice or Google Sheets, then read it "
            + "back with 'import'."
      },
      footerHeading = "%n",
      footer = {
        "Exit codes:",
        "  0  the workbook was written",
        "  2  it could not be written, or the command line is wrong",
        "",
        "Example:",
        "  strategy-check template -o plan-2027.xlsx --company \"Acme LLC\" --year 2027 "
            + "--departments sales:SALES,marketing:MARKETING,hr:HR --locale ru"
      })
  static final class Template implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin WorkbookOutput workbook;

    @Option(names = "--company", paramLabel = "NAME", required = true,
        description = "The company name.")
    String company;

    @Option(names = "--year", paramLabel = "YEAR", required = true,
        description = "The planning year (2000-2100).")
    int year;

    @Option(names = "--departments", paramLabel = "ID:KIND,...", required = true,
        description = "The departments, e.g. sales:SALES,marketing:MARKETING. Kinds: SALES, "
            + "MARKETING, PRODUCTION, PROCUREMENT, LOGISTICS, FINANCE, HR, IT, SERVICE, "
            + "MANAGEMENT, OTHER.")
    String departments;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      PlanDocument document;
      try {
        List<Department> parsed = WorkbookTemplate.parseDepartments(departments);
        document = WorkbookTemplate.document(company, year, parsed);
      } catch (IllegalArgumentException e) {
        err.println("strategy-check: template: " + e.getMessage());
        return ExitCodes.FAILURE;
      }
      return workbook.write(document, err);
    }
  }

  /** {@code export FILE.json -o FILE.xlsx}: a plan document as a workbook. */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Write a plan document as a department-tab workbook (.xlsx), in the layout of "
            + "'template'. Reading it back with 'import' gives the same document for "
            + "everything the layout holds (see WORKBOOK.md)."
      },
      footerHeading = "%n",
      footer = {
        "Exit codes:",
        "  0  the workbook was written",
        "  2  the document could not be read, the workbook could not be written, or the "
            + "command line is wrong"
      })
  static final class Export implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.json",
        description = "A plan document (strategy-session/1 JSON, UTF-8).")
    String file;

    @Mixin WorkbookOutput workbook;

    @Mixin ReadingOptions reading;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      PlanDocument document;
      try {
        document = reading.read(file);
      } catch (PlanDocumentException e) {
        err.println("strategy-check: " + ReadErrors.located(file, e));
        return ExitCodes.FAILURE;
      }
      return workbook.write(document, err);
    }
  }

  /** {@code import FILE.xlsx [-o FILE.json] [--check]}: a filled workbook as a plan document. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Read a filled department-tab workbook (.xlsx, also saved from Google Sheets or "
            + "LibreOffice, with English or Russian headings) into a plan document.",
        "",
        "Every problem of the workbook is reported at once on standard error, with sheet and "
            + "cell (Sales!D7: target \"many\" is not a number). Errors stop the import; "
            + "warnings (an owner who is not on the People table, say) do not.",
        "",
        "Without -o the document is printed on standard output. With --check the rules run "
            + "on the imported document and the report is printed on standard output instead "
            + "(use -o to keep the document too)."
      },
      footerHeading = "%n",
      footer = {
        "Exit codes:",
        "  0  the workbook was imported (and, with --check, no finding is at or above "
            + "--fail-on)",
        "  1  with --check: some finding is at or above --fail-on",
        "  2  the workbook has errors or could not be read, the document could not be "
            + "written, or the command line is wrong"
      })
  static final class Import implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.xlsx", description = "A filled workbook.")
    String file;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.json",
        description = "Write the document to this file instead of standard output.")
    String output;

    @Option(names = "--check", description = "Also run the rules and print the report.")
    boolean check;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
        converter = LowerCaseEnum.ReportFormats.class,
        description = "With --check, the report format: ${COMPLETION-CANDIDATES} "
            + "(default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Mixin LanguageOption locale;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
        converter = LowerCaseEnum.Severities.class,
        description = "With --check, the lowest severity that makes the exit code 1: "
            + "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      WorkbookImport imported = PlanWorkbooks.english().read(Path.of(file));
      for (WorkbookProblem p : imported.problems()) {
        err.println("strategy-check: " + file + ": " + (p.isError() ? "" : "warning: ") + p);
      }
      if (imported.hasErrors() || imported.document().isEmpty()) {
        err.println("strategy-check: " + file + ": not imported: " + imported.errors().size()
            + " error(s)");
        return ExitCodes.FAILURE;
      }
      PlanDocument document = imported.document().get();
      String json = PlanDocuments.strict().write(document);
      if (output != null) {
        try {
          Files.writeString(Path.of(output), json, StandardCharsets.UTF_8);
        } catch (IOException e) {
          return writeFailed(err, output, e);
        }
      } else if (!check) {
        out.print(json);
      }
      if (!check) {
        return ExitCodes.OK;
      }
      Language language = locale.language;
      CheckReport report = PlanChecker.builder().locale(language.locale()).build().check(document);
      List<CheckedFile> checked = List.of(CheckedFile.checked(file, document, report));
      out.print(format.render(checked, language, Optional.empty(), Optional.empty()));
      out.flush();
      return ExitCodes.of(checked, failOn);
    }
  }
}
