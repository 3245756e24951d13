package org.strategysession.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.strategysession.model.Language;
import org.strategysession.workbook.Layout.Block;
import org.strategysession.workbook.Layout.Column;
import org.strategysession.workbook.Layout.Form;
import org.strategysession.workbook.Layout.Lookup;
import org.strategysession.workbook.Layout.SheetKind;
import org.strategysession.workbook.Layout.Table;
import org.strategysession.workbook.SheetGrid.Located;
import org.strategysession.workbook.SheetGrid.Text;
import org.strategysession.workbook.WorkbookProblem.Severity;
import org.strategysession.model.AgendaItem;
import org.strategysession.model.AgendaKind;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.Direction;
import org.strategysession.model.FollowUp;
import org.strategysession.model.Goal;
import org.strategysession.model.Initiative;
import org.strategysession.model.InitiativeStatus;
import org.strategysession.model.InitiativeTheme;
import org.strategysession.model.KeyTaskAssignment;
import org.strategysession.model.Kpi;
import org.strategysession.model.Need;
import org.strategysession.model.Person;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.Proposal;
import org.strategysession.model.Remark;
import org.strategysession.model.RemarkKind;
import org.strategysession.model.Revision;
import org.strategysession.model.Role;
import org.strategysession.model.SalesBasis;
import org.strategysession.model.Session;
import org.strategysession.model.Task;
import org.strategysession.model.TaskStatus;
import org.strategysession.model.Venue;
import org.strategysession.model.VenueFormat;
import org.strategysession.model.YearReport;

/**
 * Reads a workbook of {@link Layout} into a document, collecting every problem instead of
 * stopping at the first. One instance per read.
 *
 * <p>Sheets are recognised by the title in their first column (A1 as written), not by their
 * name, so a renamed tab still reads (with a warning); blocks by their title rows; columns by
 * their header text in either language, so columns may be moved or left out.
 */
final class WorkbookReader {
  private final Problems problems = new Problems();
  private final ValueReader values = new ValueReader(problems);

  private record Reference(Lookup lookup, String id, Located at, String field) {}

  private final List<Reference> references = new ArrayList<>();

  // What the sheets gave.
  private final Map<SheetKind, SheetGrid> fixedSheets = new EnumMap<>(SheetKind.class);
  private Optional<String> company = Optional.empty();
  private Optional<Integer> planningYear = Optional.empty();
  private boolean sessionRead;
  private final List<Person> people = new ArrayList<>();
  private final List<Department> departments = new ArrayList<>();
  private final List<LocalDate> days = new ArrayList<>();
  private Optional<Venue> venue = Optional.empty();
  private Optional<String> facilitator = Optional.empty();
  private final List<String> participants = new ArrayList<>();
  private final List<AgendaItem> agenda = new ArrayList<>();
  private final List<PlanSheet> plans = new ArrayList<>();
  private final List<Remark> remarks = new ArrayList<>();
  private final List<Initiative> initiatives = new ArrayList<>();
  private final List<KeyTaskAssignment> keyTasks = new ArrayList<>();
  private final Map<String, String> trackerRefs = new LinkedHashMap<>();
  private Optional<Revision> revision = Optional.empty();

  private record PlanSheet(SheetGrid grid, Located title, DepartmentPlan plan) {}

  private WorkbookReader() {}

  /** Problems only: for a file that is not a workbook at all. */
  static WorkbookImport unreadable(String message) {
    Problems p = new Problems();
    p.file(message);
    return new WorkbookImport(null, p.sorted());
  }

  static WorkbookImport read(Workbook workbook) {
    WorkbookReader reader = new WorkbookReader();
    return reader.readAll(workbook);
  }

  private WorkbookImport readAll(Workbook workbook) {
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      Sheet sheet = workbook.getSheetAt(i);
      try {
        readSheet(sheet, i);
      } catch (RuntimeException e) {
        // A sheet the reader cannot walk is one located problem; the other sheets still count.
        problems.sheet(Severity.ERROR, i, sheet.getSheetName(),
            "the sheet cannot be read (" + e + ")");
      }
    }
    if (!sessionRead) {
      problems.file(
          "the workbook has no Session sheet (a sheet starting with the title \"Session\" or"
              + " \"Сессия\" in A1), which holds the company and the planning year");
    }
    checkPlanSheetNames();
    checkReferences();
    PlanDocument document = null;
    if (!problems.hasErrors()) {
      try {
        document = assemble();
      } catch (RuntimeException e) {
        problems.file("the workbook does not make a plan document: " + e.getMessage());
      }
    }
    return new WorkbookImport(problems.hasErrors() ? null : document, problems.sorted());
  }

  // ---- Sheets ------------------------------------------------------------------------------

  private void readSheet(Sheet sheet, int index) {
    SheetGrid grid = SheetGrid.read(sheet, index, problems);
    Optional<Located> titleCell = Optional.empty();
    SheetKind kind = null;
    for (int r : grid.rowIndexes()) {
      Located a = grid.at(r, 0);
      if (a != null && a.value() instanceof Text) {
        for (SheetKind k : SheetKind.values()) {
          if (k.firstTitle().matches(((Text) a.value()).text())) {
            kind = k;
            titleCell = Optional.of(a);
            break;
          }
        }
      }
      if (kind != null) {
        break;
      }
    }
    if (kind == SheetKind.INSTRUCTIONS) {
      return; // prose for people; nothing in it belongs to the document
    }
    for (CellRangeAddress merged : sheet.getMergedRegions()) {
      problems.range(Severity.ERROR, index, grid.name, merged.getFirstRow(), merged.getFirstColumn(),
          merged.formatAsString(),
          "merged cells are not read as one value: unmerge them and fill each cell");
    }
    if (kind == null) {
      if (!grid.isEmpty()) {
        Located first = grid.first();
        String known = knownSheetName(grid.name);
        values.error(first,
            (known != null
                    ? "the " + known + " sheet does not start with its title \"" + known
                        + "\" in column A, so"
                    : "the sheet is not part of the plan workbook (its first title is none of"
                        + " Session, Department plan, Agenda, Remarks, Initiatives, Key tasks), so")
                + " " + notRead(grid.cellCount()));
        grid.placeAll();
      }
      return;
    }
    Located title = titleCell.get();
    if (kind != SheetKind.PLAN) {
      if (fixedSheets.containsKey(kind)) {
        values.error(title, "a second " + kind.name.en() + " sheet (the first is \""
            + fixedSheets.get(kind).name + "\"); " + notRead(grid.cellCount())
            + ": move its rows into the first");
        grid.placeAll();
        return;
      }
      fixedSheets.put(kind, grid);
      if (!kind.name.matches(grid.name)) {
        values.warning(title, "the sheet \"" + grid.name + "\" is read as the " + kind.name.en()
            + " sheet by its title; its usual name is \"" + kind.name.en() + "\" (\""
            + kind.name.ru() + "\")");
      }
    }
    Blocks blocks = blocks(grid, kind);
    switch (kind) {
      case SESSION:
        sessionSheet(blocks);
        break;
      case PLAN:
        planSheet(grid, title, blocks);
        break;
      case AGENDA:
        agendaSheet(blocks);
        break;
      case REMARKS:
        remarksSheet(blocks);
        break;
      case INITIATIVES:
        initiativesSheet(blocks);
        break;
      case FOLLOW_UP:
        followUpSheet(blocks);
        break;
      default:
        break;
    }
    for (Located stray : grid.unplaced()) {
      values.error(stray, "the value " + ValueReader.show(stray)
          + " is outside the tables of the sheet and is not read");
    }
  }

  private static String knownSheetName(String sheetName) {
    for (SheetKind k : SheetKind.values()) {
      if (k != SheetKind.PLAN && k.name.matches(sheetName)) {
        return k.name.en();
      }
    }
    return null;
  }

  /** A block's English title, quoted: some titles are phrases ("Sales plan the KPIs rest on"). */
  private static String quoted(Term title) {
    return "\"" + title.en() + "\"";
  }

  private static String notRead(int values) {
    return values == 1 ? "its value is not read" : "its " + values + " values are not read";
  }

  // ---- Blocks ------------------------------------------------------------------------------

  /** A table's rows: the non-blank cells of each row by column key. */
  private record TableRow(int row, Map<String, Located> cells) {
    Located get(String key) {
      return cells.get(key);
    }
  }

  private static final class TableRows {
    final Table table;
    final Map<String, Integer> columnOf = new HashMap<>();
    final List<TableRow> rows = new ArrayList<>();
    SheetGrid grid;

    TableRows(Table table) {
      this.table = table;
    }
  }

  private static final class FormValues {
    final Form form;
    final Map<String, List<Located>> values = new HashMap<>();
    Located title;

    FormValues(Form form) {
      this.form = form;
    }

    Located single(String key) {
      List<Located> v = values.get(key);
      return v == null || v.isEmpty() ? null : v.get(0);
    }

    List<Located> all(String key) {
      return values.getOrDefault(key, List.of());
    }
  }

  private static final class Blocks {
    final Map<String, FormValues> forms = new HashMap<>();
    final Map<String, TableRows> tables = new HashMap<>();

    FormValues form(Form form) {
      return forms.computeIfAbsent(form.key(), k -> new FormValues(form));
    }

    TableRows table(Table table) {
      return tables.computeIfAbsent(table.key(), k -> new TableRows(table));
    }
  }

  private Blocks blocks(SheetGrid grid, SheetKind kind) {
    List<Integer> titleRows = new ArrayList<>();
    List<Block> titleBlocks = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int r : grid.rowIndexes()) {
      Located a = grid.at(r, 0);
      if (a == null || !(a.value() instanceof Text)) {
        continue;
      }
      String text = ((Text) a.value()).text();
      for (Block b : kind.blocks()) {
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
    Blocks out = new Blocks();
    for (int i = 0; i < titleRows.size(); i++) {
      int from = titleRows.get(i);
      int to = i + 1 < titleRows.size() ? titleRows.get(i + 1) : Integer.MAX_VALUE;
      Block block = titleBlocks.get(i);
      Located title = grid.at(from, 0);
      grid.place(title);
      if (block instanceof Form) {
        FormValues f = out.form((Form) block);
        if (f.title == null) {
          f.title = title;
        }
        form(grid, f, from, to);
      } else {
        TableRows t = out.table((Table) block);
        t.grid = grid;
        table(grid, t, from, to);
      }
    }
    return out;
  }

  private void form(SheetGrid grid, FormValues f, int from, int to) {
    for (int r : grid.rowIndexes()) {
      if (r <= from || r >= to) {
        continue;
      }
      Located label = grid.at(r, 0);
      if (label == null) {
        continue; // values without a label are reported as outside the tables
      }
      String text = ValueReader.show(label);
      Optional<Column> field = f.form.field(label.value() instanceof Text
          ? ((Text) label.value()).text() : text);
      if (field.isEmpty() || f.values.containsKey(field.get().key())) {
        int count = grid.row(r).size() - 1;
        values.error(label, (field.isEmpty() ? "unknown label " + text + " in the "
                + quoted(f.form.title()) + " block" : "a second " + text + " row")
            + (count == 0 ? "" : "; " + notRead(count)));
        grid.row(r).keySet().forEach(c -> grid.place(r, c));
        continue;
      }
      grid.place(label);
      List<Located> found = new ArrayList<>();
      if (field.get().multi()) {
        for (int c : grid.row(r).keySet()) {
          if (c >= 1) {
            found.add(grid.at(r, c));
            grid.place(r, c);
          }
        }
      } else {
        Located v = grid.at(r, 1);
        if (v != null) {
          found.add(v);
          grid.place(v);
        }
      }
      f.values.put(field.get().key(), found);
    }
  }

  private void table(SheetGrid grid, TableRows t, int from, int to) {
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
    t.columnOf.clear();
    for (int c : grid.row(h).keySet()) {
      Located cell = grid.at(h, c);
      grid.place(cell);
      String text = cell.value() instanceof Text ? ((Text) cell.value()).text() : ValueReader.show(cell);
      Optional<Column> column = t.table.column(text);
      if (column.isEmpty() || t.columnOf.containsKey(column.get().key())) {
        int count = 0;
        for (int r : grid.rowIndexes()) {
          if (r > h && r < to && grid.at(r, c) != null) {
            count++;
          }
        }
        values.error(cell, (column.isEmpty()
                ? "unknown column " + ValueReader.show(cell) + " in the " + quoted(t.table.title()) + " table"
                : "a second " + ValueReader.show(cell) + " column in the " + quoted(t.table.title()) + " table")
            + (count == 0 ? "" : "; " + notRead(count)));
        ignored.add(c);
        continue;
      }
      byIndex.put(c, column.get());
      t.columnOf.put(column.get().key(), c);
    }
    boolean keyMissing = t.table.keyed() && !t.columnOf.containsKey(t.table.columns().get(0).key());
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
          values.error(cell, "the value " + ValueReader.show(cell) + " is in a column without a"
              + " header in the " + quoted(t.table.title()) + " table and is not read");
        }
      }
      if (cells.isEmpty()) {
        continue;
      }
      if (keyMissing) {
        if (!keyReported) {
          values.error(grid.at(h, grid.row(h).firstKey()), "the " + quoted(t.table.title())
              + " table has no " + t.table.columns().get(0).header().en() + " column, so its"
              + " rows are not read");
          keyReported = true;
        }
        continue;
      }
      t.rows.add(new TableRow(r, cells));
    }
  }

  // ---- Reading values ----------------------------------------------------------------------

  private static String describe(Table table, Column column) {
    String key = column.key();
    if (key.matches("[ma]\\d+")) {
      String month = Layout.MONTHS[Integer.parseInt(key.substring(1)) - 1].en();
      if (key.charAt(0) == 'a') {
        return "assumed value for " + month;
      }
      return table == Layout.TASKS ? "mark for " + month : "value for " + month;
    }
    return lowerFirst(column.header().en());
  }

  private static String lowerFirst(String s) {
    if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
      return s;
    }
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private String field(TableRows t, String key) {
    return describe(t.table, t.table.columns().get(t.table.index(key)));
  }

  private String field(FormValues f, String key) {
    return lowerFirst(f.form.columns().get(f.form.index(key)).header().en());
  }

  private Optional<String> text(TableRows t, TableRow row, String key) {
    return values.text(row.get(key), field(t, key));
  }

  private Optional<String> id(TableRows t, TableRow row, String key) {
    return values.id(row.get(key), field(t, key));
  }

  private Optional<String> ref(TableRows t, TableRow row, String key, Lookup lookup) {
    Optional<String> id = id(t, row, key);
    id.ifPresent(v -> references.add(new Reference(lookup, v, row.get(key), field(t, key))));
    return id;
  }

  private Optional<BigDecimal> number(TableRows t, TableRow row, String key) {
    return values.number(row.get(key), field(t, key));
  }

  private Optional<Integer> whole(TableRows t, TableRow row, String key) {
    Column c = t.table.columns().get(t.table.index(key));
    return values.whole(row.get(key), field(t, key), c.min(), c.max());
  }

  private <E extends Enum<?>> Optional<E> choice(TableRows t, TableRow row, String key, Class<E> type) {
    return values.choice(row.get(key), field(t, key), type);
  }

  private List<String> idList(TableRows t, TableRow row, String key) {
    return values.idList(row.get(key), field(t, key));
  }

  /** The row's required key (its id), or empty after reporting that it is missing. */
  private Optional<String> required(TableRows t, TableRow row, String key, String what) {
    Located cell = row.get(key);
    if (cell == null) {
      int column = t.columnOf.getOrDefault(key, 0);
      problems.cell(Severity.ERROR, t.grid.index, t.grid.name, row.row(), column,
          field(t, key) + " is empty: every " + what + " needs one");
      return Optional.empty();
    }
    Optional<String> id = values.id(cell, field(t, key));
    if (id.isEmpty() && !(cell.value() instanceof SheetGrid.Err)) {
      values.error(cell, field(t, key) + " is empty: every " + what + " needs one");
    }
    return id;
  }

  /** Builds a model value; a value the model rejects is a problem at the row. */
  private <T> Optional<T> build(TableRows t, TableRow row, java.util.function.Supplier<T> builder) {
    try {
      return Optional.of(builder.get());
    } catch (RuntimeException e) {
      int column = row.cells().values().stream().mapToInt(Located::column).min().orElse(0);
      problems.cell(Severity.ERROR, t.grid.index, t.grid.name, row.row(), column, e.getMessage());
      return Optional.empty();
    }
  }

  // ---- The Session sheet -------------------------------------------------------------------

  private void sessionSheet(Blocks blocks) {
    sessionRead = true;
    FormValues f = blocks.form(Layout.SESSION_FORM);
    company = values.text(f.single("company"), "company");
    if (f.single("company") == null) {
      missing(f, "company", "the company is required");
    }
    Column year = Layout.SESSION_FORM.columns().get(Layout.SESSION_FORM.index("planningYear"));
    planningYear = values.whole(f.single("planningYear"), "planning year", year.min(), year.max());
    if (f.single("planningYear") == null) {
      missing(f, "planningYear", "the planning year is required");
    }
    for (Located d : f.all("days")) {
      values.date(d, field(f, "days")).ifPresent(days::add);
    }
    Optional<String> venueName = values.text(f.single("venue"), "venue");
    Optional<VenueFormat> format = values.choice(f.single("venueFormat"), "venue format", VenueFormat.class);
    Optional<Boolean> offsite = values.yesNo(f.single("offsite"), "offsite");
    if (venueName.isPresent() || format.isPresent() || offsite.isPresent()) {
      venue = Optional.of(Venue.builder().name(venueName).format(format).offsite(offsite).build());
    }
    facilitator = values.id(f.single("facilitator"), "facilitator");
    facilitator.ifPresent(v ->
        references.add(new Reference(Lookup.PERSON, v, f.single("facilitator"), "facilitator")));
    for (Located p : f.all("participants")) {
      values.id(p, "participant").ifPresent(v -> {
        participants.add(v);
        references.add(new Reference(Lookup.PERSON, v, p, "participant"));
      });
    }
    Column quarter = Layout.SESSION_FORM.columns().get(Layout.SESSION_FORM.index("revisionQuarter"));
    Optional<Integer> q = values.whole(f.single("revisionQuarter"), "revision quarter", quarter.min(), quarter.max());
    Optional<LocalDate> date = values.date(f.single("revisionDate"), "revision date");
    if (q.isPresent() || date.isPresent()) {
      revision = Optional.of(Revision.builder().quarter(q).date(date).build());
    }

    TableRows p = blocks.table(Layout.PEOPLE);
    for (TableRow row : p.rows) {
      Optional<String> id = required(p, row, "id", "person");
      Optional<String> name = text(p, row, "name");
      Optional<Role> role = choice(p, row, "role", Role.class);
      Optional<String> department = ref(p, row, "department", Lookup.DEPARTMENT);
      Optional<String> email = text(p, row, "email");
      id.flatMap(i -> build(p, row, () -> Person.builder().id(i).name(name).role(role)
              .department(department).email(email).build()))
          .ifPresent(people::add);
    }
    TableRows d = blocks.table(Layout.DEPARTMENTS);
    for (TableRow row : d.rows) {
      Optional<String> id = required(d, row, "id", "department");
      Optional<String> name = text(d, row, "name");
      Optional<DepartmentKind> kind = choice(d, row, "kind", DepartmentKind.class);
      Optional<String> head = ref(d, row, "head", Lookup.PERSON);
      id.flatMap(i -> build(d, row, () -> Department.builder().id(i).name(name).kind(kind)
              .head(head).build()))
          .ifPresent(departments::add);
    }
  }

  /** A required form value is missing: the place is its label's value cell, else the title. */
  private void missing(FormValues f, String key, String message) {
    Located title = f.title;
    if (title == null) {
      problems.sheet(Severity.ERROR, fixedSheets.get(SheetKind.SESSION).index,
          fixedSheets.get(SheetKind.SESSION).name, message);
      return;
    }
    SheetGrid grid = title.grid();
    for (int r : grid.rowIndexes()) {
      Located a = grid.at(r, 0);
      if (r > title.row() && a != null && a.value() instanceof Text
          && f.form.columns().get(f.form.index(key)).header().matches(((Text) a.value()).text())) {
        problems.cell(Severity.ERROR, grid.index, grid.name, r, 1, message);
        return;
      }
    }
    values.error(title, message + " (its row \"" + f.form.columns().get(f.form.index(key)).header().en()
        + "\" is missing)");
  }

  // ---- A department's sheet ----------------------------------------------------------------

  private void planSheet(SheetGrid grid, Located title, Blocks blocks) {
    FormValues f = blocks.form(Layout.PLAN_FORM);
    if (f.title == null) {
      f.title = title;
    }
    Located departmentCell = f.single("department");
    Optional<String> department = values.id(departmentCell, "department");
    if (departmentCell == null) {
      Located label = null;
      for (int r : grid.rowIndexes()) {
        Located a = grid.at(r, 0);
        if (r > title.row() && a != null && a.value() instanceof Text
            && Layout.PLAN_FORM.columns().get(0).header().matches(((Text) a.value()).text())) {
          label = a;
          break;
        }
      }
      if (label != null) {
        problems.cell(Severity.ERROR, grid.index, grid.name, label.row(), 1,
            "the department is empty: write the id of the department whose plan this is");
      } else {
        values.error(title, "the sheet does not say whose plan it is: its Department row is missing");
      }
    } else {
      department.ifPresent(v -> references.add(new Reference(Lookup.DEPARTMENT, v, departmentCell, "department")));
    }
    Optional<LocalDate> submittedOn = values.date(f.single("submittedOn"), "submitted on");

    YearReport report = report(blocks.table(Layout.REPORT));

    TableRows k = blocks.table(Layout.KPIS);
    List<Kpi> kpis = new ArrayList<>();
    for (TableRow row : k.rows) {
      Optional<String> id = required(k, row, "id", "KPI");
      Optional<String> name = text(k, row, "name");
      Optional<String> unit = text(k, row, "unit");
      Optional<BigDecimal> baseline = number(k, row, "baseline");
      Optional<BigDecimal> target = number(k, row, "target");
      Optional<Direction> direction = choice(k, row, "direction", Direction.class);
      Map<Integer, BigDecimal> monthly = new TreeMap<>();
      for (int m = 1; m <= 12; m++) {
        int month = m;
        number(k, row, "m" + m).ifPresent(v -> monthly.put(month, v));
      }
      id.flatMap(i -> build(k, row, () -> Kpi.builder().id(i).name(name).unit(unit)
              .baseline(baseline).target(target).direction(direction).monthly(monthly).build()))
          .ifPresent(kpis::add);
    }
    Map<String, SalesBasis> bases = salesBases(blocks.table(Layout.SALES_BASIS), kpis);
    kpis.replaceAll(kpi -> bases.containsKey(kpi.id())
        ? Kpi.builder().from(kpi).basedOn(bases.get(kpi.id())).build() : kpi);

    TableRows g = blocks.table(Layout.GOALS);
    List<Goal> goals = new ArrayList<>();
    for (TableRow row : g.rows) {
      Optional<String> id = required(g, row, "id", "goal");
      Optional<String> goalTitle = text(g, row, "title");
      Optional<String> owner = ref(g, row, "owner", Lookup.PERSON);
      List<String> goalKpis = idList(g, row, "kpis");
      id.flatMap(i -> build(g, row, () -> Goal.builder().id(i).title(goalTitle).owner(owner)
              .kpis(goalKpis).build()))
          .ifPresent(goals::add);
    }

    TableRows t = blocks.table(Layout.TASKS);
    TableRows n = blocks.table(Layout.NEEDS);
    Set<String> taskIds = new HashSet<>();
    for (TableRow row : t.rows) {
      Located c = row.get("id");
      if (c != null) {
        values.id(c, "ID").ifPresent(taskIds::add);
      }
    }
    Map<String, List<Need>> needs = new HashMap<>();
    for (TableRow row : n.rows) {
      Optional<String> task = required(n, row, "task", "need (the task that needs it)");
      Optional<String> what = text(n, row, "what");
      Optional<String> from = ref(n, row, "department", Lookup.DEPARTMENT);
      if (task.isPresent() && !taskIds.contains(task.get())) {
        values.error(row.get("task"), "task \"" + task.get() + "\" is not a task of this sheet;"
            + " a need belongs to a task of the same department");
        continue;
      }
      task.ifPresent(id -> needs.computeIfAbsent(id, x -> new ArrayList<>())
          .add(Need.builder().department(from).what(what).build()));
    }
    List<Task> tasks = new ArrayList<>();
    for (TableRow row : t.rows) {
      Optional<String> id = required(t, row, "id", "task");
      Optional<String> taskTitle = text(t, row, "title");
      Optional<String> goal = id(t, row, "goal");
      Optional<String> owner = ref(t, row, "owner", Lookup.PERSON);
      Optional<TaskStatus> status = choice(t, row, "status", TaskStatus.class);
      List<String> supports = idList(t, row, "supports");
      List<Integer> months = new ArrayList<>();
      for (int m = 1; m <= 12; m++) {
        if (values.mark(row.get("m" + m), field(t, "m" + m))) {
          months.add(m);
        }
      }
      // The first task with an id takes its needs; a repeated id is the rules' finding.
      List<Need> taskNeeds = id.map(i -> needs.remove(i)).orElse(null);
      id.flatMap(i -> build(t, row, () -> Task.builder().id(i).title(taskTitle).goal(goal)
              .owner(owner).months(months).status(status)
              .needs(taskNeeds == null ? List.of() : taskNeeds).supports(supports).build()))
          .ifPresent(tasks::add);
    }

    if (department.isPresent()) {
      var plan = DepartmentPlan.builder().department(department.get())
          .submittedOn(submittedOn).kpis(kpis).goals(goals).tasks(tasks);
      if (report != null) {
        plan.report(report);
      }
      try {
        plans.add(new PlanSheet(grid, f.title, plan.build()));
      } catch (RuntimeException e) {
        values.error(f.title, e.getMessage());
      }
    }
  }

  /** The sales bases of a sheet's KPIs by KPI id; each must be of a KPI of the sheet. */
  private Map<String, SalesBasis> salesBases(TableRows b, List<Kpi> kpis) {
    Set<String> kpiIds = new HashSet<>();
    kpis.forEach(k -> kpiIds.add(k.id()));
    Map<String, SalesBasis> out = new HashMap<>();
    for (TableRow row : b.rows) {
      Optional<String> kpi = required(b, row, "kpi", "row of the sales plan (the KPI it is for)");
      Optional<String> salesKpi = id(b, row, "salesKpi");
      Optional<BigDecimal> assumed = number(b, row, "assumed");
      Map<Integer, BigDecimal> assumedMonthly = new TreeMap<>();
      for (int m = 1; m <= 12; m++) {
        int month = m;
        number(b, row, "a" + m).ifPresent(v -> assumedMonthly.put(month, v));
      }
      if (kpi.isEmpty()) {
        continue;
      }
      if (!kpiIds.contains(kpi.get())) {
        values.error(row.get("kpi"), "KPI \"" + kpi.get() + "\" is not a KPI of this sheet's KPIs"
            + " table");
      } else if (out.containsKey(kpi.get())) {
        values.error(row.get("kpi"), "KPI \"" + kpi.get() + "\" already has a row here; a KPI rests"
            + " on one sales figure");
      } else {
        build(b, row, () -> SalesBasis.builder().kpi(salesKpi).assumed(assumed)
                .assumedMonthly(assumedMonthly).build())
            .ifPresent(basis -> out.put(kpi.get(), basis));
      }
    }
    return out;
  }

  private YearReport report(TableRows r) {
    Map<ReportSection, List<String>> items = new EnumMap<>(ReportSection.class);
    List<Proposal> proposals = new ArrayList<>();
    for (TableRow row : r.rows) {
      Optional<ReportSection> section = choice(r, row, "section", ReportSection.class);
      Optional<String> text = text(r, row, "text");
      Optional<String> to = ref(r, row, "to", Lookup.DEPARTMENT);
      if (section.isEmpty()) {
        if (row.get("section") == null) {
          problems.cell(Severity.ERROR, r.grid.index, r.grid.name, row.row(),
              r.columnOf.getOrDefault("section", 0),
              "section is empty: say which part of the report the row belongs to (Results,"
                  + " Improvements, Difficulties, Strengths, Weaknesses, Market changes,"
                  + " Conclusions or Proposal)");
        }
        continue;
      }
      if (section.get() == ReportSection.PROPOSAL) {
        if (text.isPresent() || to.isPresent()) {
          proposals.add(Proposal.builder().to(to).text(text).build());
        }
        continue;
      }
      if (to.isPresent()) {
        values.error(row.get("to"), "to department goes with a Proposal row only; this row is "
            + Vocabulary.label(section.get(), Language.EN));
      }
      text.ifPresent(t -> items.computeIfAbsent(section.get(), s -> new ArrayList<>()).add(t));
    }
    if (items.isEmpty() && proposals.isEmpty()) {
      return null;
    }
    return YearReport.builder()
        .results(items.getOrDefault(ReportSection.RESULTS, List.of()))
        .improvements(items.getOrDefault(ReportSection.IMPROVEMENTS, List.of()))
        .difficulties(items.getOrDefault(ReportSection.DIFFICULTIES, List.of()))
        .strengths(items.getOrDefault(ReportSection.STRENGTHS, List.of()))
        .weaknesses(items.getOrDefault(ReportSection.WEAKNESSES, List.of()))
        .marketChanges(items.getOrDefault(ReportSection.MARKET_CHANGES, List.of()))
        .conclusions(items.getOrDefault(ReportSection.CONCLUSIONS, List.of()))
        .proposals(proposals)
        .build();
  }

  // ---- Sheets of the session and after it -------------------------------------------------

  private void agendaSheet(Blocks blocks) {
    TableRows a = blocks.table(Layout.AGENDA_TABLE);
    for (TableRow row : a.rows) {
      Optional<Integer> day = whole(a, row, "day");
      var start = values.time(row.get("start"), field(a, "start"));
      Optional<Integer> minutes = whole(a, row, "minutes");
      Optional<AgendaKind> kind = choice(a, row, "kind", AgendaKind.class);
      Optional<String> title = text(a, row, "title");
      Optional<String> department = ref(a, row, "department", Lookup.DEPARTMENT);
      Optional<String> presenter = ref(a, row, "presenter", Lookup.PERSON);
      build(a, row, () -> AgendaItem.builder().day(day).start(start).minutes(minutes).kind(kind)
              .title(title).department(department).presenter(presenter).build())
          .ifPresent(agenda::add);
    }
  }

  private void remarksSheet(Blocks blocks) {
    TableRows r = blocks.table(Layout.REMARKS_TABLE);
    for (TableRow row : r.rows) {
      Optional<String> id = required(r, row, "id", "remark");
      Optional<Integer> day = whole(r, row, "day");
      Optional<String> department = ref(r, row, "department", Lookup.DEPARTMENT);
      Optional<RemarkKind> kind = choice(r, row, "kind", RemarkKind.class);
      Optional<String> text = text(r, row, "text");
      List<String> addressedBy = idList(r, row, "addressedBy");
      id.flatMap(i -> build(r, row, () -> Remark.builder().id(i).day(day).department(department)
              .kind(kind).text(text).addressedBy(addressedBy).build()))
          .ifPresent(remarks::add);
    }
  }

  private void initiativesSheet(Blocks blocks) {
    TableRows t = blocks.table(Layout.INITIATIVES_TABLE);
    for (TableRow row : t.rows) {
      Optional<String> id = required(t, row, "id", "initiative");
      Optional<String> title = text(t, row, "title");
      Optional<InitiativeTheme> theme = choice(t, row, "theme", InitiativeTheme.class);
      Optional<String> proposedBy = ref(t, row, "proposedBy", Lookup.DEPARTMENT);
      List<String> touched = idList(t, row, "departments");
      touched.forEach(d -> references.add(new Reference(Lookup.DEPARTMENT, d, row.get("departments"), "departments")));
      Optional<String> owner = ref(t, row, "owner", Lookup.PERSON);
      Optional<InitiativeStatus> status = choice(t, row, "status", InitiativeStatus.class);
      Optional<LocalDate> decidedOn = values.date(row.get("decidedOn"), field(t, "decidedOn"));
      id.flatMap(i -> build(t, row, () -> Initiative.builder().id(i).title(title).theme(theme)
              .proposedBy(proposedBy).departments(touched).owner(owner).status(status)
              .decidedOn(decidedOn).build()))
          .ifPresent(initiatives::add);
    }
  }

  private void followUpSheet(Blocks blocks) {
    TableRows k = blocks.table(Layout.KEY_TASKS);
    for (TableRow row : k.rows) {
      Optional<String> person = ref(k, row, "person", Lookup.PERSON);
      Optional<Integer> month = whole(k, row, "month");
      List<String> tasks = idList(k, row, "tasks");
      build(k, row, () -> KeyTaskAssignment.builder().person(person).month(month).tasks(tasks).build())
          .ifPresent(keyTasks::add);
    }
    TableRows t = blocks.table(Layout.TRACKER_KEYS);
    for (TableRow row : t.rows) {
      Optional<String> task = required(t, row, "task", "tracker key");
      Located keyCell = row.get("key");
      Optional<String> key = text(t, row, "key");
      if (task.isEmpty()) {
        continue;
      }
      if (keyCell == null) {
        problems.cell(Severity.ERROR, t.grid.index, t.grid.name, row.row(),
            t.columnOf.getOrDefault("key", 1), "key is empty: give the task's key in the tracker");
      } else if (trackerRefs.containsKey(task.get())) {
        values.error(row.get("task"), "task \"" + task.get() + "\" already has a tracker key");
      } else {
        key.ifPresent(v -> trackerRefs.put(task.get(), v));
      }
    }
  }

  // ---- Checks across sheets ----------------------------------------------------------------

  private void checkPlanSheetNames() {
    Map<String, String> names = new HashMap<>();
    departments.forEach(d -> d.name().ifPresent(n -> names.putIfAbsent(d.id(), n)));
    Map<String, String> firstSheet = new HashMap<>();
    for (PlanSheet p : plans) {
      String department = p.plan().department();
      String sheet = p.grid().name;
      String first = firstSheet.putIfAbsent(department, sheet);
      if (first != null) {
        values.warning(p.title(), "a second plan for department \"" + department
            + "\" (the first is on sheet \"" + first + "\")");
      }
      boolean matches = SheetNames.fits(sheet, department)
          || (names.containsKey(department) && SheetNames.fits(sheet, names.get(department)));
      if (!matches) {
        values.warning(p.title(), "the sheet \"" + sheet + "\" holds the plan of department \""
            + department + "\"; name the tab after the department so the two cannot be confused");
      }
    }
  }

  private void checkReferences() {
    if (!sessionRead) {
      return;
    }
    Set<String> personIds = new HashSet<>();
    people.forEach(p -> personIds.add(p.id()));
    Set<String> departmentIds = new HashSet<>();
    departments.forEach(d -> departmentIds.add(d.id()));
    for (Reference r : references) {
      boolean person = r.lookup() == Lookup.PERSON;
      Set<String> ids = person ? personIds : departmentIds;
      if (ids.contains(r.id())) {
        continue;
      }
      String suggestion = person ? suggestPerson(r.id()) : suggestDepartment(r.id());
      values.warning(r.at(), r.field() + " \"" + r.id() + "\" is not "
          + (person ? "the ID of a person in the People table" : "the ID of a department in the Departments table")
          + " of the Session sheet" + (suggestion == null ? "" : "; did you mean \"" + suggestion + "\"?"));
    }
  }

  private String suggestPerson(String typed) {
    String t = Term.normalize(typed);
    for (Person p : people) {
      if (Term.normalize(p.id()).equals(t) || p.name().map(Term::normalize).filter(t::equals).isPresent()) {
        return p.id();
      }
    }
    return null;
  }

  private String suggestDepartment(String typed) {
    String t = Term.normalize(typed);
    for (Department d : departments) {
      if (Term.normalize(d.id()).equals(t) || d.name().map(Term::normalize).filter(t::equals).isPresent()) {
        return d.id();
      }
    }
    return null;
  }

  // ---- The document ------------------------------------------------------------------------

  private PlanDocument assemble() {
    var doc = PlanDocument.builder()
        .company(company.orElseThrow())
        .planningYear(planningYear.orElseThrow())
        .people(people)
        .departments(departments)
        .plans(plans.stream().map(PlanSheet::plan).toList())
        .remarks(remarks)
        .initiatives(initiatives)
        .revision(revision);
    if (!days.isEmpty() || venue.isPresent() || facilitator.isPresent() || !participants.isEmpty()
        || !agenda.isEmpty()) {
      doc.session(Session.builder().days(days).venue(venue).facilitator(facilitator)
          .participants(participants).agenda(agenda).build());
    }
    if (!keyTasks.isEmpty() || !trackerRefs.isEmpty()) {
      doc.followUp(FollowUp.builder().keyTasks(keyTasks).trackerRefs(trackerRefs).build());
    }
    return doc.build();
  }
}
