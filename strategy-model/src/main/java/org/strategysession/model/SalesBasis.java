package org.strategysession.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/** The sales figure a department's KPI rests on ({@code basedOn}). */
@Value.Immutable
@JsonPropertyOrder({"kpi", "assumed", "assumedMonthly"})
@JsonSerialize(as = ImmutableSalesBasis.class)
@JsonDeserialize(as = ImmutableSalesBasis.class)
public interface SalesBasis {
  /** Id of the sales KPI. */
  Optional<String> kpi();

  /** The sales KPI's target this department assumed. */
  Optional<BigDecimal> assumed();

  /** The sales KPI's monthly values this department assumed, by month 1–12. */
  @Value.NaturalOrder
  @JsonDeserialize(keyUsing = MonthKey.class)
  SortedMap<Integer, BigDecimal> assumedMonthly();

  @Value.Check
  default void check() {
    Checks.number("/assumed", assumed());
    Checks.numbersByMonth("/assumedMonthly", assumedMonthly());
  }

  static ImmutableSalesBasis.Builder builder() {
    return ImmutableSalesBasis.builder();
  }
}
