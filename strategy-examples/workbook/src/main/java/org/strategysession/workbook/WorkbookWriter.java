package org.strategysession.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.strategysession.workbook.Layout.Lookup;
import org.strategysession.workbook.Layout.SheetKind;
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
  private static final int INSTRUCTION_WIDTH = 100;

  /** Fewer than the column's width in characters: proportional text runs wider. */
  private static final int INSTRUCTION_CHARS_PER_LINE = 90;

  private final WorkbookDraft draft;

  private WorkbookWriter(WorkbookDraft draft) {
    this.draft = draft;
  }

  /** The workbook for a document; the caller writes and closes it. */
  static XSSFWorkbook write(PlanDocument document, org.strategysession.model.Language language) {
    WorkbookDraft draft = new WorkbookDraft(language);
    try {
      new WorkbookWriter(draft).layOut(document);
      return draft.finish();
    } catch (RuntimeException e) {
      try {
        draft.close();
      } catch (java.io.IOException ignored) {
        // nothing was written anywhere; the original failure is what matters
      }
      throw e;
    }
  }

  private void layOut(PlanDocument doc) {
    instructions();
    session(doc);
    for (DepartmentPlan plan : doc.plans()) {
      plan(doc, plan);
    }
    agenda(doc);
    remarks(doc);
    initiatives(doc);
    followUp(doc);
  }

  private void instructions() {
    SheetWriter s = draft.sheet(SheetKind.INSTRUCTIONS);
    XSSFCell title = s.row().createCell(0);
    title.setCellValue(Layout.INSTRUCTIONS_TITLE.in(draft.language()));
    title.setCellStyle(s.styles().title);
    s.skipRow();
    for (String line : Vocabulary.instructions(draft.language())) {
      XSSFRow row = s.row();
      XSSFCell cell = row.createCell(0);
      cell.setCellValue(line);
      cell.setCellStyle(s.styles().paragraph);
      // Programs do not all grow a row to fit wrapped text when they open a file.
      int lines = (line.length() + INSTRUCTION_CHARS_PER_LINE - 1) / INSTRUCTION_CHARS_PER_LINE;
      row.setHeightInPoints(lines * 15f + 4f);
    }
    s.sheet().setColumnWidth(0, INSTRUCTION_WIDTH * 256);
    s.landscape();
    // Read-only text: protecting it stops nothing a person needs and keeps it intact.
    s.sheet().enableLocking();
  }

  private void session(PlanDocument doc) {
    SheetWriter s = draft.sheet(SheetKind.SESSION);
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
    draft.offer(Lookup.PERSON, s.table(Layout.PEOPLE, people));

    List<Map<String, Object>> departments = new ArrayList<>();
    for (Department d : doc.departments()) {
      Map<String, Object> row = new HashMap<>();
      row.put("id", d.id());
      d.name().ifPresent(v -> row.put("name", v));
      d.kind().ifPresent(v -> row.put("kind", v));
      d.head().ifPresent(v -> row.put("head", v));
      departments.add(row);
    }
    draft.offer(Lookup.DEPARTMENT, s.table(Layout.DEPARTMENTS, departments));
    s.finish(1, 0, true);
  }

  private void plan(PlanDocument doc, DepartmentPlan plan) {
    Optional<String> departmentName =
        Optional.ofNullable(doc.departmentById().get(plan.department())).flatMap(Department::name);
    SheetWriter s = draft.departmentSheet(departmentName.filter(n -> !n.isBlank()).orElse(plan.department()));
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
    s.table(Layout.REPORT, report);

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
    s.offer(Lookup.KPI, s.table(Layout.KPIS, kpis));
    s.table(Layout.SALES_BASIS, bases);

    List<Map<String, Object>> goals = new ArrayList<>();
    for (Goal g : plan.goals()) {
      Map<String, Object> row = new HashMap<>();
      row.put("id", g.id());
      g.title().ifPresent(v -> row.put("title", v));
      g.owner().ifPresent(v -> row.put("owner", v));
      row.put("kpis", g.kpis());
      goals.add(row);
    }
    String goalIds = s.table(Layout.GOALS, goals);

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
    s.offer(Lookup.GOAL, goalIds);
    s.offer(Lookup.TASK, s.table(Layout.TASKS, tasks));
    s.table(Layout.NEEDS, needs);
    s.finish(1, 3, true);
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
    SheetWriter s = draft.sheet(SheetKind.AGENDA);
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
    s.table(Layout.AGENDA_TABLE, rows);
    s.finish(0, 2, true);
  }

  private void remarks(PlanDocument doc) {
    SheetWriter s = draft.sheet(SheetKind.REMARKS);
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
    s.table(Layout.REMARKS_TABLE, rows);
    s.finish(0, 2, true);
  }

  private void initiatives(PlanDocument doc) {
    SheetWriter s = draft.sheet(SheetKind.INITIATIVES);
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
    s.table(Layout.INITIATIVES_TABLE, rows);
    s.finish(0, 2, true);
  }

  private void followUp(PlanDocument doc) {
    SheetWriter s = draft.sheet(SheetKind.FOLLOW_UP);
    FollowUp f = doc.followUp().orElse(FollowUp.builder().build());
    List<Map<String, Object>> keyTasks = new ArrayList<>();
    for (KeyTaskAssignment k : f.keyTasks()) {
      Map<String, Object> row = new HashMap<>();
      k.person().ifPresent(v -> row.put("person", v));
      k.month().ifPresent(v -> row.put("month", v));
      row.put("tasks", k.tasks());
      keyTasks.add(row);
    }
    s.table(Layout.KEY_TASKS, keyTasks);
    List<Map<String, Object>> refs = new ArrayList<>();
    f.trackerRefs().forEach((task, key) -> refs.add(Map.of("task", task, "key", key)));
    s.table(Layout.TRACKER_KEYS, refs);
    s.finish(0, 2, false);
  }
}
