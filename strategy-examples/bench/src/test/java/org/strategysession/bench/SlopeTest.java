package org.strategysession.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The log-log slope recovers the exponent of a power law. */
class SlopeTest {
  @Test
  void linear_growth_has_slope_one_and_quadratic_two() {
    double[] x = {100, 1_000, 10_000, 100_000};
    assertThat(Slope.of(x, new double[] {3, 30, 300, 3_000})).isCloseTo(1.0, within(1e-9));
    assertThat(Slope.of(x, new double[] {1, 100, 10_000, 1_000_000})).isCloseTo(2.0, within(1e-9));
    // negative control: constant time has slope zero
    assertThat(Slope.of(x, new double[] {5, 5, 5, 5})).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void rejects_what_has_no_slope() {
    assertThatThrownBy(() -> Slope.of(new double[] {1}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Slope.of(new double[] {2, 2}, new double[] {1, 3}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Slope.of(new double[] {1, 2}, new double[] {0, 3}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
