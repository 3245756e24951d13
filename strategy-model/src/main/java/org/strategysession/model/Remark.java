package org.strategysession.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A remark recorded during the session. */
@Value.Immutable
@JsonPropertyOrder({"id", "day", "department", "kind", "text", "addressedBy"})
@JsonSerialize(as = ImmutableRemark.class)
@JsonDeserialize(as = ImmutableRemark.class)
public interface Remark {
  /** Unique in the whole document; never blank. */
  String id();

  /** 1-based session day; at least 1. */
  Optional<Integer> day();

  /** Id of the department whose report the remark was raised on. */
  Optional<String> department();

  Optional<RemarkKind> kind();

  Optional<String> text();

  /** Ids of the goals, tasks or initiatives that address the remark. */
  List<String> addressedBy();

  @Value.Check
  default void check() {
    Checks.id(id());
    Checks.range("/day", "day", day(), 1, Integer.MAX_VALUE);
  }

  static ImmutableRemark.Builder builder() {
    return ImmutableRemark.builder();
  }
}
