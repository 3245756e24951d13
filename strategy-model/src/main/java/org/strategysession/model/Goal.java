package org.strategysession.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A goal of a department's plan. */
@Value.Immutable
@JsonPropertyOrder({"id", "title", "owner", "kpis"})
@JsonSerialize(as = ImmutableGoal.class)
@JsonDeserialize(as = ImmutableGoal.class)
public interface Goal {
  /** Unique in the whole document; never blank. */
  String id();

  Optional<String> title();

  /** Person id of the owner. */
  Optional<String> owner();

  /** Ids of the KPIs the goal moves. */
  List<String> kpis();

  @Value.Check
  default void check() {
    Checks.id(id());
  }

  static ImmutableGoal.Builder builder() {
    return ImmutableGoal.builder();
  }
}
