package org.strategysession.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A task as scheduled in one month of a {@link Roadmap}. */
@Value.Immutable
@JsonPropertyOrder({"id", "title", "owner", "ownerName", "goal", "approved", "status"})
@JsonSerialize(as = ImmutableRoadmapTask.class)
@JsonDeserialize(as = ImmutableRoadmapTask.class)
public interface RoadmapTask {
  /** The task id. */
  String id();

  Optional<String> title();

  /** The owner's person id. */
  Optional<String> owner();

  /** The owner's name, where the owner is among the people and has one. */
  Optional<String> ownerName();

  /** The id of the goal the task serves. */
  Optional<String> goal();

  /** Whether the task is {@link TaskStatus#APPROVED}. */
  boolean approved();

  /** The effective status (never {@link TaskStatus#DROPPED} in a roadmap built from a document). */
  TaskStatus status();

  static ImmutableRoadmapTask.Builder builder() {
    return ImmutableRoadmapTask.builder();
  }
}
