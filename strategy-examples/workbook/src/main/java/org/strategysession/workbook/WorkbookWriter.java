package org.strategysession.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.strategysession.model.Language;
import org.strategysession.workbook.Layout.Block;
import org.strategysession.workbook.Layout.Column;
import org.strategysession.workbook.Layout.Form;
import org.strategysession.workbook.Layout.Kind;
import org.strategysession.workbook.Layout.Lookup;
import org.strategysession.workbook.Layout.SheetKind;
import org.strategysession.workbook.Layout.Table;
import org.strategysession.model.AgendaItem;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.FollowUp;
import org.strategysession.model.Goal;
import org.strategysession.model.Initiative;
import org.strategysession.model.KeyTaskAssignment;
import org.strategysession.model.Kpi;
import org.strategysession.model.Need;
import org.strategysession.model.Person;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.Proposal;
import org.strategysession.model.Remark;
import org.strategysession.model.Session;
import org.strategysession.model.Task;
import org.strategysession.model.YearReport;

/** Lays a document out as the workbook of {@link Layout}; one instance per workbook. */
final class WorkbookWriter {
  /** Blank rows left under the filled ones of every table, with their validation. */
  private static final int SPARE_ROWS = 2;

  /** A spreadsheet cell holds at most this many characters. */
  static final int MAX_CELL_TEXT = 32_767;

  /** Excel keeps 15 significant digits; longer numbers are written as text to stay exact. */
  static final int DOUBLE_DIGITS = 15;

  /**
   * Text such as {@code _x0041_} is how the file format writes a character it escapes; readers
   * decode it, so literal text of that shape is escaped itself ({@code _x005F_} is "_").
   */
  private static final java.util.regex.Pattern ESCAPED_CHARACTER =
      java.util.regex.Pattern.compile("_x[0-9A-Fa-f]{4}_");

  private static final int INSTRUCTION_WIDTH = 100;

  /** Fewer than the column's width in characters: proportional text runs wider. */
  private static final int INSTRUCTION_CHARS_PER_LINE = 90;

  private static final LocalDate FIRST_DATE = LocalDate.of(1900, 3, 1);
  private static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

  private final Language language;
  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final Styles styles = new Styles();
  private final Set<String> sheetNames = new HashSet<>();
  private final Map<Lookup, String> lookups = new HashMap<>();
  private final List<PendingValidation> pending = new ArrayList<>();

  private WorkbookWriter(Language language) {
    this.language = language;
  }

  /** The workbook for a document; the caller writes and closes it. */
  static XSSFWorkbook write(PlanDocument document, Language language) {
    WorkbookWriter writer = new WorkbookWriter(language);
    try {
      writer.layOut(document);
      return writer.workbook;
    } catch (RuntimeException e) {
      try {
        writer.workbook.close();
      } catch (java.io.IOException ignored) {
        // nothing was written anywhere; the original failure is what matters
      }
      throw e;
    }
  }

  private void layOut(PlanDocument doc) {
    for (SheetKind kind : SheetKind.values()) {
      if (kind != SheetKind.PLAN) {
        sheetNames.add(kind.name.in(language).toLowerCase(Locale.ROOT));
      }
    }
    instructions();
    session(doc);
    for (DepartmentPlan plan : doc.plans()) {
      plan(doc, plan);
    }
    agenda(doc);
    remarks(doc);
    initiatives(doc);
    followUp(doc);
    for (PendingValidation v : pending) {
      v.apply();
    }
    workbook.setActiveSheet(1);
    workbook.setFirstVisibleTab(0);
  }

  // ---- Sheets ------------------------------------------------------------------------------

  private void instructions() {
    SheetBuilder s = new SheetBuilder(fixedName(SheetKind.INSTRUCTIONS));
    XSSFCell title = s.row().createCell(0);
    title.setCellValue(Layout.INSTRUCTIONS_TITLE.in(language));
    title.setCellStyle(styles.title);
    s.next++;
    for (String line : Vocabulary.instructions(language)) {
      XSSFRow row = s.row();
      XSSFCell cell = row.createCell(0);
      cell.setCellValue(line);
      cell.setCellStyle(styles.paragraph);
      // Programs do not all grow a row to fit wrapped text when they open a file.
      int lines = (line.length() + INSTRUCTION_CHARS_PER_LINE - 1) / INSTRUCTION_CHARS_PER_LINE;
      row.setHeightInPoints(lines * 15f + 4f);
    }
    s.sheet.setColumnWidth(0, INSTRUCTION_WIDTH * 256);
    landscape(s.sheet);
    // Read-only text: protecting it stops nothing a person needs and keeps it intact.
    s.sheet.enableLocking();
  }

  private void session(PlanDocument doc) {
    SheetBuilder s = new SheetBuilder(fixedName(SheetKind.SESSION));
    Optional<Session> session = doc.session();
    Map<String, Object> fields = new HashMap<>();
    fields.put("company", doc.company());
    fields.put("planningYear", doc.planningYear());
    session.ifPresent(
        x -> {
          fields.put("days", x.days());
          x.venue().flatMap(v -> v.name()).ifPresent(v -> fields.put("venue", v));
          x.venue().flatMap(v -> v.format()).ifPresent(v -> fields.put("venueFormat", v));
          x.venue().flatMap(v -> v.offsite()).ifPresent(v -> fields.put("offsite", v));
          x.facilitator().ifPresent(v -> fields.put("facilitator", v));
          fields.put("participants", x.participants());
        });
    doc.revision().flatMap(r -> r.quarter()).ifPresent(v -> fields.put("revisionQuarter", v));
    doc.revision().flatMap(r -> r.date()).ifPresent(v -> fields.put("revisionDate", v));
    s.form(Layout.SESSION_FORM, fields);

    List<Map<String, Object>> people = new ArrayList<>();
    for (Person p : doc.people()) {
      Map<String, Object> row = new HashMap<>();
      row.put("id", p.id());
      p.name().ifPresent(v -> row.put("name", v));
      p.role().ifPresent(v -> row.put("role", v));
      p.department().ifPresent(v -> row.put("department", v));
      p.email().ifPresent(v -> row.put("email", v));
      people.add(row);
    }
    lookups.put(Lookup.PERSON, s.table(Layout.PEOPLE, people, "id"));

    List<Map<String, Object>> departments = new ArrayList<>();
    for (Department d : doc.departments()) {
      Map<String, Object> row = new HashMap<>();
      row.put("id", d.id());
      d.name().ifPresent(v -> row.put("name", v));
      d.kind().ifPresent(v -> row.put("kind", v));
      d.head().ifPresent(v -> row.put("head", v));
      departments.add(row);
    }
    lookups.put(Lookup.DEPARTMENT, s.table(Layout.DEPARTMENTS, departments, "id"));
    s.finish();
    s.sheet.createFreezePane(1, 0);
    landscape(s.sheet);
  }

  private void plan(PlanDocument doc, DepartmentPlan plan) {
    Optional<String> departmentName =
        Optional.ofNullable(doc.departmentById().get(plan.department())).flatMap(Department::name);
    SheetBuilder s = new SheetBuilder(planSheetName(plan.department(), departmentName));
    Map<String, Object> fields = new HashMap<>();
    fields.put("department", plan.department());
    plan.submittedOn().ifPresent(v -> fields.put("submittedOn", v));
    s.form(Layout.PLAN_FORM, fields);

    List<Map<String, Object>> report = new ArrayList<>();
    YearReport r = plan.report().orElse(YearReport.builder().build());
    section(report, ReportSection.RESULTS, r.results());
    section(report, ReportSection.IMPROVEMENTS, r.improvements());
    section(report, ReportSection.DIFFICULTIES, r.difficulties());
    section(report, ReportSection.STRENGTHS, r.strengths());
    section(report, ReportSection.WEAKNESSES, r.weaknesses());
    section(report, ReportSection.MARKET_CHANGES, r.marketChanges());
    section(report, ReportSection.CONCLUSIONS, r.conclusions());
    for (Proposal p : r.proposals()) {
      Map<String, Object> row = new HashMap<>();
      row.put("section", ReportSection.PROPOSAL);
      p.text().ifPresent(v -> row.put("text", v));
      p.to().ifPresent(v -> row.put("to", v));
      report.add(row);
    }
    if (r.proposals().isEmpty()) {
      report.add(Map.of("section", ReportSection.PROPOSAL));
    }
    s.table(Layout.REPORT, report, null);

    List<Map<String, Object>> kpis = new ArrayList<>();
    List<Map<String, Object>> bases = new ArrayList<>();
    for (Kpi k : plan.kpis()) {
      Map<String, Object> row = new HashMap<>();
      row.put("id", k.id());
      k.name().ifPresent(v -> row.put("name", v));
      k.unit().ifPresent(v -> row.put("unit", v));
      k.baseline().ifPresent(v -> row.put("baseline", v));
      k.target().ifPresent(v -> row.put("target", v));
      k.direction().ifPresent(v -> row.put("direction", v));
      months(row, "m", k.monthly());
      kpis.add(row);
      k.basedOn()
          .ifPresent(
              b -> {
                Map<String, Object> basis = new HashMap<>();
                basis.put("kpi", k.id());
                b.kpi().ifPresent(v -> basis.put("salesKpi", v));
                b.assumed().ifPresent(v -> basis.put("assumed", v));
                months(basis, "a", b.assumedMonthly());
                bases.add(basis);
              });
    }
    s.localLookups.put(Lookup.KPI, s.table(Layout.KPIS, kpis, "id"));
    s.table(Layout.SALES_BASIS, bases, null);

    List<Map<String, Object>> goals = new ArrayList<>();
    for (Goal g : plan.goals()) {
      Map<String, Object> row = new HashMap<>();
      row.put("id", g.id());
      g.title().ifPresent(v -> row.put("title", v));
      g.owner().ifPresent(v -> row.put("owner", v));
      row.put("kpis", g.kpis());
      goals.add(row);
    }
    String goalIds = s.table(Layout.GOALS, goals, "id");

    List<Map<String, Object>> tasks = new ArrayList<>();
    List<Map<String, Object>> needs = new ArrayList<>();
    for (Task t : plan.tasks()) {
      Map<String, Object> row = new HashMap<>();
      row.put("id", t.id());
      t.title().ifPresent(v -> row.put("title", v));
      t.goal().ifPresent(v -> row.put("goal", v));
      t.owner().ifPresent(v -> row.put("owner", v));
      t.status().ifPresent(v -> row.put("status", v));
      row.put("supports", t.supports());
      for (Integer m : t.months()) {
        row.put("m" + m, Boolean.TRUE);
      }
      tasks.add(row);
      for (Need n : t.needs()) {
        Map<String, Object> need = new HashMap<>();
        need.put("task", t.id());
        n.what().ifPresent(v -> need.put("what", v));
        n.department().ifPresent(v -> need.put("department", v));
        needs.add(need);
      }
    }
    s.localLookups.put(Lookup.GOAL, goalIds);
    String taskIds = s.table(Layout.TASKS, tasks, "id");
    s.localLookups.put(Lookup.TASK, taskIds);
    s.table(Layout.NEEDS, needs, null);
    s.finish();
    s.sheet.createFreezePane(1, 3);
    landscape(s.sheet);
  }

  private static void section(
      List<Map<String, Object>> rows, ReportSection section, List<String> items) {
    for (String item : items) {
      rows.add(Map.of("section", section, "text", item));
    }
    if (items.isEmpty()) {
      // A prompt: a section label with nothing beside it is not read back.
      rows.add(Map.of("section", section));
    }
  }

  private static void months(
      Map<String, Object> row, String prefix, SortedMap<Integer, BigDecimal> byMonth) {
    byMonth.forEach((m, v) -> row.put(prefix + m, v));
  }

  private void agenda(PlanDocument doc) {
    SheetBuilder s = new SheetBuilder(fixedName(SheetKind.AGENDA));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (AgendaItem a : doc.session().map(Session::agenda).orElse(List.of())) {
      Map<String, Object> row = new HashMap<>();
      a.day().ifPresent(v -> row.put("day", v));
      a.start().ifPresent(v -> row.put("start", v));
      a.minutes().ifPresent(v -> row.put("minutes", v));
      a.kind().ifPresent(v -> row.put("kind", v));
      a.title().ifPresent(v -> row.put("title", v));
      a.department().ifPresent(v -> row.put("department", v));
      a.presenter().ifPresent(v -> row.put("presenter", v));
      rows.add(row);
    }
    s.table(Layout.AGENDA_TABLE, rows, null);
    s.finish();
    s.sheet.createFreezePane(0, 2);
    landscape(s.sheet);
  }

  private void remarks(PlanDocument doc) {
    SheetBuilder s = new SheetBuilder(fixedName(SheetKind.REMARKS));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Remark r : doc.remarks()) {
      Map<String, Object> row = new HashMap<>();
      row.put("id", r.id());
      r.day().ifPresent(v -> row.put("day", v));
      r.department().ifPresent(v -> row.put("department", v));
      r.kind().ifPresent(v -> row.put("kind", v));
      r.text().ifPresent(v -> row.put("text", v));
      row.put("addressedBy", r.addressedBy());
      rows.add(row);
    }
    s.table(Layout.REMARKS_TABLE, rows, null);
    s.finish();
    s.sheet.createFreezePane(0, 2);
    landscape(s.sheet);
  }

  private void initiatives(PlanDocument doc) {
    SheetBuilder s = new SheetBuilder(fixedName(SheetKind.INITIATIVES));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Initiative i : doc.initiatives()) {
      Map<String, Object> row = new HashMap<>();
      row.put("id", i.id());
      i.title().ifPresent(v -> row.put("title", v));
      i.theme().ifPresent(v -> row.put("theme", v));
      i.proposedBy().ifPresent(v -> row.put("proposedBy", v));
      row.put("departments", i.departments());
      i.owner().ifPresent(v -> row.put("owner", v));
      i.status().ifPresent(v -> row.put("status", v));
      i.decidedOn().ifPresent(v -> row.put("decidedOn", v));
      rows.add(row);
    }
    s.table(Layout.INITIATIVES_TABLE, rows, null);
    s.finish();
    s.sheet.createFreezePane(0, 2);
    landscape(s.sheet);
  }

  private void followUp(PlanDocument doc) {
    SheetBuilder s = new SheetBuilder(fixedName(SheetKind.FOLLOW_UP));
    FollowUp f = doc.followUp().orElse(FollowUp.builder().build());
    List<Map<String, Object>> keyTasks = new ArrayList<>();
    for (KeyTaskAssignment k : f.keyTasks()) {
      Map<String, Object> row = new HashMap<>();
      k.person().ifPresent(v -> row.put("person", v));
      k.month().ifPresent(v -> row.put("month", v));
      row.put("tasks", k.tasks());
      keyTasks.add(row);
    }
    s.table(Layout.KEY_TASKS, keyTasks, null);
    List<Map<String, Object>> refs = new ArrayList<>();
    f.trackerRefs().forEach((task, key) -> refs.add(Map.of("task", task, "key", key)));
    s.table(Layout.TRACKER_KEYS, refs, null);
    s.finish();
    s.sheet.createFreezePane(0, 2);
  }

  private static void landscape(XSSFSheet sheet) {
    // Printed or converted to PDF, a tab is one page wide.
    sheet.getPrintSetup().setLandscape(true);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
  }

  // ---- Sheet names ---------------------------------------------------------------------------

  private String fixedName(SheetKind kind) {
    return kind.name.in(language);
  }

  /**
   * A department's sheet is named after the department (its name, else its id), made safe
   * for a sheet name and unique; the reader warns when a sheet's name is none of these.
   */
  private String planSheetName(String departmentId, Optional<String> departmentName) {
    String base = safeSheetName(departmentName.filter(n -> !n.isBlank()).orElse(departmentId));
    String name = base;
    for (int n = 2; sheetNames.contains(name.toLowerCase(Locale.ROOT)); n++) {
      String suffix = " (" + n + ")";
      name = base.substring(0, Math.min(base.length(), 31 - suffix.length())).strip() + suffix;
    }
    sheetNames.add(name.toLowerCase(Locale.ROOT));
    return name;
  }

  static String safeSheetName(String wanted) {
    String safe = WorkbookUtil.createSafeSheetName(wanted.strip(), ' ').strip();
    while (safe.startsWith("'")) {
      safe = safe.substring(1);
    }
    while (safe.endsWith("'")) {
      safe = safe.substring(0, safe.length() - 1);
    }
    safe = safe.strip();
    return safe.isEmpty() ? "Department" : safe;
  }

  // ---- Writing blocks -------------------------------------------------------------------

  private final class SheetBuilder {
    final XSSFSheet sheet;
    final Map<Integer, Integer> widths = new HashMap<>();
    final Map<Lookup, String> localLookups = new HashMap<>();
    int next;

    SheetBuilder(String name) {
      this.sheet = workbook.createSheet(name);
    }

    XSSFRow row() {
      return sheet.createRow(next++);
    }

    void title(Block block) {
      if (next > 0) {
        next++;
      }
      XSSFCell cell = row().createCell(0);
      cell.setCellValue(block.title().in(language));
      cell.setCellStyle(styles.title);
      width(0, block.title().in(language).length() / 2);
    }

    void width(int column, int chars) {
      widths.merge(column, chars, Math::max);
    }

    void form(Form form, Map<String, Object> values) {
      title(form);
      for (Column field : form.columns()) {
        int rowIndex = next;
        XSSFRow row = row();
        XSSFCell label = row.createCell(0);
        label.setCellValue(field.header().in(language));
        label.setCellStyle(styles.label);
        width(0, field.header().in(language).length() + 2);
        Object value = values.get(field.key());
        if (field.multi()) {
          List<?> items = value == null ? List.of() : (List<?>) value;
          int cells = Math.max(items.size() + 2, 8);
          for (int i = 0; i < cells; i++) {
            XSSFCell cell = row.createCell(1 + i);
            cell.setCellStyle(styles.left(field.kind()));
            if (i < items.size()) {
              put(cell, field, items.get(i));
            }
            width(1 + i, i == 0 ? field.width() : 14);
          }
          validate(field, rowIndex, rowIndex, 1, cells, localLookups);
        } else {
          XSSFCell cell = row.createCell(1);
          cell.setCellStyle(styles.left(field.kind()));
          if (value != null) {
            put(cell, field, value);
          }
          width(1, field.width());
          validate(field, rowIndex, rowIndex, 1, 1, localLookups);
        }
      }
    }

    /**
     * Writes a table and returns the range formula of the column {@code rangeOf} over its
     * rows (filled and spare), for drop-downs that offer its values; null when not asked.
     */
    String table(Table table, List<Map<String, Object>> rows, String rangeOf) {
      title(table);
      XSSFRow header = row();
      List<Column> columns = table.columns();
      for (int c = 0; c < columns.size(); c++) {
        XSSFCell cell = header.createCell(c);
        cell.setCellStyle(styles.header);
        width(c, columns.get(c).width());
        if (columns.get(c).kind() != Kind.GAP) {
          cell.setCellValue(columns.get(c).header().in(language));
        }
      }
      fitHeight(header, columns, c -> columns.get(c).header().in(language), 1.0);
      int first = next;
      int total = rows.size() + Math.max(table.minRows() - rows.size(), SPARE_ROWS);
      for (int r = 0; r < total; r++) {
        XSSFRow row = row();
        Map<String, Object> values = r < rows.size() ? rows.get(r) : Map.of();
        for (int c = 0; c < columns.size(); c++) {
          Column column = columns.get(c);
          if (column.kind() == Kind.GAP) {
            continue;
          }
          XSSFCell cell = row.createCell(c);
          cell.setCellStyle(styles.of(column.kind()));
          Object value = values.get(column.key());
          if (value != null) {
            put(cell, column, value);
          }
        }
        fitHeight(row, columns, c -> {
          Kind kind = columns.get(c).kind();
          Object value = values.get(columns.get(c).key());
          if (value instanceof List) {
            return String.join(", ", ((List<?>) value).stream().map(String::valueOf).toList());
          }
          return (kind == Kind.TEXT || kind == Kind.ID) && value != null ? (String) value : "";
        }, 1.0);
      }
      int last = next - 1;
      Map<Lookup, String> local = new HashMap<>(localLookups);
      for (int c = 0; c < columns.size(); c++) {
        validate(columns.get(c), first, last, c, 1, local);
      }
      if (rangeOf == null) {
        return null;
      }
      int c = table.index(rangeOf);
      return "'" + sheet.getSheetName().replace("'", "''") + "'!$"
          + CellReference.convertNumToColString(c) + "$" + (first + 1) + ":$"
          + CellReference.convertNumToColString(c) + "$" + (last + 1);
    }

    /**
     * Makes a row tall enough for its wrapped text: not every program grows rows to fit when
     * it opens a file, and overlapping lines are unreadable. The estimate errs on the tall side.
     */
    private void fitHeight(
        XSSFRow row, List<Column> columns, java.util.function.IntFunction<String> text, double widthFactor) {
      int lines = 1;
      for (int c = 0; c < columns.size(); c++) {
        int chars = Math.max(1, (int) (columns.get(c).width() / widthFactor));
        lines = Math.max(lines, wrappedLines(text.apply(c), chars));
      }
      if (lines > 1) {
        row.setHeightInPoints(Math.min(409f, lines * 15f + 2f));
      }
    }

    /** Lines a text takes when wrapped at word boundaries in a column of so many characters. */
    private int wrappedLines(String text, int chars) {
      int lines = 0;
      for (String paragraph : text.split("\n", -1)) {
        int line = 0;
        int count = 1;
        for (String word : paragraph.split(" ")) {
          int needed = line == 0 ? word.length() : line + 1 + word.length();
          if (needed <= chars) {
            line = needed;
          } else {
            count += line == 0 ? 0 : 1;
            count += Math.max(0, (word.length() - 1) / chars);
            line = word.length() % chars == 0 ? chars : word.length() % chars;
          }
        }
        lines += count;
      }
      return Math.max(1, lines);
    }

    void finish() {
      // Widths come from the layout, not from measuring text: measuring needs fonts that a
      // server may not have, and the layout knows what each column is for.
      widths.forEach((c, chars) -> sheet.setColumnWidth(c, Math.min(255, chars + 1) * 256));
    }

    private void validate(
        Column column, int firstRow, int lastRow, int firstCol, int cols, Map<Lookup, String> local) {
      pending.add(
          new PendingValidation(
              sheet, column, new CellRangeAddressList(firstRow, lastRow, firstCol, firstCol + cols - 1),
              local));
    }

    private void put(XSSFCell cell, Column column, Object value) {
      switch (column.kind()) {
        case TEXT:
        case ID:
          text(cell, (String) value);
          break;
        case NUMBER:
          number(cell, (BigDecimal) value);
          break;
        case WHOLE:
          cell.setCellValue(((Integer) value).doubleValue());
          break;
        case DATE:
          LocalDate date = (LocalDate) value;
          if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
            cell.setCellValue(date.toString());
          } else {
            cell.setCellValue(date);
          }
          break;
        case TIME:
          LocalTime time = (LocalTime) value;
          cell.setCellValue((time.getHour() * 60 + time.getMinute()) / 1440.0);
          break;
        case MARK:
          if ((Boolean) value) {
            cell.setCellValue(Vocabulary.MARK);
          }
          break;
        case YES_NO:
          cell.setCellValue(((Boolean) value ? Vocabulary.YES : Vocabulary.NO).in(language));
          break;
        case ID_LIST:
          List<?> ids = (List<?>) value;
          if (!ids.isEmpty()) {
            text(cell, String.join(", ", ids.stream().map(String::valueOf).toList()));
          }
          break;
        case CHOICE:
          cell.setCellValue(Vocabulary.label((Enum<?>) value, language));
          break;
        default:
          throw new IllegalStateException("unhandled kind " + column.kind());
      }
    }

    private void text(XSSFCell cell, String text) {
      if (text.length() > MAX_CELL_TEXT) {
        throw new IllegalArgumentException(
            new WorkbookProblem(
                    WorkbookProblem.Severity.ERROR,
                    sheet.getSheetName(),
                    cell.getAddress().formatAsString(),
                    "text of " + text.length() + " characters is longer than a cell holds ("
                        + MAX_CELL_TEXT + ")")
                .toString());
      }
      cell.setCellValue(ESCAPED_CHARACTER.matcher(text).replaceAll("_x005F$0"));
    }

    private void number(XSSFCell cell, BigDecimal value) {
      BigDecimal n = Numbers.canonical(value);
      if (n.precision() <= DOUBLE_DIGITS) {
        cell.setCellValue(n.doubleValue());
      } else {
        cell.setCellValue(n.toPlainString());
      }
    }
  }

  /** A validation waits until the lists it offers (people, departments) are laid out. */
  private final class PendingValidation {
    final XSSFSheet sheet;
    final Column column;
    final CellRangeAddressList cells;
    final Map<Lookup, String> local;

    PendingValidation(XSSFSheet sheet, Column column, CellRangeAddressList cells, Map<Lookup, String> local) {
      this.sheet = sheet;
      this.column = column;
      this.cells = cells;
      this.local = local;
    }

    void apply() {
      DataValidationHelper helper = sheet.getDataValidationHelper();
      DataValidationConstraint constraint;
      String message;
      boolean strict = true;
      switch (column.kind()) {
        case CHOICE:
          constraint =
              helper.createExplicitListConstraint(
                  Vocabulary.labels(column.choices(), language).toArray(String[]::new));
          message = text("Choose a value from the list.", "Выберите значение из списка.");
          break;
        case MARK:
          constraint = helper.createExplicitListConstraint(new String[] {Vocabulary.MARK});
          message = text("Put x in the months of the task, or leave blank.",
              "Поставьте x в месяцах задачи или оставьте пустым.");
          break;
        case YES_NO:
          constraint =
              helper.createExplicitListConstraint(
                  new String[] {Vocabulary.YES.in(language), Vocabulary.NO.in(language)});
          message = text("Choose yes or no.", "Выберите да или нет.");
          break;
        case NUMBER:
          constraint =
              helper.createDecimalConstraint(
                  OperatorType.BETWEEN, "-999999999999999999", "999999999999999999");
          message = text("Enter a number, such as 480 or 14.5.", "Введите число, например 480 или 14,5.");
          break;
        case WHOLE:
          constraint =
              helper.createIntegerConstraint(
                  OperatorType.BETWEEN, String.valueOf(column.min()), String.valueOf(column.max()));
          message = text("Enter a whole number from " + column.min() + " to " + column.max() + ".",
              "Введите целое число от " + column.min() + " до " + column.max() + ".");
          break;
        case DATE:
          constraint =
              helper.createDateConstraint(
                  OperatorType.BETWEEN, "DATE(1900,3,1)", "DATE(9999,12,31)", null);
          message = text("Enter a date, such as 2026-12-14.", "Введите дату, например 2026-12-14.");
          break;
        case TIME:
          constraint =
              helper.createTimeConstraint(OperatorType.BETWEEN, "TIME(0,0,0)", "TIME(23,59,59)");
          message = text("Enter a time, such as 10:30.", "Введите время, например 10:30.");
          break;
        case GAP:
          return;
        default:
          String range = lookup();
          if (range == null) {
            return;
          }
          constraint = helper.createFormulaListConstraint(range);
          // A warning, not a stop: a person not yet in the list can still be typed, and the
          // import names the cell.
          strict = false;
          message = text("Choose from the list; add new entries to the list first.",
              "Выберите из списка; новые значения сначала добавьте в список.");
          break;
      }
      DataValidation validation = helper.createValidation(constraint, cells);
      validation.setErrorStyle(
          strict ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
      validation.setShowErrorBox(true);
      validation.createErrorBox(column.header().in(language), message);
      validation.setEmptyCellAllowed(true);
      if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
        // In XSSF "suppress" maps to the file's inverted showDropDown flag: true shows the arrow.
        validation.setSuppressDropDownArrow(true);
      }
      sheet.addValidationData(validation);
    }

    private String lookup() {
      Lookup to = column.lookup();
      if (to == Lookup.NONE) {
        return null;
      }
      String local = this.local.get(to);
      return local != null ? local : lookups.get(to);
    }

    private String text(String en, String ru) {
      return language == Language.RU ? ru : en;
    }
  }

  // ---- Styles ----------------------------------------------------------------------------

  /** The few cell styles of the workbook, shared by all cells (a workbook has a style limit). */
  private final class Styles {
    final XSSFCellStyle title;
    final XSSFCellStyle header;
    final XSSFCellStyle label;
    final XSSFCellStyle paragraph;
    final XSSFCellStyle wrapped;
    final XSSFCellStyle textual;
    final XSSFCellStyle general;
    final XSSFCellStyle whole;
    final XSSFCellStyle wholeLeft;
    final XSSFCellStyle date;
    final XSSFCellStyle dateLeft;
    final XSSFCellStyle time;
    final XSSFCellStyle mark;

    Styles() {
      short textFormat = workbook.createDataFormat().getFormat("@");
      XSSFFont bold = workbook.createFont();
      bold.setBold(true);
      XSSFFont big = workbook.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 13);

      title = workbook.createCellStyle();
      title.setFont(big);

      header = workbook.createCellStyle();
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setBorderBottom(BorderStyle.THIN);
      header.setWrapText(true);
      header.setVerticalAlignment(VerticalAlignment.CENTER);

      label = workbook.createCellStyle();
      label.setFont(bold);
      label.setVerticalAlignment(VerticalAlignment.TOP);

      paragraph = workbook.createCellStyle();
      paragraph.setWrapText(true);
      paragraph.setVerticalAlignment(VerticalAlignment.TOP);

      wrapped = workbook.createCellStyle();
      wrapped.setWrapText(true);
      wrapped.setVerticalAlignment(VerticalAlignment.TOP);
      wrapped.setDataFormat(textFormat);

      textual = workbook.createCellStyle();
      textual.setVerticalAlignment(VerticalAlignment.TOP);
      textual.setDataFormat(textFormat);

      // Numbers keep to the right, but off the text of the next column.
      general = workbook.createCellStyle();
      general.setVerticalAlignment(VerticalAlignment.TOP);
      general.setAlignment(HorizontalAlignment.RIGHT);
      general.setIndention((short) 1);

      whole = workbook.createCellStyle();
      whole.setVerticalAlignment(VerticalAlignment.TOP);
      whole.setAlignment(HorizontalAlignment.CENTER);
      whole.setDataFormat(workbook.createDataFormat().getFormat("0"));

      wholeLeft = workbook.createCellStyle();
      wholeLeft.cloneStyleFrom(whole);
      wholeLeft.setAlignment(HorizontalAlignment.LEFT);

      date = workbook.createCellStyle();
      date.setVerticalAlignment(VerticalAlignment.TOP);
      date.setAlignment(HorizontalAlignment.CENTER);
      date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));

      dateLeft = workbook.createCellStyle();
      dateLeft.cloneStyleFrom(date);
      dateLeft.setAlignment(HorizontalAlignment.LEFT);

      time = workbook.createCellStyle();
      time.setVerticalAlignment(VerticalAlignment.TOP);
      time.setAlignment(HorizontalAlignment.CENTER);
      time.setDataFormat(workbook.createDataFormat().getFormat("hh:mm"));

      mark = workbook.createCellStyle();
      mark.setAlignment(HorizontalAlignment.CENTER);
      mark.setVerticalAlignment(VerticalAlignment.TOP);
      mark.setDataFormat(textFormat);
    }

    /** For a form's value, which sits beside its label. */
    XSSFCellStyle left(Kind kind) {
      switch (kind) {
        case WHOLE:
          return wholeLeft;
        case DATE:
          return dateLeft;
        default:
          return of(kind);
      }
    }

    XSSFCellStyle of(Kind kind) {
      switch (kind) {
        case TEXT:
        case ID_LIST:
          return wrapped;
        case ID:
        case CHOICE:
        case YES_NO:
          return textual;
        case NUMBER:
          return general;
        case WHOLE:
          return whole;
        case DATE:
          return date;
        case TIME:
          return time;
        case MARK:
          return mark;
        default:
          return general;
      }
    }
  }
}
