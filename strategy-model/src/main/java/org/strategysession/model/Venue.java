package org.strategysession.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Where the session is held. */
@Value.Immutable
@JsonPropertyOrder({"name", "format", "offsite"})
@JsonSerialize(as = ImmutableVenue.class)
@JsonDeserialize(as = ImmutableVenue.class)
public interface Venue {
  Optional<String> name();

  Optional<VenueFormat> format();

  /** True when the session is held outside the office. */
  Optional<Boolean> offsite();

  static ImmutableVenue.Builder builder() {
    return ImmutableVenue.builder();
  }
}
