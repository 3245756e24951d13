package org.strategysession.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/** A key indicator of a department's plan, with its target number. */
@Value.Immutable
@JsonPropertyOrder({"id", "name", "unit", "baseline", "target", "direction", "monthly", "basedOn", "actual"})
@JsonSerialize(as = ImmutableKpi.class)
@JsonDeserialize(as = ImmutableKpi.class)
public interface Kpi {
  /** Unique in the whole document; never blank. */
  String id();

  Optional<String> name();

  Optional<String> unit();

  /** This year's value. */
  Optional<BigDecimal> baseline();

  /** Next year's value. */
  Optional<BigDecimal> target();

  /** As written; {@link #effectiveDirection()} applies the default. */
  Optional<Direction> direction();

  /** The value to reach by the end of each month, by month 1–12. */
  @Value.NaturalOrder
  @JsonDeserialize(keyUsing = MonthKey.class)
  SortedMap<Integer, BigDecimal> monthly();

  /** The sales figure this KPI rests on. */
  Optional<SalesBasis> basedOn();

  /**
   * Format 1.1: the value actually reached by the end of each month, by month 1–12, recorded
   * at the monthly review; the same meaning as {@link #monthly()}.
   */
  @Value.NaturalOrder
  @JsonDeserialize(keyUsing = MonthKey.class)
  SortedMap<Integer, BigDecimal> actual();

  /** The direction, {@link Direction#INCREASE} when absent. */
  default Direction effectiveDirection() {
    return direction().orElse(Direction.INCREASE);
  }

  @Value.Check
  default void check() {
    Checks.id(id());
    Checks.number("/baseline", baseline());
    Checks.number("/target", target());
    Checks.numbersByMonth("/monthly", monthly());
    Checks.numbersByMonth("/actual", actual());
  }

  static ImmutableKpi.Builder builder() {
    return ImmutableKpi.builder();
  }
}
