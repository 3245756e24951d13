package org.strategysession.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import org.strategysession.model.Language;
import org.strategysession.model.PlanDocument;

/** Document → workbook → document is identity for everything the layout holds. */
@Domain(PlanDocumentDomain.class)
class WorkbookRoundTripProperties {

  private static WorkbookImport roundTrip(PlanDocument document, Language language)
      throws IOException {
    byte[] workbook = PlanWorkbooksTest.bytes(document, language);
    return PlanWorkbooks.english().read(new ByteArrayInputStream(workbook));
  }

  // A document has too many parts for jqwik's combined edge cases to be tried in a hundred
  // runs (it logs that it stops early); the empty document is the example below instead.
  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void aDocumentReadsBackEqualFromItsWorkbook(
      @ForAll PlanDocument document, @ForAll Language language) throws IOException {
    WorkbookImport read = roundTrip(document, language);

    assertThat(read.errors()).isEmpty();
    assertThat(read.document()).contains(document);
  }

  @Example
  void aDepartmentWhoseIdStartsWithAPointReadsBackWithItsPrintTitles() throws IOException {
    // The sheet of department "." heads its printed pages with its first rows: its formula
    // needs the sheet's name quoted ('.'!$1:$3), which the spreadsheet library did not do.
    PlanDocument document = PlanDocument.builder().company("C").planningYear(2027)
        .addDepartments(org.strategysession.model.Department.builder().id(".").build(),
            org.strategysession.model.Department.builder().id(".a").build())
        .addPlans(org.strategysession.model.DepartmentPlan.builder().department(".").build(),
            org.strategysession.model.DepartmentPlan.builder().department(".a").build())
        .build();
    byte[] workbook = PlanWorkbooksTest.bytes(document, Language.EN);

    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      for (String department : new String[] {".", ".a"}) {
        assertThat(wb.getSheet(department)).as(department).isNotNull();
        assertThat(wb.getSheet(department).getRepeatingRows()).as(department).isNotNull();
      }
    }
    WorkbookImport read = roundTrip(document, Language.EN);
    assertThat(read.errors()).isEmpty();
    assertThat(read.document()).contains(document);
  }

  @Example
  void theSmallestDocumentReadsBackEqual() throws IOException {
    PlanDocument document = PlanDocument.builder().company("C").planningYear(2000).build();

    WorkbookImport read = roundTrip(document, Language.RU);

    assertThat(read.problems()).isEmpty();
    assertThat(read.document()).contains(document);
  }
}
