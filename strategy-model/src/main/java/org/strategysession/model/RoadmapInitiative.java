package org.strategysession.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An initiative as listed in a {@link Roadmap}, with its effective status. */
@Value.Immutable
@JsonPropertyOrder({"id", "title", "status", "owner", "ownerName", "departments", "decidedOn"})
@JsonSerialize(as = ImmutableRoadmapInitiative.class)
@JsonDeserialize(as = ImmutableRoadmapInitiative.class)
public interface RoadmapInitiative {
  /** The initiative id. */
  String id();

  Optional<String> title();

  /** The effective status ({@link InitiativeStatus#PROPOSED} where none is written). */
  InitiativeStatus status();

  /** The person id of whoever analyses it. */
  Optional<String> owner();

  /** The owner's name, where the owner is among the people and has one. */
  Optional<String> ownerName();

  /** Ids of the departments it touches. */
  List<String> departments();

  Optional<LocalDate> decidedOn();

  static ImmutableRoadmapInitiative.Builder builder() {
    return ImmutableRoadmapInitiative.builder();
  }
}
