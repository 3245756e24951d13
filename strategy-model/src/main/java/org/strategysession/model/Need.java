package org.strategysession.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A resource a task asks of another department. */
@Value.Immutable
@JsonPropertyOrder({"department", "what"})
@JsonSerialize(as = ImmutableNeed.class)
@JsonDeserialize(as = ImmutableNeed.class)
public interface Need {
  /** Id of the department asked. */
  Optional<String> department();

  Optional<String> what();

  static ImmutableNeed.Builder builder() {
    return ImmutableNeed.builder();
  }

  static Need of(String department, String what) {
    return builder().department(department).what(what).build();
  }
}
