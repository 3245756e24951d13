package org.strategysession.rules;

import java.math.BigDecimal;
import java.util.Objects;
import org.strategysession.model.Language;

/**
 * Message arguments that {@link Messages} renders per language beyond a plain value: a month by
 * name, an amount with its unit, a percentage. Rules pass them so that the
 * message reads naturally in each language while the argument keeps its value for products
 * that word findings their own way.
 */
public final class MessageValues {
  private MessageValues() {}

  /** A month 1–12 of the planning year, rendered by name ("March", "март"). */
  public record MonthName(int month) {
    public MonthName {
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException("month " + month + " is out of range 1–12");
      }
    }

    /** The month's name in a language, lower case in Russian as inside a sentence. */
    public String render(Language language) {
      String name = language.month(month);
      return language == Language.RU ? name.toLowerCase(language.locale()) : name;
    }
  }

  /** A number in a KPI's unit ("80 mln RUB"); the unit may be absent. */
  public record Amount(BigDecimal value, String unit) {
    public Amount {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A percentage ("12.5%"). */
  public record Percent(BigDecimal value) {
    public Percent {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A month by name. */
  public static MonthName month(int month) {
    return new MonthName(month);
  }

  /** Months by name, for a list argument ("March, April"). */
  public static java.util.List<MonthName> months(java.util.Collection<Integer> months) {
    return months.stream().sorted().map(MonthName::new).toList();
  }

  /** An amount in a unit (null for none). */
  public static Amount amount(BigDecimal value, String unit) {
    return new Amount(value, unit);
  }
}
