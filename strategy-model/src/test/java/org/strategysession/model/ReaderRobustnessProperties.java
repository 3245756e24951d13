package org.strategysession.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.strategysession.model.testing.DocumentArbitraries;

/** The reader, fed damaged documents, returns a document or throws its own exception only. */
class ReaderRobustnessProperties {
  private final PlanDocuments strict = PlanDocuments.strict();
  private final PlanDocuments lenient = PlanDocuments.lenient();

  @Property(tries = 1000)
  void damagedTextIsReadOrRejectedWithAPlace(@ForAll("mutatedTexts") String text) {
    assertReadOrRejected(catchThrowable(() -> strict.read(text)));
    assertReadOrRejected(catchThrowable(() -> lenient.read(text)));
  }

  /** Byte damage adds invalid UTF-8; fewer tries, since the text property covers the parser. */
  @Property(tries = 500)
  void damagedBytesAreReadOrRejectedWithAPlace(@ForAll("mutatedBytes") byte[] bytes) {
    assertReadOrRejected(catchThrowable(() -> strict.read(new ByteArrayInputStream(bytes))));
  }

  private static void assertReadOrRejected(Throwable thrown) {
    if (thrown != null) {
      assertThat(thrown).isExactlyInstanceOf(PlanDocumentException.class);
      PlanDocumentException e = (PlanDocumentException) thrown;
      assertThat(e.reason()).isNotBlank();
      assertThat(e.pointer()).matches("(/[^/]*)*");
    }
  }

  @Provide
  Arbitrary<String> mutatedTexts() {
    return DocumentArbitraries.mutatedTexts();
  }

  @Provide
  Arbitrary<byte[]> mutatedBytes() {
    return DocumentArbitraries.mutatedBytes();
  }
}
