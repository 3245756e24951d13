package org.strategysession.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.strategysession.model.PlanDocument;
import org.strategysession.rules.PlanChecker;

/**
 * The baseline is a fair one only if it reports exactly what the engine reports for the same
 * six rules: same rule, subject, department and path, finding for finding.
 */
class BaselineAgreementTest {
  private static final PlanChecker SIX =
      PlanChecker.builder().enableOnly(BaselineChecker.RULES).build();
  private static final BaselineChecker BASELINE = new BaselineChecker();

  @Property(tries = 60)
  void the_baseline_reports_what_the_engine_reports(@ForAll @LongRange(min = 0, max = 1_000_000)
      long seed, @ForAll @IntRange(min = 1, max = 40) int departments) {
    assertAgree(PlanGenerator.generate(seed, departments));
  }

  @Example
  void they_agree_on_a_compact_and_on_a_large_document() {
    assertAgree(PlanGenerator.ofFacts(11, 100));
    assertAgree(PlanGenerator.ofFacts(12, 20_000));
  }

  @Example
  void every_one_of_the_six_rules_fires_on_generated_documents() {
    // otherwise the agreement above would be vacuous for the rule that never fires
    Set<String> fired = new TreeSet<>();
    for (long seed = 1; seed <= 4; seed++) {
      BASELINE.check(PlanGenerator.generate(seed, 60)).forEach(k -> fired.add(k.rule()));
    }
    assertThat(fired).containsExactlyInAnyOrderElementsOf(BaselineChecker.RULES);
  }

  private static void assertAgree(PlanDocument doc) {
    assertThat(FindingKey.sorted(BASELINE.check(doc)))
        .as("baseline (actual) against the engine restricted to the six rules (expected)")
        .containsExactlyElementsOf(FindingKey.of(SIX.check(doc)));
  }
}
