package org.strategysession.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.testing.DocumentArbitraries;
import org.strategysession.rules.facts.IdFact;
import org.strategysession.rules.facts.KeyTaskDoneFact;
import org.strategysession.rules.facts.ReportSectionFact;

/**
 * On random drafts (dangling references, duplicates, references to the wrong kind, reports with
 * empty sections, key tasks done but not listed), the facts a check makes of the types the
 * standard rules match only some facts of are those made of every fact, filtered by what those
 * rules match; the other facts do not change.
 */
class SelectedFactsProperties {
  @Provide
  Arbitrary<PlanDocument> random() {
    return DocumentArbitraries.documents();
  }

  @Property(tries = 300)
  void the_selected_facts_are_the_same_facts_either_way(@ForAll("random") PlanDocument doc) {
    List<Object> every = Facts.of(doc, null, CheckOptions.defaults(), t -> true, t -> true);
    List<Object> selected = Facts.of(doc, null, CheckOptions.defaults(), t -> true, t -> false);
    Predicate<Object> chosen = f -> f instanceof IdFact i ? i.count() > 1 || i.hasUnresolved()
        : f instanceof ReportSectionFact r ? r.empty()
        : !(f instanceof KeyTaskDoneFact d) || !d.listed();
    assertThat(selected).isEqualTo(every.stream().filter(chosen).toList());
    List<IdFact> ids = of(selected, IdFact.class);
    Statistics.label("ids at fault").collect(ids.isEmpty() ? "none"
        : ids.stream().anyMatch(i -> i.count() == 1) ? "one element, named wrongly"
        : "repeated or unknown only");
    Statistics.label("left out").collect(
        of(every, ReportSectionFact.class).size() > of(selected, ReportSectionFact.class).size(),
        of(every, KeyTaskDoneFact.class).size() > of(selected, KeyTaskDoneFact.class).size());
  }

  private static <T> List<T> of(List<Object> facts, Class<T> type) {
    return facts.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
