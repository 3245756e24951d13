package org.strategysession.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One month of a {@link Roadmap}: what each department does and reaches in it. */
@Value.Immutable
@JsonPropertyOrder({"month", "departments"})
@JsonSerialize(as = ImmutableRoadmapMonth.class)
@JsonDeserialize(as = ImmutableRoadmapMonth.class)
public interface RoadmapMonth {
  /** The month, 1–12. */
  int month();

  /** Every department of the roadmap, in the roadmap's department order. */
  List<RoadmapDepartment> departments();

  /** The entry of one department, or empty when the roadmap does not know it; id not null. */
  default Optional<RoadmapDepartment> department(String id) {
    return departments().stream().filter(d -> d.department().equals(id)).findFirst();
  }

  @Value.Check
  default void check() {
    Checks.range("/month", "month", month(), 1, 12);
  }

  static ImmutableRoadmapMonth.Builder builder() {
    return ImmutableRoadmapMonth.builder();
  }
}
