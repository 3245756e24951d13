package org.strategysession.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.strategysession.model.Language;
import org.strategysession.workbook.DocumentParts.PlanOfSheet;
import org.strategysession.workbook.Layout.Block;
import org.strategysession.workbook.Layout.Lookup;
import org.strategysession.workbook.SheetGrid.Located;
import org.strategysession.workbook.SheetGrid.Text;
import org.strategysession.workbook.WorkbookProblem.Severity;
import org.strategysession.model.AgendaItem;
import org.strategysession.model.AgendaKind;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.Direction;
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
  private final ReadContext context = ReadContext.create();
  private final Problems problems = context.problems();
  private final ValueReader values = context.values();
  private final Map<SheetKind, SheetGrid> fixedSheets = new EnumMap<>(SheetKind.class);
  private final DocumentParts parts = new DocumentParts();

  private WorkbookReader() {}

  /** Problems only: for a file that is not a workbook at all. */
  static WorkbookImport unreadable(String message) {
    Problems p = new Problems();
    p.file(message);
    return new WorkbookImport(null, p.sorted());
  }

  static WorkbookImport read(Workbook workbook) {
    return new WorkbookReader().readAll(workbook);
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
    if (!parts.sessionRead) {
      problems.file(
          "the workbook has no Session sheet (a sheet starting with the title \"Session\" or"
              + " \"Сессия\" in A1), which holds the company and the planning year");
    }
    checkPlanSheetNames();
    if (parts.sessionRead) {
      context.references().check(parts.people, parts.departments, values);
    }
    PlanDocument document = null;
    if (!problems.hasErrors()) {
      try {
        document = parts.document();
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
          if (firstTitle(k).matches(((Text) a.value()).text())) {
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
                + " " + SheetGrid.notRead(grid.cellCount()));
        grid.placeAll();
      }
      return;
    }
    Located title = titleCell.get();
    if (kind != SheetKind.PLAN) {
      if (fixedSheets.containsKey(kind)) {
        values.error(title, "a second " + kind.name.en() + " sheet (the first is \""
            + fixedSheets.get(kind).name + "\"); " + SheetGrid.notRead(grid.cellCount())
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
    SheetBlocks blocks = SheetBlocks.read(grid, layout(kind), context);
    switch (kind) {
      case SESSION -> SessionSheet.read(blocks, parts);
      case PLAN -> planSheet(title, blocks, parts);
      case AGENDA -> AgendaSheet.read(blocks, parts);
      case REMARKS -> RemarksSheet.read(blocks, parts);
      case INITIATIVES -> InitiativesSheet.read(blocks, parts);
      case FOLLOW_UP -> FollowUpSheet.read(blocks, parts);
      default -> { }
    }
    for (Located stray : grid.unplaced()) {
      values.error(stray, "the value " + ValueReader.show(stray)
          + " is outside the tables of the sheet and is not read");
    }
  }

  /** The blocks of a kind of sheet, which the reader looks for on it. */
  private static List<Block> layout(SheetKind kind) {
    return switch (kind) {
      case INSTRUCTIONS -> List.of();
      case SESSION -> List.of(SessionSheet.SESSION, SessionSheet.PEOPLE, SessionSheet.DEPARTMENTS);
      case PLAN -> List.of(Layout.PLAN_FORM, Layout.REPORT, Layout.KPIS, Layout.SALES_BASIS,
          Layout.GOALS, Layout.TASKS, Layout.NEEDS);
      case AGENDA -> List.of(AgendaSheet.AGENDA);
      case REMARKS -> List.of(RemarksSheet.REMARKS);
      case INITIATIVES -> List.of(InitiativesSheet.INITIATIVES);
      case FOLLOW_UP -> List.of(FollowUpSheet.KEY_TASKS, FollowUpSheet.TRACKER_KEYS);
    };
  }

  /** The title in A1 that identifies a kind of sheet. */
  private static Term firstTitle(SheetKind kind) {
    return kind == SheetKind.INSTRUCTIONS ? InstructionsSheet.TITLE : layout(kind).get(0).title();
  }

  private static String knownSheetName(String sheetName) {
    for (SheetKind k : SheetKind.values()) {
      if (k != SheetKind.PLAN && k.name.matches(sheetName)) {
        return k.name.en();
      }
    }
    return null;
  }

  // ---- A department's sheet ----------------------------------------------------------------

  private static void planSheet(Located title, SheetBlocks blocks, DocumentParts parts) {
    SheetGrid grid = blocks.grid();
    ReadContext context = blocks.context();
    FormValues f = blocks.form(Layout.PLAN_FORM);
    f.titleIfNone(title);
    Located departmentCell = f.single("department");
    Optional<String> department = Optional.empty();
    if (departmentCell == null) {
      Located label = f.label("department", title);
      if (label != null) {
        context.error(grid, label.row(), 1,
            "the department is empty: write the id of the department whose plan this is");
      } else {
        context.values().error(title,
            "the sheet does not say whose plan it is: its Department row is missing");
      }
    } else {
      department = f.ref(departmentCell, "department", Lookup.DEPARTMENT);
    }
    Optional<LocalDate> submittedOn = f.date("submittedOn");

    YearReport report = report(blocks.table(Layout.REPORT));

    List<Kpi> kpis = new ArrayList<>();
    for (TableRow row : blocks.table(Layout.KPIS)) {
      Optional<String> id = row.required("id", "KPI");
      Optional<String> name = row.text("name");
      Optional<String> unit = row.text("unit");
      Optional<BigDecimal> baseline = row.number("baseline");
      Optional<BigDecimal> target = row.number("target");
      Optional<Direction> direction = row.choice("direction", Direction.class);
      Map<Integer, BigDecimal> monthly = byMonth(row, "m");
      id.flatMap(i -> row.build(() -> Kpi.builder().id(i).name(name).unit(unit)
              .baseline(baseline).target(target).direction(direction).monthly(monthly).build()))
          .ifPresent(kpis::add);
    }
    Map<String, SalesBasis> bases = salesBases(blocks.table(Layout.SALES_BASIS), kpis);
    kpis.replaceAll(kpi -> bases.containsKey(kpi.id())
        ? Kpi.builder().from(kpi).basedOn(bases.get(kpi.id())).build() : kpi);

    List<Goal> goals = new ArrayList<>();
    for (TableRow row : blocks.table(Layout.GOALS)) {
      Optional<String> id = row.required("id", "goal");
      Optional<String> goalTitle = row.text("title");
      Optional<String> owner = row.ref("owner", Lookup.PERSON);
      List<String> goalKpis = row.idList("kpis");
      id.flatMap(i -> row.build(() -> Goal.builder().id(i).title(goalTitle).owner(owner)
              .kpis(goalKpis).build()))
          .ifPresent(goals::add);
    }

    TableRows t = blocks.table(Layout.TASKS);
    Set<String> taskIds = new HashSet<>();
    for (TableRow row : t) {
      if (row.get("id") != null) {
        row.id("id").ifPresent(taskIds::add);
      }
    }
    Map<String, List<Need>> needs = new HashMap<>();
    for (TableRow row : blocks.table(Layout.NEEDS)) {
      Optional<String> task = row.required("task", "need (the task that needs it)");
      Optional<String> what = row.text("what");
      Optional<String> from = row.ref("department", Lookup.DEPARTMENT);
      if (task.isPresent() && !taskIds.contains(task.get())) {
        row.error("task", "task \"" + task.get() + "\" is not a task of this sheet;"
            + " a need belongs to a task of the same department");
        continue;
      }
      task.ifPresent(id -> needs.computeIfAbsent(id, x -> new ArrayList<>())
          .add(Need.builder().department(from).what(what).build()));
    }
    List<Task> tasks = new ArrayList<>();
    for (TableRow row : t) {
      Optional<String> id = row.required("id", "task");
      Optional<String> taskTitle = row.text("title");
      Optional<String> goal = row.id("goal");
      Optional<String> owner = row.ref("owner", Lookup.PERSON);
      Optional<TaskStatus> status = row.choice("status", TaskStatus.class);
      List<String> supports = row.idList("supports");
      List<Integer> months = new ArrayList<>();
      for (int m = 1; m <= 12; m++) {
        if (row.mark("m" + m)) {
          months.add(m);
        }
      }
      // The first task with an id takes its needs; a repeated id is the rules' finding.
      List<Need> taskNeeds = id.map(needs::remove).orElse(null);
      id.flatMap(i -> row.build(() -> Task.builder().id(i).title(taskTitle).goal(goal)
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
        parts.plans.add(new PlanOfSheet(grid, f.title(), plan.build()));
      } catch (RuntimeException e) {
        context.values().error(f.title(), e.getMessage());
      }
    }
  }

  /** A row's numbers by month, from the columns keyed {@code prefix} and the month. */
  private static Map<Integer, BigDecimal> byMonth(TableRow row, String prefix) {
    Map<Integer, BigDecimal> out = new TreeMap<>();
    for (int m = 1; m <= 12; m++) {
      int month = m;
      row.number(prefix + m).ifPresent(v -> out.put(month, v));
    }
    return out;
  }

  /** The sales bases of a sheet's KPIs by KPI id; each must be of a KPI of the sheet. */
  private static Map<String, SalesBasis> salesBases(TableRows rows, List<Kpi> kpis) {
    Set<String> kpiIds = new HashSet<>();
    kpis.forEach(k -> kpiIds.add(k.id()));
    Map<String, SalesBasis> out = new HashMap<>();
    for (TableRow row : rows) {
      Optional<String> kpi = row.required("kpi", "row of the sales plan (the KPI it is for)");
      Optional<String> salesKpi = row.id("salesKpi");
      Optional<BigDecimal> assumed = row.number("assumed");
      Map<Integer, BigDecimal> assumedMonthly = byMonth(row, "a");
      if (kpi.isEmpty()) {
        continue;
      }
      if (!kpiIds.contains(kpi.get())) {
        row.error("kpi", "KPI \"" + kpi.get() + "\" is not a KPI of this sheet's KPIs table");
      } else if (out.containsKey(kpi.get())) {
        row.error("kpi", "KPI \"" + kpi.get() + "\" already has a row here; a KPI rests on one"
            + " sales figure");
      } else {
        row.build(() -> SalesBasis.builder().kpi(salesKpi).assumed(assumed)
                .assumedMonthly(assumedMonthly).build())
            .ifPresent(basis -> out.put(kpi.get(), basis));
      }
    }
    return out;
  }

  private static YearReport report(TableRows rows) {
    Map<ReportSection, List<String>> items = new EnumMap<>(ReportSection.class);
    List<Proposal> proposals = new ArrayList<>();
    for (TableRow row : rows) {
      Optional<ReportSection> section = row.choice("section", ReportSection.class);
      Optional<String> text = row.text("text");
      Optional<String> to = row.ref("to", Lookup.DEPARTMENT);
      if (section.isEmpty()) {
        if (row.get("section") == null) {
          row.missing("section", 0,
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
        row.error("to", "to department goes with a Proposal row only; this row is "
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

  // ---- Checks across sheets ----------------------------------------------------------------

  private void checkPlanSheetNames() {
    Map<String, String> names = new HashMap<>();
    parts.departments.forEach(d -> d.name().ifPresent(n -> names.putIfAbsent(d.id(), n)));
    Map<String, String> firstSheet = new HashMap<>();
    for (PlanOfSheet p : parts.plans) {
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

}
