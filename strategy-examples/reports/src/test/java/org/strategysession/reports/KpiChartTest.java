package org.strategysession.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The value axis of the KPI charts: round bounds and steps, whatever the values. */
class KpiChartTest {
  @Test
  void the_axis_runs_between_round_numbers_in_three_or_four_round_steps() {
    assertScale(List.of("52", "105", "720", "53", "166"), "0", "750", "250");
    assertScale(List.of("93", "95", "96", "97"), "92", "98", "2");
    assertScale(List.of("2.9", "2.5"), "2.4", "3", "0.2");
    assertScale(List.of("1850", "23500", "5200"), "0", "30000", "10000");
    assertScale(List.of("-12", "30"), "-20", "40", "20");
  }

  @Test
  void one_value_gets_a_band_around_it_and_no_value_a_unit_band() {
    KpiChart.Scale one = KpiChart.Scale.of(values("4200"));
    assertThat(one.low()).isLessThan(new BigDecimal("4200"));
    assertThat(one.high()).isGreaterThan(new BigDecimal("4200"));
    KpiChart.Scale zero = KpiChart.Scale.of(values("0"));
    assertThat(zero.low()).isLessThan(BigDecimal.ZERO);
    assertThat(zero.high()).isGreaterThan(BigDecimal.ZERO);
    assertThat(KpiChart.Scale.of(List.of()).high()).isEqualByComparingTo("1");
  }

  @Test
  void larger_values_are_higher_up_and_the_bounds_are_the_plots_edges() {
    KpiChart.Scale scale = KpiChart.Scale.of(values("0", "100"));
    assertThat(scale.y(BigDecimal.ZERO)).isEqualTo(KpiChart.coordinate(KpiChart.BOTTOM));
    assertThat(scale.y(BigDecimal.valueOf(100))).isEqualTo(KpiChart.coordinate(KpiChart.TOP));
    assertThat(Double.parseDouble(scale.y(BigDecimal.valueOf(60))))
        .isLessThan(Double.parseDouble(scale.y(BigDecimal.valueOf(40))));
    assertThat(KpiChart.x(1)).isEqualTo(KpiChart.coordinate(KpiChart.LEFT));
    assertThat(KpiChart.x(12)).isEqualTo(KpiChart.coordinate(KpiChart.RIGHT));
  }

  private static void assertScale(List<String> values, String low, String high, String step) {
    KpiChart.Scale scale = KpiChart.Scale.of(values(values.toArray(String[]::new)));
    assertThat(scale.low()).as("low of " + values).isEqualByComparingTo(low);
    assertThat(scale.high()).as("high of " + values).isEqualByComparingTo(high);
    assertThat(scale.step()).as("step of " + values).isEqualByComparingTo(step);
  }

  private static List<BigDecimal> values(String... values) {
    return Arrays.stream(values).map(BigDecimal::new).toList();
  }
}
