package org.strategysession.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.testing.DocumentArbitraries;
import org.strategysession.rules.facts.IdFact;

/**
 * On random drafts (dangling references, duplicates, references to the wrong kind), the facts
 * made for the ids at fault only are those made for every id, filtered by what the integrity
 * rules match, and the other facts do not change.
 */
class IntegrityIndexProperties {
  @Provide
  Arbitrary<PlanDocument> random() {
    return DocumentArbitraries.documents();
  }

  @Property(tries = 300)
  void the_ids_at_fault_are_the_same_facts_either_way(@ForAll("random") PlanDocument doc) {
    List<Object> every = Facts.of(doc, null, CheckOptions.defaults(), t -> true, true);
    List<Object> atFault = Facts.of(doc, null, CheckOptions.defaults(), t -> true, false);
    List<IdFact> expected = ids(every).stream()
        .filter(i -> i.count() > 1 || i.hasUnresolved()).toList();
    assertThat(ids(atFault)).isEqualTo(expected);
    assertThat(atFault.stream().filter(f -> !(f instanceof IdFact)).toList())
        .isEqualTo(every.stream().filter(f -> !(f instanceof IdFact)).toList());
    Statistics.label("ids at fault").collect(expected.isEmpty() ? "none"
        : expected.stream().anyMatch(i -> i.count() == 1) ? "one element, named wrongly"
        : "repeated or unknown only");
  }

  private static List<IdFact> ids(List<Object> facts) {
    return facts.stream().filter(IdFact.class::isInstance).map(IdFact.class::cast).toList();
  }
}
