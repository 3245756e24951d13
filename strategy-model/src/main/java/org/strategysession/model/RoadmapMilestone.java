package org.strategysession.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/** A KPI value to reach by the end of a month of a {@link Roadmap} (its {@code monthly} value). */
@Value.Immutable
@JsonPropertyOrder({"kpi", "name", "unit", "value"})
@JsonSerialize(as = ImmutableRoadmapMilestone.class)
@JsonDeserialize(as = ImmutableRoadmapMilestone.class)
public interface RoadmapMilestone {
  /** The KPI id. */
  String kpi();

  Optional<String> name();

  Optional<String> unit();

  /** The value to reach by the end of the month, in the KPI's unit. */
  BigDecimal value();

  static ImmutableRoadmapMilestone.Builder builder() {
    return ImmutableRoadmapMilestone.builder();
  }
}
