package org.strategysession.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.strategysession.model.Language;
import org.strategysession.rules.facts.Label;
import org.strategysession.rules.facts.RefKind;

/**
 * Renders message templates. Arguments: a {@link Label} as {@code id "name"} (Russian:
 * {@code id «name»}) or the bare id where there is no name; a {@link Count} as the number with
 * its noun in the form the number asks for ({@code 2 departments}, {@code 2 отдела}); numbers
 * in plain notation without trailing zeros; dates ISO; a {@link RefKind} as a word of the
 * language; an absent value ({@link #NONE}) as "none" / "нет"; anything else with {@code
 * toString()}. Stateless and thread-safe.
 */
public final class Messages {
  /** Stands for an absent argument value. */
  public static final Object NONE =
      new Object() {
        @Override
        public String toString() {
          return "none";
        }
      };

  private Messages() {}

  static Object[] nonNull(Object[] arguments) {
    Object[] out = arguments.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] == null) {
        out[i] = NONE;
      }
    }
    return out;
  }

  /** The template with its arguments filled in for the locale. */
  public static String render(String template, List<Object> arguments, Locale locale) {
    return render(template, arguments, locale, new StringBuilder(template.length() + 64));
  }

  /**
   * {@link #render(String, List, Locale)}, written in {@code sb} (emptied first) and then
   * copied out: a check renders thousands of messages into one builder, which grows to the
   * longest once instead of a builder per message growing to each.
   */
  static String render(String template, List<Object> arguments, Locale locale,
      StringBuilder sb) {
    // arguments are written straight into the message, not made into strings of their own
    sb.setLength(0);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '{' && i + 2 < template.length() && template.charAt(i + 2) == '}'
          && Character.isDigit(template.charAt(i + 1))) {
        int n = template.charAt(i + 1) - '0';
        if (n < arguments.size()) {
          render(arguments.get(n), locale, sb);
        } else {
          sb.append('{').append(n).append('}');
        }
        i += 3;
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }

  /** One argument as text in the locale. */
  public static String render(Object argument, Locale locale) {
    StringBuilder sb = new StringBuilder();
    render(argument, locale, sb);
    return sb.toString();
  }

  /** {@link #render(Object, Locale)}, appended to {@code sb}. */
  private static void render(Object argument, Locale locale, StringBuilder sb) {
    boolean ru = Language.of(locale) == Language.RU;
    if (argument == null || argument == NONE) {
      sb.append(ru ? "нет" : "none");
    } else if (argument instanceof Label label) {
      sb.append(label.id());
      if (label.name() != null && !label.name().isBlank()) {
        sb.append(ru ? " «" : " \"").append(label.name()).append(ru ? '»' : '"');
      }
    } else if (argument instanceof Count count) {
      sb.append(count.render(Language.of(locale)));
    } else if (argument instanceof BigDecimal) {
      BigDecimal d = ((BigDecimal) argument).stripTrailingZeros();
      sb.append(d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString());
    } else if (argument instanceof Double || argument instanceof Float) {
      render(BigDecimal.valueOf(((Number) argument).doubleValue()), locale, sb);
    } else if (argument instanceof RefKind kind) {
      sb.append(refKind(kind, ru));
    } else if (argument instanceof MessageValues.MonthName month) {
      sb.append(month.render(ru ? Language.RU : Language.EN));
    } else if (argument instanceof MessageValues.Amount amount) {
      render(amount.value(), locale, sb);
      if (amount.unit() != null && !amount.unit().isBlank()) {
        sb.append(' ').append(amount.unit());
      }
    } else if (argument instanceof MessageValues.Percent percent) {
      render(percent.value(), locale, sb);
      sb.append('%');
    } else if (argument instanceof java.util.List<?> list) {
      // a comma before each item after text: an item that renders empty adds none
      int start = sb.length();
      for (int i = 0; i < list.size(); i++) {
        if (sb.length() > start) {
          sb.append(", ");
        }
        render(list.get(i), locale, sb);
      }
    } else {
      sb.append(argument);
    }
  }

  private static String refKind(RefKind kind, boolean ru) {
    switch (kind) {
      case PERSON:
        return ru ? "сотрудник" : "person";
      case DEPARTMENT:
        return ru ? "отдел" : "department";
      case KPI:
        return "KPI";
      case GOAL:
        return ru ? "цель" : "goal";
      case TASK:
        return ru ? "задача" : "task";
      case INITIATIVE:
        return ru ? "инициатива" : "initiative";
      case ADDRESSABLE:
        return ru ? "цель, задача или инициатива" : "goal, task or initiative";
      case COMPANY_GOAL:
        return ru ? "цель компании" : "company goal";
      default:
        return kind.name();
    }
  }
}
