package org.strategysession.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One KPI in a {@link Progress} view: judged on {@link #month()}, its latest ended month with
 * both a milestone and an actual; month, milestone, actual and shortfall are absent where it
 * cannot be judged ({@link KpiHealth#NO_DATA}).
 */
@Value.Immutable
@JsonPropertyOrder({"department", "kpi", "name", "unit", "target", "month", "milestone",
    "actual", "shortfall", "health"})
@JsonSerialize(as = ImmutableKpiProgress.class)
@JsonDeserialize(as = ImmutableKpiProgress.class)
public interface KpiProgress {
  /** The department of the plan that holds the KPI. */
  String department();

  /** The KPI id. */
  String kpi();

  Optional<String> name();

  Optional<String> unit();

  Optional<BigDecimal> target();

  /** The month judged. */
  Optional<Integer> month();

  /** The milestone ({@code monthly} value) of the month judged. */
  Optional<BigDecimal> milestone();

  /** The actual of the month judged. */
  Optional<BigDecimal> actual();

  /** The shortfall as a share of the milestone (0.125 for 12.5 %); absent for a zero milestone. */
  Optional<BigDecimal> shortfall();

  KpiHealth health();
}
