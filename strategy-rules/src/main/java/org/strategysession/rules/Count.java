package org.strategysession.rules;

import java.util.Objects;
import org.strategysession.model.Language;

/**
 * A message argument that counts things: a whole number with its noun, rendered with the noun
 * in the form the number asks for ({@code 1 department}, {@code 2 departments}; {@code 1
 * отдел}, {@code 3 отдела}, {@code 5 отделов}). The catalog says which arguments of a message
 * are counts ({@link RuleMessage}); a {@link Finding}'s arguments carry them as this type, so
 * that a product rendering its own text has the number in {@link #n()}. Immutable and
 * thread-safe.
 *
 * @param n the number
 * @param noun the noun counted, in the case the message's sentence needs; not null
 */
public record Count(long n, Language.Noun noun) {
  public Count {
    Objects.requireNonNull(noun, "noun");
  }

  /** The count in a language: {@code 3 departments}, {@code 3 отдела}; never null. */
  public String render(Language language) {
    return language.count(n, noun);
  }

  /** The count in English, as {@link org.strategysession.rules.facts.Label} renders itself. */
  @Override
  public String toString() {
    return render(Language.EN);
  }
}
