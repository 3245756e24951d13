package org.strategysession.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A person's key tasks for one month (an entry of {@code followUp.keyTasks}). */
@Value.Immutable
@JsonPropertyOrder({"person", "month", "tasks", "done"})
@JsonSerialize(as = ImmutableKeyTaskAssignment.class)
@JsonDeserialize(as = ImmutableKeyTaskAssignment.class)
public interface KeyTaskAssignment {
  /** Person id. */
  Optional<String> person();

  /** Month 1–12. */
  Optional<Integer> month();

  /** Task ids. */
  List<String> tasks();

  /**
   * Format 1.1: once the month is reviewed, the ids of the key tasks that were achieved (each
   * should be one of {@link #tasks()}).
   */
  List<String> done();

  @Value.Check
  default void check() {
    Checks.range("/month", "month", month(), 1, 12);
  }

  static ImmutableKeyTaskAssignment.Builder builder() {
    return ImmutableKeyTaskAssignment.builder();
  }
}
