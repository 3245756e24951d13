package org.strategysession.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.strategysession.workbook.Layout.Block;
import org.strategysession.workbook.Layout.Form;
import org.strategysession.workbook.Layout.Table;
import org.strategysession.workbook.SheetGrid.Located;
import org.strategysession.workbook.SheetGrid.Text;

/**
 * The blocks of one sheet as read: each found by its title in column A, in either language,
 * and reaching down to the next block's title. A block that is not on the sheet reads as
 * empty.
 */
final class SheetBlocks {
  private final SheetGrid grid;
  private final ReadContext context;
  private final Map<String, FormValues> forms = new HashMap<>();
  private final Map<String, TableRows> tables = new HashMap<>();

  private SheetBlocks(SheetGrid grid, ReadContext context) {
    this.grid = grid;
    this.context = context;
  }

  /** Reads the blocks of a sheet, of those its kind has; every cell read is placed. */
  static SheetBlocks read(SheetGrid grid, List<Block> layout, ReadContext context) {
    List<Integer> titleRows = new ArrayList<>();
    List<Block> titleBlocks = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int r : grid.rowIndexes()) {
      Located a = grid.at(r, 0);
      if (a == null || !(a.value() instanceof Text)) {
        continue;
      }
      String text = ((Text) a.value()).text();
      for (Block b : layout) {
        // An id in column A may spell a title ("people"): a title comes once, and is either
        // alone on its row or written exactly as the layout writes it.
        boolean exact = text.strip().equals(b.title().en()) || text.strip().equals(b.title().ru());
        if (!seen.contains(b.key()) && b.title().matches(text) && (exact || grid.row(r).size() == 1)) {
          seen.add(b.key());
          titleRows.add(r);
          titleBlocks.add(b);
          break;
        }
      }
    }
    SheetBlocks out = new SheetBlocks(grid, context);
    for (int i = 0; i < titleRows.size(); i++) {
      int from = titleRows.get(i);
      int to = i + 1 < titleRows.size() ? titleRows.get(i + 1) : Integer.MAX_VALUE;
      Located title = grid.at(from, 0);
      grid.place(title);
      if (titleBlocks.get(i) instanceof Form form) {
        out.form(form).read(title, to);
      } else {
        out.table((Table) titleBlocks.get(i)).read(from, to);
      }
    }
    return out;
  }

  SheetGrid grid() {
    return grid;
  }

  ReadContext context() {
    return context;
  }

  FormValues form(Form form) {
    return forms.computeIfAbsent(form.key(), k -> new FormValues(form, grid, context));
  }

  TableRows table(Table table) {
    return tables.computeIfAbsent(table.key(), k -> new TableRows(table, grid, context));
  }
}
