package org.strategysession.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** Marks a document as a quarterly revision of the plan. */
@Value.Immutable
@JsonPropertyOrder({"quarter", "date"})
@JsonSerialize(as = ImmutableRevision.class)
@JsonDeserialize(as = ImmutableRevision.class)
public interface Revision {
  /** Quarter 1–4. */
  Optional<Integer> quarter();

  Optional<LocalDate> date();

  @Value.Check
  default void check() {
    Checks.range("/quarter", "quarter", quarter(), 1, 4);
  }

  static ImmutableRevision.Builder builder() {
    return ImmutableRevision.builder();
  }
}
