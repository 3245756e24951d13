package org.strategysession.workbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strategysession.workbook.Layout.Column;
import org.strategysession.workbook.Layout.Form;
import org.strategysession.workbook.Layout.Lookup;
import org.strategysession.workbook.SheetGrid.Located;
import org.strategysession.workbook.SheetGrid.Text;
import org.strategysession.workbook.WorkbookProblem.Severity;

/**
 * A form of a sheet as read: its title cell and, by field key, the value beside each label
 * (every value to the right of it for a field of several values). Each reading method
 * reports what it cannot read and is then empty.
 */
final class FormValues {
  private final Form form;
  private final SheetGrid grid;
  private final ReadContext context;
  private final Map<String, List<Located>> values = new HashMap<>();
  private Located title;

  FormValues(Form form, SheetGrid grid, ReadContext context) {
    this.form = form;
    this.grid = grid;
    this.context = context;
  }

  /** Reads the labelled rows under the title, up to (not including) row {@code to}. */
  void read(Located title, int to) {
    this.title = title;
    for (int r : grid.rowIndexes()) {
      if (r <= title.row() || r >= to) {
        continue;
      }
      Located label = grid.at(r, 0);
      if (label == null) {
        continue; // values without a label are reported as outside the tables
      }
      String text = ValueReader.show(label);
      Optional<Column> field =
          form.byHeader(label.value() instanceof Text ? ((Text) label.value()).text() : text);
      if (field.isEmpty() || values.containsKey(field.get().key())) {
        int count = grid.row(r).size() - 1;
        context.values().error(label, (field.isEmpty()
                ? "unknown label " + text + " in the " + form.title().quoted() + " block"
                : "a second " + text + " row")
            + (count == 0 ? "" : "; " + SheetGrid.notRead(count)));
        grid.row(r).keySet().forEach(c -> grid.place(r, c));
        continue;
      }
      grid.place(label);
      List<Located> found = new ArrayList<>();
      for (int c : grid.row(r).keySet()) {
        if (c == 1 || (c > 1 && field.get().multi())) {
          found.add(grid.at(r, c));
          grid.place(r, c);
        }
      }
      values.put(field.get().key(), found);
    }
  }

  /** The title cell; null where the form's title is not on the sheet. */
  Located title() {
    return title;
  }

  /** Stands in for a title that is not on the sheet, as the place of its problems. */
  void titleIfNone(Located sheetTitle) {
    if (title == null) {
      title = sheetTitle;
    }
  }

  /** The field's value cell; null when blank or not on the sheet. */
  Located single(String key) {
    List<Located> v = values.get(key);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  List<Located> all(String key) {
    return values.getOrDefault(key, List.of());
  }

  private String field(String key) {
    return form.column(key).field();
  }

  Optional<String> text(String key) {
    return context.values().text(single(key), field(key));
  }

  /** An id of a person or department, checked once the People and Departments are read. */
  Optional<String> ref(Located cell, String key, Lookup lookup) {
    Optional<String> id = context.values().id(cell, field(key));
    id.ifPresent(v -> context.references().add(lookup, v, cell, field(key)));
    return id;
  }

  Optional<Integer> whole(String key) {
    Column c = form.column(key);
    return context.values().whole(single(key), c.field(), c.min(), c.max());
  }

  Optional<LocalDate> date(Located cell, String key) {
    return context.values().date(cell, field(key));
  }

  Optional<LocalDate> date(String key) {
    return date(single(key), key);
  }

  <E extends Enum<?>> Optional<E> choice(String key, Class<E> type) {
    return context.values().choice(single(key), field(key), type);
  }

  Optional<Boolean> yesNo(String key) {
    return context.values().yesNo(single(key), field(key));
  }

  /** The first label of the field in column A below a cell; null if there is none. */
  Located label(String key, Located below) {
    Term header = form.column(key).header();
    for (int r : grid.rowIndexes()) {
      Located a = grid.at(r, 0);
      if (r > below.row() && a != null && a.value() instanceof Text
          && header.matches(((Text) a.value()).text())) {
        return a;
      }
    }
    return null;
  }

  /**
   * Reports a required value that is missing: at the cell beside its label, else (no label)
   * at the title, else (no title) on the sheet.
   */
  void missing(String key, String message) {
    Located label = title == null ? null : label(key, title);
    if (title == null) {
      context.problems().sheet(Severity.ERROR, grid.index, grid.name, message);
    } else if (label != null) {
      context.error(grid, label.row(), 1, message);
    } else {
      context.values().error(title, message + " (its row \"" + form.column(key).header().en()
          + "\" is missing)");
    }
  }
}
