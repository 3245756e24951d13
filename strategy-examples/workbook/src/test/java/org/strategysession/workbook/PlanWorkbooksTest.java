package org.strategysession.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.Language;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.Remark;

class PlanWorkbooksTest {

  static byte[] bytes(PlanDocument document, Language language) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanWorkbooks.of(language).write(document, out);
    return out.toByteArray();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void aFullDocumentReadsBackEqual(Language language) throws IOException {
    PlanDocument document = SampleDocuments.full();

    WorkbookImport read =
        PlanWorkbooks.english().read(new ByteArrayInputStream(bytes(document, language)));

    assertThat(read.problems()).isEmpty();
    assertThat(read.document()).contains(document);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"_x0041_ is how the file format escapes A", "tab\there", "crlf\r\nand cr\r",
          " leading and trailing ", "emoji 😀", "=SUM(A1:A2)", "'quoted", "007"})
  void textsReadBackAsTyped(String text) throws IOException {
    PlanDocument document =
        PlanDocument.builder().from(SampleDocuments.full()).company(text)
            .remarks(List.of(Remark.builder().id("r1").text(text).build())).build();

    WorkbookImport read =
        PlanWorkbooks.english().read(new ByteArrayInputStream(bytes(document, Language.EN)));

    assertThat(read.document()).contains(document);
  }

  @Test
  void aTextLongerThanACellHoldsIsRefusedWithItsCell() {
    PlanDocument document =
        PlanDocument.builder().from(SampleDocuments.full()).company("x".repeat(40_000)).build();

    assertThatThrownBy(() -> bytes(document, Language.EN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Session!B2: text of 40000 characters is longer than a cell holds (32767)");
  }

  @Test
  void aDepartmentNamedOnTwoLinesGetsATabNamedOnOne() throws IOException {
    PlanDocument document = PlanDocument.builder().company("C").planningYear(2028)
        .addDepartments(Department.builder().id("sales").name("Sales\nnorth").build())
        .addPlans(DepartmentPlan.builder().department("sales").build())
        .build();

    byte[] workbook = bytes(document, Language.EN);

    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      assertThat(wb.getSheet("Sales north")).isNotNull();
    }
    WorkbookImport read = PlanWorkbooks.english().read(new ByteArrayInputStream(workbook));
    assertThat(read.problems()).isEmpty();
    assertThat(read.document()).contains(document);
  }

  @Test
  void aTemplateReadsBackAsItsDocument() throws IOException {
    PlanDocument template =
        WorkbookTemplate.document(
            "Severny Mebel JSC", 2028, WorkbookTemplate.parseDepartments("sales:SALES,hr:hr,it"));

    WorkbookImport read =
        PlanWorkbooks.english().read(new ByteArrayInputStream(bytes(template, Language.RU)));

    assertThat(read.problems()).isEmpty();
    assertThat(read.document()).contains(template);
  }
}
