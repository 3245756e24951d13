package org.strategysession.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.PlanDocument;

class WorkbookTemplateTest {

  @Test
  void departmentsAreWrittenIdColonKind() {
    assertThat(WorkbookTemplate.parseDepartments(" sales:SALES, hr:hr ,it"))
        .containsExactly(
            Department.builder().id("sales").kind(DepartmentKind.SALES).build(),
            Department.builder().id("hr").kind(DepartmentKind.HR).build(),
            Department.builder().id("it").build());
    assertThat(WorkbookTemplate.parseDepartments("  ")).isEmpty();
  }

  @Test
  void aBadDepartmentListNamesTheItem() {
    assertThatThrownBy(() -> WorkbookTemplate.parseDepartments("sales:SALE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("department \"sales:SALE\": unknown kind \"SALE\"; kinds are SALES,");
    assertThatThrownBy(() -> WorkbookTemplate.parseDepartments("sales:SALES,,hr:HR"))
        .hasMessage("department \"\" is not written id:KIND");
    assertThatThrownBy(() -> WorkbookTemplate.parseDepartments("sales,sales:SALES"))
        .hasMessage("department \"sales\" is given twice");
    assertThatThrownBy(() -> WorkbookTemplate.parseDepartments("a:SALES:x"))
        .hasMessage("department \"a:SALES:x\" is not written id:KIND");
  }

  @Test
  void theTemplateDocumentHasAnEmptyPlanPerDepartment() {
    PlanDocument template =
        WorkbookTemplate.document("Severny Mebel JSC", 2028, WorkbookTemplate.parseDepartments("sales:SALES,hr:HR"));

    assertThat(template.plans()).extracting(DepartmentPlan::department).containsExactly("sales", "hr");
    assertThat(template.plans()).allSatisfy(p -> assertThat(p.kpis()).isEmpty());
    assertThat(template.session()).isEmpty();
    assertThatThrownBy(() -> WorkbookTemplate.document("X", 1999, List.of()))
        .hasMessage("planning year 1999 is out of range 2000–2100");
  }

  @Test
  void aProblemIsPrintedWithItsPlaceAsASpreadsheetNamesIt() {
    WorkbookProblem.Severity error = WorkbookProblem.Severity.ERROR;
    assertThat(new WorkbookProblem(error, "Sales", "D7", "target \"many\" is not a number"))
        .hasToString("Sales!D7: target \"many\" is not a number");
    assertThat(new WorkbookProblem(error, "Q1 plan", "A1", "x")).hasToString("'Q1 plan'!A1: x");
    assertThat(new WorkbookProblem(error, "Bob's", "", "x")).hasToString("'Bob''s': x");
    assertThat(new WorkbookProblem(error, "Продажи", "B2", "x")).hasToString("Продажи!B2: x");
    assertThat(new WorkbookProblem(error, "", "", "the file is empty")).hasToString("the file is empty");
  }
}
