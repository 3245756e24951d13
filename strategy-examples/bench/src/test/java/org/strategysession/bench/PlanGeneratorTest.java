package org.strategysession.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.PlanDocuments;
import org.strategysession.rules.PlanChecker;

/** The generator is deterministic, sized as asked, and writes documents the reader accepts. */
class PlanGeneratorTest {
  @Test
  void the_same_seed_gives_the_same_document_and_another_seed_another() {
    assertThat(PlanGenerator.generate(42, 20)).isEqualTo(PlanGenerator.generate(42, 20));
    assertThat(PlanGenerator.generate(43, 20)).isNotEqualTo(PlanGenerator.generate(42, 20));
  }

  @Test
  void documents_come_close_to_the_asked_number_of_facts() {
    for (int facts : new int[] {100, 1_000, 10_000}) {
      int actual = PlanChecker.factCount(PlanGenerator.ofFacts(1, facts));
      assertThat((double) actual).as("facts for %d", facts).isCloseTo(facts, within(facts * 0.2));
    }
  }

  @Test
  void generated_documents_read_back_identical_with_the_strict_reader() {
    PlanDocument doc = PlanGenerator.generate(5, 15);
    PlanDocuments io = PlanDocuments.strict();
    assertThat(io.read(io.write(doc))).isEqualTo(doc);
  }
}
