package org.strategysession.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.strategysession.workbook.Layout.Column;
import org.strategysession.workbook.Layout.Lookup;
import org.strategysession.workbook.Layout.Table;
import org.strategysession.workbook.SheetGrid.Err;
import org.strategysession.workbook.SheetGrid.Located;

/**
 * One non-blank row of a table, read by column key as the kind of value the column holds.
 * Each reading method reports what it cannot read, at its cell, and is then empty.
 */
final class TableRow {
  private final Table table;
  private final SheetGrid grid;
  private final ReadContext context;
  private final Map<String, Integer> columnOf;
  private final int row;
  private final Map<String, Located> cells;

  /**
   * @param columnOf the sheet column of each of the table's columns found on the sheet
   * @param cells the row's non-blank cells by column key
   */
  TableRow(Table table, SheetGrid grid, ReadContext context, Map<String, Integer> columnOf,
      int row, Map<String, Located> cells) {
    this.table = table;
    this.grid = grid;
    this.context = context;
    this.columnOf = columnOf;
    this.row = row;
    this.cells = cells;
  }

  /** The row's index on the sheet (0-based). */
  int row() {
    return row;
  }

  /** The keys of the row's non-blank cells, in the order of the table's columns. */
  List<String> filled() {
    return table.columns().stream().map(Column::key).filter(cells::containsKey).toList();
  }

  /** The cell under a column; null when blank or when the column is left out. */
  Located get(String key) {
    return cells.get(key);
  }

  private ValueReader values() {
    return context.values();
  }

  private String field(String key) {
    return table.column(key).field();
  }

  Optional<String> text(String key) {
    return values().text(get(key), field(key));
  }

  Optional<String> id(String key) {
    return values().id(get(key), field(key));
  }

  /** An id of a person or department, checked once the People and Departments are read. */
  Optional<String> ref(String key, Lookup lookup) {
    Optional<String> id = id(key);
    id.ifPresent(v -> context.references().add(lookup, v, get(key), field(key)));
    return id;
  }

  List<String> idList(String key) {
    return values().idList(get(key), field(key));
  }

  /** Ids of people or departments, each checked once the People and Departments are read. */
  List<String> refs(String key, Lookup lookup) {
    List<String> ids = idList(key);
    ids.forEach(v -> context.references().add(lookup, v, get(key), field(key)));
    return ids;
  }

  Optional<BigDecimal> number(String key) {
    return number(key, field(key));
  }

  /** A number named otherwise in messages than its column's values are. */
  Optional<BigDecimal> number(String key, String field) {
    return values().number(get(key), field);
  }

  Optional<Integer> whole(String key) {
    Column column = table.column(key);
    return values().whole(get(key), column.field(), column.min(), column.max());
  }

  Optional<LocalDate> date(String key) {
    return values().date(get(key), field(key));
  }

  Optional<LocalTime> time(String key) {
    return values().time(get(key), field(key));
  }

  boolean mark(String key) {
    return values().mark(get(key), field(key));
  }

  boolean tick(String key) {
    return values().tick(get(key), field(key));
  }

  <E extends Enum<?>> Optional<E> choice(String key, Class<E> type) {
    return values().choice(get(key), field(key), type);
  }

  /** The row's required key (its id), or empty after reporting that it is missing. */
  Optional<String> required(String key, String what) {
    Located cell = get(key);
    if (cell == null) {
      missing(key, 0, field(key) + " is empty: every " + what + " needs one");
      return Optional.empty();
    }
    Optional<String> id = values().id(cell, field(key));
    if (id.isEmpty() && !(cell.value() instanceof Err)) {
      values().error(cell, field(key) + " is empty: every " + what + " needs one");
    }
    return id;
  }

  /**
   * Reports a value that is missing at its column of this row, or at column {@code otherwise}
   * where the table has no such column.
   */
  void missing(String key, int otherwise, String message) {
    context.error(grid, row, columnOf.getOrDefault(key, otherwise), message);
  }

  /** Reports a problem of a value that is there. */
  void error(String key, String message) {
    values().error(get(key), message);
  }

  /** Builds a model value; a value the model rejects is a problem at the row. */
  <T> Optional<T> build(Supplier<T> builder) {
    try {
      return Optional.of(builder.get());
    } catch (RuntimeException e) {
      int column = cells.values().stream().mapToInt(Located::column).min().orElse(0);
      context.error(grid, row, column, e.getMessage());
      return Optional.empty();
    }
  }
}
