package org.strategysession.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/** The two-day meeting: its days, venue, facilitator, participants and agenda. */
@Value.Immutable
@JsonPropertyOrder({"days", "venue", "facilitator", "participants", "agenda"})
@JsonSerialize(as = ImmutableSession.class)
@JsonDeserialize(as = ImmutableSession.class)
public interface Session {
  /** The session days, in order. */
  List<LocalDate> days();

  Optional<Venue> venue();

  /** Person id of whoever leads the session. */
  Optional<String> facilitator();

  /** Person ids of the participants. */
  List<String> participants();

  List<AgendaItem> agenda();

  /**
   * Working minutes (every item but {@code BREAK}) of each day that has agenda items, by
   * 1-based day; items without a day or minutes do not count.
   */
  @Value.Lazy
  default Map<Integer, Integer> workingMinutesByDay() {
    Map<Integer, Integer> byDay = new TreeMap<>();
    for (AgendaItem item : agenda()) {
      if (item.day().isPresent() && item.minutes().isPresent() && !item.isBreak()) {
        byDay.merge(item.day().get(), item.minutes().get(), Integer::sum);
      }
    }
    return java.util.Collections.unmodifiableMap(byDay);
  }

  /** The last session day, if any. */
  default Optional<LocalDate> lastDay() {
    return days().isEmpty() ? Optional.empty() : Optional.of(days().get(days().size() - 1));
  }

  /** The first session day, if any. */
  default Optional<LocalDate> firstDay() {
    return days().isEmpty() ? Optional.empty() : Optional.of(days().get(0));
  }

  static ImmutableSession.Builder builder() {
    return ImmutableSession.builder();
  }
}
