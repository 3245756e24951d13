package org.strategysession.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import org.strategysession.model.testing.DocumentArbitraries;

@Domain(DocumentArbitraries.class)
class RoundTripProperties {
  private final PlanDocuments documents = PlanDocuments.strict();

  /** Write then read is the identity (so writing again gives the same text: write is a function). */
  @Property
  void writtenDocumentReadsBackEqual(@ForAll PlanDocument document) {
    assertThat(documents.read(documents.write(document))).isEqualTo(document);
  }

  /** The same holds for the stream and file-free byte path. */
  @Property(tries = 200)
  void writtenBytesReadBackEqual(@ForAll PlanDocument document) throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    documents.write(document, out);
    assertThat(documents.read(new java.io.ByteArrayInputStream(out.toByteArray())))
        .isEqualTo(document);
  }

}
