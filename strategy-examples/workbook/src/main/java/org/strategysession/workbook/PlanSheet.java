package org.strategysession.workbook;

import static org.strategysession.workbook.Layout.ID_WIDTH;
import static org.strategysession.workbook.Layout.col;
import static org.strategysession.workbook.Layout.columns;
import static org.strategysession.workbook.Layout.department;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.Goal;
import org.strategysession.model.Kpi;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.Task;
import org.strategysession.model.YearReport;
import org.strategysession.workbook.DocumentParts.PlanOfSheet;
import org.strategysession.workbook.Layout.Block;
import org.strategysession.workbook.Layout.Form;
import org.strategysession.workbook.Layout.Kind;
import org.strategysession.workbook.Layout.Lookup;
import org.strategysession.workbook.SheetGrid.Located;

/**
 * A department's sheet, one per plan and named after the department: a form saying whose
 * plan it is, then the year report ({@link PlanReport}), the KPIs and the sales plan they rest
 * on ({@link PlanKpis}), the goals ({@link PlanGoals}), and the tasks with their needs ({@link
 * PlanTasks}). The months of the KPIs, the sales plan and the tasks share columns, so the
 * sheet reads as one month grid.
 */
final class PlanSheet {
  private PlanSheet() {}

  /** The department's id in this form is what links the sheet to it, not the tab's name. */
  static final Form PLAN =
      new Form(
          "plan",
          Term.of("Department plan", "План отдела"),
          columns(
              department("department", "Department", "Отдел"),
              col("submittedOn", "Submitted on", "Дата заполнения", Kind.DATE, ID_WIDTH)));

  static final List<Block> BLOCKS = List.of(PLAN, PlanReport.REPORT, PlanKpis.KPIS,
      PlanKpis.SALES_BASIS, PlanGoals.GOALS, PlanTasks.TASKS, PlanTasks.NEEDS);

  static void write(WorkbookDraft draft, PlanDocument doc, DepartmentPlan plan) {
    Optional<String> departmentName =
        Optional.ofNullable(doc.departmentById().get(plan.department())).flatMap(Department::name);
    SheetWriter s = draft.departmentSheet(
        departmentName.filter(n -> !n.isBlank()).orElse(plan.department()));
    s.form(PLAN, new RowValues()
        .with("department", plan.department())
        .with("submittedOn", plan.submittedOn()));
    PlanReport.write(s, plan.report());
    PlanKpis.write(s, plan.kpis());
    PlanGoals.write(s, plan.goals());
    PlanTasks.write(s, plan.tasks());
    // The id column and the rows saying whose plan it is stay in view.
    s.finish(1, 3, true);
  }

  /** Reads the sheet whose title (the sheet's first) is {@code title}. */
  static void read(Located title, SheetBlocks blocks, DocumentParts parts) {
    ReadContext context = blocks.context();
    FormValues f = blocks.form(PLAN);
    f.titleIfNone(title);
    Located departmentCell = f.single("department");
    Optional<String> department = Optional.empty();
    if (departmentCell == null) {
      Located label = f.label("department", title);
      if (label != null) {
        context.error(blocks.grid(), label.row(), 1,
            "the department is empty: write the id of the department whose plan this is");
      } else {
        context.values().error(title,
            "the sheet does not say whose plan it is: its Department row is missing");
      }
    } else {
      department = f.ref(departmentCell, "department", Lookup.DEPARTMENT);
    }
    Optional<LocalDate> submittedOn = f.date("submittedOn");
    Optional<YearReport> report = PlanReport.read(blocks.table(PlanReport.REPORT));
    List<Kpi> kpis = PlanKpis.read(blocks);
    List<Goal> goals = PlanGoals.read(blocks);
    List<Task> tasks = PlanTasks.read(blocks);
    if (department.isPresent()) {
      try {
        parts.plans.add(new PlanOfSheet(blocks.grid(), f.title(), DepartmentPlan.builder()
            .department(department.get()).submittedOn(submittedOn).report(report)
            .kpis(kpis).goals(goals).tasks(tasks).build()));
      } catch (RuntimeException e) {
        context.values().error(f.title(), e.getMessage());
      }
    }
  }

  /**
   * Warns of a second plan for one department, and of a tab not named after its department
   * (its id or its name), so that a person cannot take one department's tab for another's.
   */
  static void checkNames(DocumentParts parts, ValueReader values) {
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
