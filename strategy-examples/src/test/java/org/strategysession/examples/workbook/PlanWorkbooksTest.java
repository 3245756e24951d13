package org.strategysession.examples.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.strategysession.model.PlanDocument;

class PlanWorkbooksTest {

  static byte[] bytes(PlanDocument document, WorkbookLanguage language) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanWorkbooks.of(language).write(document, out);
    return out.toByteArray();
  }

  @ParameterizedTest
  @EnumSource(WorkbookLanguage.class)
  void aFullDocumentReadsBackEqual(WorkbookLanguage language) throws IOException {
    PlanDocument document = SampleDocuments.full();

    WorkbookImport read =
        PlanWorkbooks.english().read(new ByteArrayInputStream(bytes(document, language)));

    assertThat(read.problems()).isEmpty();
    assertThat(read.document()).contains(document);
  }

  @Test
  void aTemplateReadsBackAsItsDocument() throws IOException {
    PlanDocument template =
        WorkbookTemplate.document(
            "Severny Mebel JSC", 2028, WorkbookTemplate.parseDepartments("sales:SALES,hr:hr,it"));

    WorkbookImport read =
        PlanWorkbooks.english().read(new ByteArrayInputStream(bytes(template, WorkbookLanguage.RUSSIAN)));

    assertThat(read.problems()).isEmpty();
    assertThat(read.document()).contains(template);
  }
}
