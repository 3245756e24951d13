package org.strategysession.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.strategysession.model.Language;

/**
 * The terms the workbook layout is declared in: blocks (a titled form of labelled values or a
 * titled table with a header row), their columns and the kind of value each holds, and the
 * factories the sheet classes declare their blocks with. A sheet's blocks are written and read
 * from one declaration, so the writer and the reader cannot drift apart.
 */
final class Layout {
  private Layout() {}

  /** How a cell's value is written, validated and read. */
  enum Kind {
    /** Free text, kept as typed. */
    TEXT,
    /** An id or a reference to one; surrounding spaces are not part of it. */
    ID,
    /** A plan number (decimal). */
    NUMBER,
    /** A whole number within the column's range. */
    WHOLE,
    DATE,
    /** A time of day to the minute. */
    TIME,
    /** A month mark: x or blank. */
    MARK,
    /** An x that ticks a row off (a key task achieved), or blank. */
    TICK,
    YES_NO,
    /** Ids separated by commas. */
    ID_LIST,
    /** One of the column's choices (an enum). */
    CHOICE,
    /**
     * No value: a blank column that lines a table's months up with those of the tables above
     * and below it, so that a department's sheet reads as one month grid.
     */
    GAP
  }

  /** The list a reference column's drop-down offers. */
  enum Lookup {
    NONE,
    PERSON,
    DEPARTMENT,
    /** A goal of the same sheet. */
    GOAL,
    /** A task of the same sheet. */
    TASK,
    /** A KPI of the same sheet. */
    KPI
  }

  /**
   * A column of a table, or a labelled row of a form ({@code multi}: values in every cell to
   * the right of the label, one per cell). {@code field} is how messages name one of its
   * values ("owner", "value for Mar").
   */
  record Column(
      String key,
      Term header,
      Kind kind,
      int width,
      Lookup lookup,
      Class<? extends Enum<?>> choices,
      int min,
      int max,
      boolean multi,
      String field) {

    Column multiple() {
      return new Column(key, header, kind, width, lookup, choices, min, max, true, field);
    }

    Column lookup(Lookup to) {
      return new Column(key, header, kind, width, to, choices, min, max, multi, field);
    }

    /** Named otherwise in messages than by its header ("venue format" for Format). */
    Column field(String name) {
      return new Column(key, header, kind, width, lookup, choices, min, max, multi, name);
    }
  }

  /** A titled block of a sheet. */
  sealed interface Block permits Table, Form {
    String key();

    Term title();

    List<Column> columns();

    /** The column (a form: the field) with a key of the layout. */
    default Column column(String key) {
      return columns().stream()
          .filter(c -> c.key().equals(key))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException(key() + " has no column " + key));
    }

    /** The column (a form: the field) whose header (label) a cell's text is, in either language. */
    default Optional<Column> byHeader(String text) {
      return columns().stream().filter(c -> c.header().matches(text)).findFirst();
    }
  }

  /**
   * A table: title row, header row, one row per element. {@code minRows} blank rows at least
   * are laid out (with their validation) for a person to fill.
   */
  record Table(String key, Term title, List<Column> columns, int minRows, boolean keyed)
      implements Block {
    /** A table whose rows each need a value in the first column (an id, or what the row is of). */
    Table(String key, Term title, List<Column> columns, int minRows) {
      this(key, title, columns, minRows, true);
    }

    /** The same table with rows that may leave the first column blank. */
    Table unkeyed() {
      return new Table(key, title, columns, minRows, false);
    }
  }

  /** A form: title row, then one labelled row per field. */
  record Form(String key, Term title, List<Column> columns) implements Block {}

  // Widths are in characters.
  static final int ID_WIDTH = 16;
  static final int TITLE_WIDTH = 40;
  static final int REF_WIDTH = 14;
  private static final int MONTH_WIDTH = 7;

  static Column col(String key, String en, String ru, Kind kind, int width) {
    return new Column(key, Term.of(en, ru), kind, width, Lookup.NONE, null, 0, 0, false, lowerFirst(en));
  }

  /** A header as messages name a value of its column: "owner", but "KPI" and "ID". */
  private static String lowerFirst(String s) {
    if (s.isEmpty() || s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
      return s;
    }
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  static Column gap(int n) {
    return col("gap" + n, "", "", Kind.GAP, 1);
  }

  static Column id() {
    return col("id", "ID", "ID", Kind.ID, ID_WIDTH);
  }

  static Column text(String key, String en, String ru, int width) {
    return col(key, en, ru, Kind.TEXT, width);
  }

  static Column person(String key, String en, String ru) {
    return col(key, en, ru, Kind.ID, REF_WIDTH).lookup(Lookup.PERSON);
  }

  static Column department(String key, String en, String ru) {
    return col(key, en, ru, Kind.ID, REF_WIDTH).lookup(Lookup.DEPARTMENT);
  }

  static Column number(String key, String en, String ru, int width) {
    return col(key, en, ru, Kind.NUMBER, width);
  }

  static Column whole(String key, String en, String ru, int min, int max, int width) {
    return new Column(key, Term.of(en, ru), Kind.WHOLE, width, Lookup.NONE, null, min, max, false,
        lowerFirst(en));
  }

  static Column choice(
      String key, String en, String ru, Class<? extends Enum<?>> choices, int width) {
    return new Column(key, Term.of(en, ru), Kind.CHOICE, width, Lookup.NONE, choices, 0, 0, false,
        lowerFirst(en));
  }

  /**
   * Twelve columns headed by the months' short names, keyed {@code keyPrefix} and the month
   * (m1…m12); messages name a value {@code fieldPrefix} and the month ("value for Mar").
   */
  static List<Column> months(String keyPrefix, Kind kind, String fieldPrefix) {
    List<Column> out = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      String en = Language.EN.shortMonth(m);
      out.add(col(keyPrefix + m, en, Language.RU.shortMonth(m), kind, MONTH_WIDTH)
          .field(fieldPrefix + en));
    }
    return out;
  }

  static List<Column> columns(Object... parts) {
    List<Column> out = new ArrayList<>();
    for (Object part : parts) {
      if (part instanceof Column) {
        out.add((Column) part);
      } else {
        for (Object c : (List<?>) part) {
          out.add((Column) c);
        }
      }
    }
    return List.copyOf(out);
  }
}
