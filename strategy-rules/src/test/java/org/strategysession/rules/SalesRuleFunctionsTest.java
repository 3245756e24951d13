package org.strategysession.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strategysession.rules.facts.PlanFact;

/** The {@link RuleFunctions} helpers that sales.drl uses. */
class SalesRuleFunctionsTest {
  private static PlanFact plan(int index, LocalDate submittedOn) {
    return new PlanFact("d" + index, index, submittedOn, false, 0, 0, 0, 1, 0,
        "/plans/" + index);
  }

  @Test
  void latestSubmitted_takes_the_latest_date_then_the_first_plan() {
    PlanFact early = plan(0, LocalDate.of(2026, 12, 1));
    PlanFact lateSecond = plan(2, LocalDate.of(2026, 12, 5));
    PlanFact lateFirst = plan(1, LocalDate.of(2026, 12, 5));
    assertThat(RuleFunctions.latestSubmitted(List.of(early, lateSecond, lateFirst)))
        .isSameAs(lateFirst);
    assertThat(RuleFunctions.latestSubmitted(List.of(lateSecond, early))).isSameAs(lateSecond);
  }

  @Test
  void latestSubmitted_ignores_undated_plans_and_is_null_without_any_date() {
    PlanFact undated = plan(0, null);
    PlanFact dated = plan(1, LocalDate.of(2026, 12, 1));
    assertThat(RuleFunctions.latestSubmitted(List.of(undated, dated))).isSameAs(dated);
    assertThat(RuleFunctions.latestSubmitted(List.of(undated))).isNull();
    assertThat(RuleFunctions.latestSubmitted(List.of())).isNull();
  }
}
