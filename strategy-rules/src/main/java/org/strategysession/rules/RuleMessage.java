package org.strategysession.rules;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.strategysession.model.Language;

/**
 * A rule's message templates (English and Russian) typed by their number of arguments, so a
 * rule passes exactly the arguments its message names. {@code {0}}, {@code {1}} … in a
 * template stand for the arguments; see {@link Messages} for how each kind of argument is
 * rendered. An argument the message counts things with ({@link #countedNoun(int)}) is passed
 * as a number and becomes a {@link Count} of its noun, so the template needs no hedged plural
 * such as "department(s)". Immutable and thread-safe.
 */
public abstract class RuleMessage {
  private final RuleInfo rule;
  private final String english;
  private final String russian;
  private final Map<Integer, Language.Noun> counted;

  RuleMessage(RuleInfo rule, String english, String russian,
      Map<Integer, Language.Noun> counted) {
    this.rule = Objects.requireNonNull(rule);
    this.english = Objects.requireNonNull(english);
    this.russian = Objects.requireNonNull(russian);
    this.counted = Map.copyOf(counted);
  }

  /** The rule this message belongs to. */
  public RuleInfo rule() {
    return rule;
  }

  /** The number of arguments the templates take. */
  public abstract int arity();

  /** The template for the locale: Russian for {@code ru}, English otherwise. */
  public String template(Locale locale) {
    return Language.of(locale) == Language.RU ? russian : english;
  }

  /**
   * The noun that argument {@code index} counts, if the message counts things with it: {@code
   * INITIATIVE_SINGLE_DEPARTMENT}'s second argument counts departments.
   */
  public Optional<Language.Noun> countedNoun(int index) {
    return Optional.ofNullable(counted.get(index));
  }

  MessageArgs args(Object... arguments) {
    Object[] out = Messages.nonNull(arguments);
    counted.forEach((index, noun) -> {
      if (out[index] instanceof Number) {
        out[index] = new Count(((Number) out[index]).longValue(), noun);
      }
    });
    return new MessageArgs(this, List.of(out));
  }

  /** A message without arguments. */
  public static final class Of0 extends RuleMessage {
    Of0(RuleInfo rule, String english, String russian) {
      super(rule, english, russian, Map.of());
    }

    @Override
    public int arity() {
      return 0;
    }

    public MessageArgs with() {
      return args();
    }
  }

  /** A message with one argument. */
  public static final class Of1 extends RuleMessage {
    Of1(RuleInfo rule, String english, String russian, Map<Integer, Language.Noun> counted) {
      super(rule, english, russian, counted);
    }

    @Override
    public int arity() {
      return 1;
    }

    public MessageArgs with(Object a) {
      return args(a);
    }
  }

  /** A message with two arguments. */
  public static final class Of2 extends RuleMessage {
    Of2(RuleInfo rule, String english, String russian, Map<Integer, Language.Noun> counted) {
      super(rule, english, russian, counted);
    }

    @Override
    public int arity() {
      return 2;
    }

    public MessageArgs with(Object a, Object b) {
      return args(a, b);
    }
  }

  /** A message with three arguments. */
  public static final class Of3 extends RuleMessage {
    Of3(RuleInfo rule, String english, String russian, Map<Integer, Language.Noun> counted) {
      super(rule, english, russian, counted);
    }

    @Override
    public int arity() {
      return 3;
    }

    public MessageArgs with(Object a, Object b, Object c) {
      return args(a, b, c);
    }
  }

  /** A message with four arguments. */
  public static final class Of4 extends RuleMessage {
    Of4(RuleInfo rule, String english, String russian, Map<Integer, Language.Noun> counted) {
      super(rule, english, russian, counted);
    }

    @Override
    public int arity() {
      return 4;
    }

    public MessageArgs with(Object a, Object b, Object c, Object d) {
      return args(a, b, c, d);
    }
  }

  /** A message with five arguments. */
  public static final class Of5 extends RuleMessage {
    Of5(RuleInfo rule, String english, String russian, Map<Integer, Language.Noun> counted) {
      super(rule, english, russian, counted);
    }

    @Override
    public int arity() {
      return 5;
    }

    public MessageArgs with(Object a, Object b, Object c, Object d, Object e) {
      return args(a, b, c, d, e);
    }
  }

  /** A message bound to its arguments, ready to be reported. */
  public static final class MessageArgs {
    private final RuleMessage message;
    private final List<Object> arguments;

    MessageArgs(RuleMessage message, List<Object> arguments) {
      this.message = message;
      this.arguments = arguments;
    }

    public RuleMessage message() {
      return message;
    }

    /** The arguments; absent values are {@link Messages#NONE}. */
    public List<Object> arguments() {
      return arguments;
    }
  }
}
