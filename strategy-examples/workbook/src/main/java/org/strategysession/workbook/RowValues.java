package org.strategysession.workbook;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The values of one table row (or of a form) to write, by the layout's column keys; a column
 * without a value is left blank.
 */
final class RowValues {
  private final Map<String, Object> values = new HashMap<>();

  /** @param value of the column's kind (see {@link CellValues#put}); not null */
  RowValues with(String key, Object value) {
    values.put(key, value);
    return this;
  }

  RowValues with(String key, Optional<?> value) {
    value.ifPresent(v -> values.put(key, v));
    return this;
  }

  /** The value of a column; null when it has none. */
  Object get(String key) {
    return values.get(key);
  }
}
