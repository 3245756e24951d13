package org.strategysession.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One department in one month of a {@link Roadmap}. */
@Value.Immutable
@JsonPropertyOrder({"department", "name", "tasks", "milestones"})
@JsonSerialize(as = ImmutableRoadmapDepartment.class)
@JsonDeserialize(as = ImmutableRoadmapDepartment.class)
public interface RoadmapDepartment {
  /** The department id. */
  String department();

  /** The department's name, where it is declared with one. */
  Optional<String> name();

  /** Tasks scheduled in the month and not dropped, in plan order. */
  List<RoadmapTask> tasks();

  /** KPI values to reach by the end of the month, in KPI order. */
  List<RoadmapMilestone> milestones();

  static ImmutableRoadmapDepartment.Builder builder() {
    return ImmutableRoadmapDepartment.builder();
  }
}
