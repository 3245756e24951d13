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
    StringBuilder sb = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '{' && i + 2 < template.length() && template.charAt(i + 2) == '}'
          && Character.isDigit(template.charAt(i + 1))) {
        int n = template.charAt(i + 1) - '0';
        sb.append(n < arguments.size() ? render(arguments.get(n), locale) : "{" + n + "}");
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
    boolean ru = Language.of(locale) == Language.RU;
    if (argument == null || argument == NONE) {
      return ru ? "нет" : "none";
    }
    if (argument instanceof Label) {
      Label label = (Label) argument;
      if (label.name() == null || label.name().isBlank()) {
        return label.id();
      }
      return ru ? label.id() + " «" + label.name() + "»" : label.id() + " \"" + label.name() + "\"";
    }
    if (argument instanceof Count) {
      return ((Count) argument).render(Language.of(locale));
    }
    if (argument instanceof BigDecimal) {
      BigDecimal d = ((BigDecimal) argument).stripTrailingZeros();
      return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
    if (argument instanceof Double || argument instanceof Float) {
      return render(BigDecimal.valueOf(((Number) argument).doubleValue()), locale);
    }
    if (argument instanceof RefKind) {
      return refKind((RefKind) argument, ru);
    }
    Language language = ru ? Language.RU : Language.EN;
    if (argument instanceof MessageValues.MonthName month) {
      return month.render(language);
    }
    if (argument instanceof MessageValues.Amount amount) {
      String number = render(amount.value(), locale);
      return amount.unit() == null || amount.unit().isBlank() ? number
          : number + " " + amount.unit();
    }
    if (argument instanceof MessageValues.Percent percent) {
      return render(percent.value(), locale) + "%";
    }
    if (argument instanceof java.util.List<?> list) {
      StringBuilder sb = new StringBuilder();
      for (Object item : list) {
        sb.append(sb.length() == 0 ? "" : ", ").append(render(item, locale));
      }
      return sb.toString();
    }
    return argument.toString();
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
