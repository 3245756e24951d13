package org.strategysession.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code strategy-check} tool: the library with a command line, for people who keep their
 * plans in files and for scripts and CI pipelines ({@code CLI.md}).
 *
 * <p>Exit codes: those of {@link ExitCodes}. Output is UTF-8 on every platform; errors go to
 * standard error as one clear line, never a stack trace.
 */
@Command(
    name = "strategy-check",
    mixinStandardHelpOptions = true,
    versionProvider = StrategyCheck.Version.class,
    subcommands = {CheckCommand.class, RoadmapCommand.class, WorkbookCommands.Template.class,
        WorkbookCommands.Export.class, WorkbookCommands.Import.class, ProgressCommand.class,
        TrackerImportCommand.class, SchemaCommand.class, CommandLine.HelpCommand.class},
    synopsisSubcommandLabel = "COMMAND",
    description = {
      "Check the plan documents of a company's strategic session (format "
          + "strategy-session/1), print their roadmap, and follow the year in action.",
      "",
      "Run 'strategy-check COMMAND --help' for the options of a command."
    },
    commandListHeading = "%nCommands:%n",
    footerHeading = "%n",
    footer = {
      "Exit codes:",
      "  0  every file was read and no finding is at or above --fail-on",
      "  1  some finding is at or above --fail-on",
      "  2  a file could not be read, or the command line is wrong"
    })
public final class StrategyCheck {
  private StrategyCheck() {}

  /** Runs the tool and exits with its exit code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    int code = run(Clock.systemDefaultZone(), out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the tool in-process, writing to {@code out} and {@code err}; returns the exit code. */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(Clock.systemDefaultZone(), out, err, args);
  }

  /**
   * Runs the tool in-process with "today" taken from {@code clock} (the default date of
   * {@code progress}); returns the exit code.
   */
  static int run(Clock clock, PrintWriter out, PrintWriter err, String... args) {
    int code;
    try {
      code = commandLine(clock, out, err).execute(args);
    } catch (OutOfMemoryError e) {
      // The input's limits keep the largest accepted input within 512 MB; a smaller heap, or
      // limits an embedder raised, may still run out. One line, no trace, like every error.
      err.println("strategy-check: not enough memory for this input: run Java with a larger"
          + " heap (java -Xmx1g -jar strategy-check.jar ...)");
      code = ExitCodes.FAILURE;
    }
    out.flush();
    err.flush();
    return code;
  }

  /**
   * The configured command line: exit codes, error handling and output of {@code CLI.md}; the
   * commands that need today's date read it from {@code clock}.
   */
  static CommandLine commandLine(Clock clock, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(StrategyCheck.class, new Factory(clock));
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler(StrategyCheck::usageError);
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      // Not expected: every bad input is handled where it is read. Still one line, no trace.
      cmd.getErr().println("strategy-check: internal error: " + firstLine(e));
      return ExitCodes.FAILURE;
    });
    cl.setExitCodeExceptionMapper(e -> ExitCodes.FAILURE);
    return cl;
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("strategy-check: " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    return ExitCodes.FAILURE;
  }

  /** The exception's class and the first line of its message: enough to say what failed. */
  static String firstLine(Throwable e) {
    String message = e.getMessage() == null ? "" : e.getMessage().strip();
    int end = message.indexOf('\n');
    return e.getClass().getSimpleName() + (message.isEmpty() ? ""
        : ": " + (end < 0 ? message : message.substring(0, end).strip()));
  }

  /**
   * Makes the commands: those that depend on the date get the clock, every other one is made
   * by picocli's own factory.
   */
  private record Factory(Clock clock) implements IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == ProgressCommand.class) {
        return type.cast(new ProgressCommand(clock));
      }
      return CommandLine.defaultFactory().create(type);
    }
  }

  /** The project version, from the build. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = StrategyCheck.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"strategy-check " + p.getProperty("version", "(unknown version)")};
    }
  }
}
