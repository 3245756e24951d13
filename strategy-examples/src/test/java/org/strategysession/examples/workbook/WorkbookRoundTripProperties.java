package org.strategysession.examples.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.domains.Domain;
import org.strategysession.model.PlanDocument;

/** Document → workbook → document is identity for everything the layout holds. */
@Domain(PlanDocumentDomain.class)
class WorkbookRoundTripProperties {

  @Property(tries = 100, edgeCases = EdgeCasesMode.FIRST)
  void aDocumentReadsBackEqualFromItsWorkbook(
      @ForAll PlanDocument document, @ForAll WorkbookLanguage language) throws IOException {
    byte[] workbook = PlanWorkbooksTest.bytes(document, language);

    WorkbookImport read = PlanWorkbooks.english().read(new ByteArrayInputStream(workbook));

    assertThat(read.errors()).isEmpty();
    assertThat(read.document()).contains(document);
  }
}
