package org.strategysession.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import org.strategysession.model.testing.DocumentArbitraries;

/** The format's JSON Schema accepts every document the writer writes. */
@Domain(DocumentArbitraries.class)
class FormatSchemaProperties {

  @Property(tries = 200)
  void everyWrittenDocumentPassesTheSchema(@ForAll PlanDocument document) {
    String json = PlanDocuments.strict().write(document);

    SchemaValidator.Verdict verdict = SchemaValidator.validate(json);

    assertThat(verdict.outcome()).as("%s%n%s", verdict, json)
        .isEqualTo(SchemaValidator.Outcome.ACCEPTED);
  }
}
