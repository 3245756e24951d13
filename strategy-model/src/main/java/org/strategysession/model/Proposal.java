package org.strategysession.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A proposal of the year report to an adjacent department. */
@Value.Immutable
@JsonPropertyOrder({"to", "text"})
@JsonSerialize(as = ImmutableProposal.class)
@JsonDeserialize(as = ImmutableProposal.class)
public interface Proposal {
  /** Department id the proposal is addressed to. */
  Optional<String> to();

  Optional<String> text();

  static ImmutableProposal.Builder builder() {
    return ImmutableProposal.builder();
  }
}
