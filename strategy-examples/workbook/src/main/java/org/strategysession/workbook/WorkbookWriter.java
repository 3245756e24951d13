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
    InstructionsSheet.write(draft);
    SessionSheet.write(draft, doc);
    for (DepartmentPlan plan : doc.plans()) {
      plan(doc, plan);
    }
    AgendaSheet.write(draft, doc);
    RemarksSheet.write(draft, doc);
    InitiativesSheet.write(draft, doc);
    FollowUpSheet.write(draft, doc);
  }

  private void plan(PlanDocument doc, DepartmentPlan plan) {
    Optional<String> departmentName =
        Optional.ofNullable(doc.departmentById().get(plan.department())).flatMap(Department::name);
    SheetWriter s = draft.departmentSheet(departmentName.filter(n -> !n.isBlank()).orElse(plan.department()));
    RowValues fields = new RowValues();
    fields.with("department", plan.department());
    fields.with("submittedOn", plan.submittedOn());
    s.form(Layout.PLAN_FORM, fields);

    List<RowValues> report = new ArrayList<>();
    YearReport r = plan.report().orElse(YearReport.builder().build());
    section(report, ReportSection.RESULTS, r.results());
    section(report, ReportSection.IMPROVEMENTS, r.improvements());
    section(report, ReportSection.DIFFICULTIES, r.difficulties());
    section(report, ReportSection.STRENGTHS, r.strengths());
    section(report, ReportSection.WEAKNESSES, r.weaknesses());
    section(report, ReportSection.MARKET_CHANGES, r.marketChanges());
    section(report, ReportSection.CONCLUSIONS, r.conclusions());
    for (Proposal p : r.proposals()) {
      RowValues row = new RowValues();
      row.with("section", ReportSection.PROPOSAL);
      row.with("text", p.text());
      row.with("to", p.to());
      report.add(row);
    }
    if (r.proposals().isEmpty()) {
      report.add(new RowValues().with("section", ReportSection.PROPOSAL));
    }
    s.table(Layout.REPORT, report);

    List<RowValues> kpis = new ArrayList<>();
    List<RowValues> bases = new ArrayList<>();
    for (Kpi k : plan.kpis()) {
      RowValues row = new RowValues();
      row.with("id", k.id());
      row.with("name", k.name());
      row.with("unit", k.unit());
      row.with("baseline", k.baseline());
      row.with("target", k.target());
      row.with("direction", k.direction());
      months(row, "m", k.monthly());
      kpis.add(row);
      k.basedOn()
          .ifPresent(
              b -> {
                RowValues basis = new RowValues();
                basis.with("kpi", k.id());
                basis.with("salesKpi", b.kpi());
                basis.with("assumed", b.assumed());
                months(basis, "a", b.assumedMonthly());
                bases.add(basis);
              });
    }
    s.offer(Lookup.KPI, s.table(Layout.KPIS, kpis));
    s.table(Layout.SALES_BASIS, bases);

    List<RowValues> goals = new ArrayList<>();
    for (Goal g : plan.goals()) {
      RowValues row = new RowValues();
      row.with("id", g.id());
      row.with("title", g.title());
      row.with("owner", g.owner());
      row.with("kpis", g.kpis());
      goals.add(row);
    }
    String goalIds = s.table(Layout.GOALS, goals);

    List<RowValues> tasks = new ArrayList<>();
    List<RowValues> needs = new ArrayList<>();
    for (Task t : plan.tasks()) {
      RowValues row = new RowValues();
      row.with("id", t.id());
      row.with("title", t.title());
      row.with("goal", t.goal());
      row.with("owner", t.owner());
      row.with("status", t.status());
      row.with("supports", t.supports());
      for (Integer m : t.months()) {
        row.with("m" + m, Boolean.TRUE);
      }
      tasks.add(row);
      for (Need n : t.needs()) {
        RowValues need = new RowValues();
        need.with("task", t.id());
        need.with("what", n.what());
        need.with("department", n.department());
        needs.add(need);
      }
    }
    s.offer(Lookup.GOAL, goalIds);
    s.offer(Lookup.TASK, s.table(Layout.TASKS, tasks));
    s.table(Layout.NEEDS, needs);
    s.finish(1, 3, true);
  }

  private static void section(
      List<RowValues> rows, ReportSection section, List<String> items) {
    for (String item : items) {
      rows.add(new RowValues().with("section", section).with("text", item));
    }
    if (items.isEmpty()) {
      // A prompt: a section label with nothing beside it is not read back.
      rows.add(new RowValues().with("section", section));
    }
  }

  private static void months(
      RowValues row, String prefix, SortedMap<Integer, BigDecimal> byMonth) {
    byMonth.forEach((m, v) -> row.with(prefix + m, v));
  }
}
