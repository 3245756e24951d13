package org.strategysession.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Where the session is held. */
@Value.Immutable
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
