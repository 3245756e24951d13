package org.strategysession.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A department of the company. */
@Value.Immutable
@JsonPropertyOrder({"id", "name", "kind", "head"})
@JsonSerialize(as = ImmutableDepartment.class)
@JsonDeserialize(as = ImmutableDepartment.class)
public interface Department {
  /** Unique in the whole document; never blank. */
  String id();

  Optional<String> name();

  Optional<DepartmentKind> kind();

  /** Person id of the head. */
  Optional<String> head();

  /** Whether the department's plan is expected to rest on the sales plan's numbers. */
  default boolean salesDependent() {
    return kind().map(DepartmentKind::salesDependent).orElse(false);
  }

  @Value.Check
  default void check() {
    Checks.id(id());
  }

  static ImmutableDepartment.Builder builder() {
    return ImmutableDepartment.builder();
  }

  static Department of(String id, String name, DepartmentKind kind, String head) {
    return builder().id(id).name(name).kind(kind).head(head).build();
  }
}
