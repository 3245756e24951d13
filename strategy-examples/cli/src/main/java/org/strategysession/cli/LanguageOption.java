package org.strategysession.cli;

import org.strategysession.model.Language;
import picocli.CommandLine.Option;

/** {@code --locale}: the language a command writes in, declared once for every command. */
final class LanguageOption {
  @Option(names = "--locale", paramLabel = "LANG", defaultValue = "en",
      converter = LowerCaseEnum.Languages.class,
      description = "Language of messages, headings, month and sheet names: "
          + "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Language language;
}
