package org.strategysession.cli;

import java.util.concurrent.Callable;
import org.strategysession.model.FormatSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code schema}: prints the JSON Schema of the plan document format. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Print the JSON Schema (2020-12) of the plan document format, strategy-session/1 "
          + "version 1.1, for pipelines and editors that validate documents before sending "
          + "them.",
      "",
      "The schema states what the reader rejects (types, enums, ranges, required and unknown "
          + "fields, month keys, dates and times); what only the rules can judge (unique ids, "
          + "references) is left to 'check'."
    },
    footerHeading = "%n",
    footer = {
      "Exit codes:",
      "  0  the schema was printed",
      "",
      "Example:",
      "  strategy-check schema > strategy-session.schema.json"
    })
final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(FormatSchema.text());
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
