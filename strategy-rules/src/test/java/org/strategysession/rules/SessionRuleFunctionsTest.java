package org.strategysession.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@link RuleFunctions} helpers of the session, initiatives, follow-up and revision rules.
 */
class SessionRuleFunctionsTest {
  @Test
  void timeRange_and_dates_render_for_messages() {
    assertThat(RuleFunctions.timeRange(600, 690)).isEqualTo("10:00–11:30");
    assertThat(RuleFunctions.timeRange(null, 690)).isEqualTo("?–11:30");
    assertThat(RuleFunctions.dates(List.of(LocalDate.of(2027, 1, 25), LocalDate.of(2027, 1, 27))))
        .isEqualTo("2027-01-25, 2027-01-27");
    assertThat(RuleFunctions.dates(List.of())).isNull();
  }

  @Test
  void block_bounds_apply_the_tolerance_and_include_the_bounds() {
    assertThat(RuleFunctions.lowerBound(180, 0.25)).isEqualTo(new BigDecimal("135"));
    assertThat(RuleFunctions.upperBound(240, 0.25)).isEqualTo(new BigDecimal("300"));
    assertThat(RuleFunctions.lowerBound(30, 0.25)).isEqualTo(new BigDecimal("22.5"));
    assertThat(RuleFunctions.lowerBound(180, 0.1)).isEqualTo(new BigDecimal("162"));
    assertThat(RuleFunctions.outsideTolerance(135, 180, 240, 0.25)).isFalse();
    assertThat(RuleFunctions.outsideTolerance(300, 180, 240, 0.25)).isFalse();
    assertThat(RuleFunctions.outsideTolerance(134, 180, 240, 0.25)).isTrue();
    assertThat(RuleFunctions.outsideTolerance(301, 180, 240, 0.25)).isTrue();
    assertThat(RuleFunctions.outsideTolerance(301.0, 180, 240, 0.25)).isTrue();
    assertThat(RuleFunctions.outsideTolerance(null, 180, 240, 0.25)).isFalse();
  }

  @Test
  void daysBetween_counts_whole_days() {
    LocalDate d = LocalDate.of(2027, 1, 26);
    assertThat(RuleFunctions.daysBetween(d, d.plusDays(31))).isEqualTo(31);
    assertThat(RuleFunctions.daysBetween(d, d.minusDays(2))).isEqualTo(-2);
  }

  @Test
  void shareAbove_is_strict_and_false_for_nothing() {
    assertThat(RuleFunctions.shareAbove(1, 4, 0.25)).isFalse();
    assertThat(RuleFunctions.shareAbove(2, 4, 0.25)).isTrue();
    assertThat(RuleFunctions.shareAbove(1, 3, 0.25)).isTrue();
    assertThat(RuleFunctions.shareAbove(0, 0, 0.25)).isFalse();
  }

  @Test
  void hasText_rejects_null_and_blank() {
    assertThat(RuleFunctions.hasText("CRM-12")).isTrue();
    assertThat(RuleFunctions.hasText(" ")).isFalse();
    assertThat(RuleFunctions.hasText(null)).isFalse();
  }

  @Test
  void signedChangePercent_shows_the_sign_and_an_unbounded_change_from_zero() {
    assertThat(RuleFunctions.signedChangePercent(new BigDecimal("100"), new BigDecimal("131")))
        .isEqualTo("+31");
    assertThat(RuleFunctions.signedChangePercent(new BigDecimal("100"), new BigDecimal("69.5")))
        .isEqualTo("-30.5");
    assertThat(RuleFunctions.signedChangePercent(new BigDecimal("-100"), new BigDecimal("-50")))
        .isEqualTo("+50");
    assertThat(RuleFunctions.signedChangePercent(BigDecimal.TEN, BigDecimal.TEN)).isEqualTo("0");
    assertThat(RuleFunctions.signedChangePercent(BigDecimal.ZERO, BigDecimal.ONE)).isEqualTo("+∞");
    assertThat(RuleFunctions.signedChangePercent(BigDecimal.ZERO, BigDecimal.ONE.negate()))
        .isEqualTo("-∞");
    assertThat(RuleFunctions.signedChangePercent(BigDecimal.ZERO, BigDecimal.ZERO)).isEqualTo("0");
    assertThat(RuleFunctions.signedChangePercent(null, BigDecimal.ONE)).isNull();
  }

  @Test
  void differsBeyond_from_zero_means_any_other_value() {
    // TARGET_CHANGED_RADICALLY relies on this: from an earlier target of 0, any move is radical
    assertThat(RuleFunctions.differsBeyond(BigDecimal.ONE, BigDecimal.ZERO, 0.3)).isTrue();
    assertThat(RuleFunctions.differsBeyond(BigDecimal.ZERO, BigDecimal.ZERO, 0.3)).isFalse();
  }
}
