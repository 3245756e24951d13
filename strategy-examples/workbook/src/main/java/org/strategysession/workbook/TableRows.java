package org.strategysession.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.strategysession.workbook.Layout.Column;
import org.strategysession.workbook.Layout.Table;
import org.strategysession.workbook.SheetGrid.Located;
import org.strategysession.workbook.SheetGrid.Text;

/**
 * A table of a sheet as read: its columns found by their header text (in either language, in
 * any order), and its non-blank rows. A value under no header, an unknown or repeated
 * header, and a row of a keyed table without its key column are reported.
 */
final class TableRows implements Iterable<TableRow> {
  private final Table table;
  private final SheetGrid grid;
  private final ReadContext context;
  private final Map<String, Integer> columnOf = new HashMap<>();
  private final List<TableRow> rows = new ArrayList<>();

  TableRows(Table table, SheetGrid grid, ReadContext context) {
    this.table = table;
    this.grid = grid;
    this.context = context;
  }

  /** Reads the header row (the first row after the title) and the rows under it, before row {@code to}. */
  void read(int from, int to) {
    Integer header = null;
    for (int r : grid.rowIndexes()) {
      if (r > from && r < to) {
        header = r;
        break;
      }
    }
    if (header == null) {
      return;
    }
    int h = header;
    Map<Integer, Column> byIndex = new TreeMap<>();
    Set<Integer> ignored = new HashSet<>();
    for (int c : grid.row(h).keySet()) {
      Located cell = grid.at(h, c);
      grid.place(cell);
      String text = cell.value() instanceof Text ? ((Text) cell.value()).text() : ValueReader.show(cell);
      Optional<Column> column = table.byHeader(text);
      if (column.isEmpty() || columnOf.containsKey(column.get().key())) {
        int count = 0;
        for (int r : grid.rowIndexes()) {
          if (r > h && r < to && grid.at(r, c) != null) {
            count++;
          }
        }
        String shown = ValueReader.show(cell);
        String what = column.isEmpty() ? "unknown column " + shown : "a second " + shown + " column";
        context.values().error(cell, what + " in the " + table.title().quoted() + " table"
            + (count == 0 ? "" : "; " + SheetGrid.notRead(count)));
        ignored.add(c);
        continue;
      }
      byIndex.put(c, column.get());
      columnOf.put(column.get().key(), c);
    }
    boolean keyMissing = table.keyed() && !columnOf.containsKey(table.columns().get(0).key());
    boolean keyReported = false;
    for (int r : grid.rowIndexes()) {
      if (r <= h || r >= to) {
        continue;
      }
      Map<String, Located> cells = new HashMap<>();
      for (int c : grid.row(r).keySet()) {
        Located cell = grid.at(r, c);
        grid.place(cell);
        if (byIndex.containsKey(c)) {
          cells.put(byIndex.get(c).key(), cell);
        } else if (!ignored.contains(c)) {
          context.values().error(cell, "the value " + ValueReader.show(cell) + " is in a column"
              + " without a header in the " + table.title().quoted() + " table and is not read");
        }
      }
      if (cells.isEmpty()) {
        continue;
      }
      if (keyMissing) {
        if (!keyReported) {
          context.values().error(grid.at(h, grid.row(h).firstKey()), "the "
              + table.title().quoted() + " table has no " + table.columns().get(0).header().en()
              + " column, so its rows are not read");
          keyReported = true;
        }
        continue;
      }
      rows.add(new TableRow(table, grid, context, columnOf, r, cells));
    }
  }

  @Override
  public Iterator<TableRow> iterator() {
    return rows.iterator();
  }
}
