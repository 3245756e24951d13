package org.strategysession.model;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The few invariants that make a model value meaningless, shared by the value types. */
final class Checks {
  private Checks() {}

  static void id(String id) {
    if (id.isBlank()) {
      throw new InvalidValueException("/id", "id must not be blank");
    }
  }

  static void range(String pointer, String field, Optional<Integer> value, int min, int max) {
    value.ifPresent(v -> range(pointer, field, v.intValue(), min, max));
  }

  static void range(String pointer, String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidValueException(
          pointer, field + " " + value + " is out of range " + min + "–" + max);
    }
  }

  static void months(String pointer, Collection<Integer> months) {
    int i = 0;
    for (Integer month : months) {
      range(pointer + "/" + i, "month", month, 1, 12);
      i++;
    }
  }

  /** Largest number of integer digits of a plan number (revenue in kopecks fits). */
  static final int MAX_INTEGER_DIGITS = 18;

  /** Largest number of decimals of a plan number. */
  static final int MAX_DECIMALS = 12;

  static void number(String pointer, Optional<BigDecimal> value) {
    value.ifPresent(v -> number(pointer, v));
  }

  static void number(String pointer, BigDecimal value) {
    if (value.precision() - value.scale() > MAX_INTEGER_DIGITS || value.scale() > MAX_DECIMALS) {
      throw new InvalidValueException(
          pointer,
          "number " + value + " is out of range: at most " + MAX_INTEGER_DIGITS
              + " digits before the point and " + MAX_DECIMALS + " after");
    }
  }

  static void numbersByMonth(String pointer, Map<Integer, BigDecimal> byMonth) {
    for (Map.Entry<Integer, BigDecimal> e : byMonth.entrySet()) {
      range(pointer + "/" + e.getKey(), "month", e.getKey(), 1, 12);
      number(pointer + "/" + e.getKey(), e.getValue());
    }
  }
}
