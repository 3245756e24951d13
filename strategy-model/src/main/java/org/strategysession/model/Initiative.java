package org.strategysession.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A cross-department initiative, analysed and decided after the session. */
@Value.Immutable
@JsonPropertyOrder({"id", "title", "theme", "proposedBy", "departments", "owner", "status", "decidedOn"})
@JsonSerialize(as = ImmutableInitiative.class)
@JsonDeserialize(as = ImmutableInitiative.class)
public interface Initiative {
  /** Unique in the whole document; never blank. */
  String id();

  Optional<String> title();

  Optional<InitiativeTheme> theme();

  /** Id of the proposing department. */
  Optional<String> proposedBy();

  /** Ids of the departments it touches. */
  List<String> departments();

  /** Person id of whoever analyses it after the session. */
  Optional<String> owner();

  /** As written; {@link #effectiveStatus()} applies the default. */
  Optional<InitiativeStatus> status();

  Optional<LocalDate> decidedOn();

  /** The status, {@link InitiativeStatus#PROPOSED} when absent. */
  default InitiativeStatus effectiveStatus() {
    return status().orElse(InitiativeStatus.PROPOSED);
  }

  @Value.Check
  default void check() {
    Checks.id(id());
  }

  static ImmutableInitiative.Builder builder() {
    return ImmutableInitiative.builder();
  }
}
