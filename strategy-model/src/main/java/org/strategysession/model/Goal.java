package org.strategysession.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A goal of a department's plan. */
@Value.Immutable
@JsonPropertyOrder({"id", "title", "owner", "kpis", "serves", "priority"})
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

  /** Format 1.1: ids of the company goals this department goal works for. */
  List<String> serves();

  /** Format 1.1, as written; {@link #effectivePriority()} applies the default. */
  Optional<Priority> priority();

  /** The priority, {@link Priority#NORMAL} when absent. */
  default Priority effectivePriority() {
    return priority().orElse(Priority.NORMAL);
  }

  @Value.Check
  default void check() {
    Checks.id(id());
  }

  static ImmutableGoal.Builder builder() {
    return ImmutableGoal.builder();
  }
}
