package org.strategysession.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * DRL text of an embedder's own rules, with a name used in error messages. Rules match the
 * facts of {@link org.strategysession.rules.facts} and report through the {@code reporter}
 * global ({@link Reporter}); the {@code options} global ({@link CheckOptions}) is available
 * too. DRL runs Java: load only trusted rules.
 *
 * @param name where the DRL comes from (a file name); not null
 * @param drl the DRL text; not null
 */
public record RuleSource(String name, String drl) {
  public RuleSource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(drl, "drl");
  }

  /** The DRL of a file (UTF-8). */
  public static RuleSource of(Path file) throws IOException {
    return new RuleSource(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
  }
}
