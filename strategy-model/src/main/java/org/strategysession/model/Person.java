package org.strategysession.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Someone referenced anywhere in the document: a head, a specialist, the facilitator. */
@Value.Immutable
@JsonPropertyOrder({"id", "name", "department", "role", "email"})
@JsonSerialize(as = ImmutablePerson.class)
@JsonDeserialize(as = ImmutablePerson.class)
public interface Person {
  /** Unique in the whole document; never blank. */
  String id();

  Optional<String> name();

  /** Id of the person's department. */
  Optional<String> department();

  Optional<Role> role();

  Optional<String> email();

  @Value.Check
  default void check() {
    Checks.id(id());
  }

  static ImmutablePerson.Builder builder() {
    return ImmutablePerson.builder();
  }

  /** A person with an id only. */
  static Person of(String id) {
    return builder().id(id).build();
  }
}
