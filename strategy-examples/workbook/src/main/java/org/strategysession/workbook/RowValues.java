package org.strategysession.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values of one table row (or of a form) to write, by the layout's column keys; a column
 * without a value is left blank.
 */
final class RowValues {
  private final Map<String, Object> values = new HashMap<>();
  private final List<RowValues> under = new ArrayList<>();

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

  /**
   * Lays another row out right under this one, as part of the same entry (a KPI's actuals
   * under its plan), styled apart from it.
   */
  RowValues under(RowValues row) {
    under.add(row);
    return this;
  }

  /** The rows laid out under this one, in order. */
  List<RowValues> under() {
    return under;
  }
}
