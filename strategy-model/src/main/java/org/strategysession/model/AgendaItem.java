package org.strategysession.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalTime;
import java.util.Optional;
import org.immutables.value.Value;

/** One slot of the session's agenda. */
@Value.Immutable
@JsonPropertyOrder({"day", "start", "minutes", "kind", "title", "department", "presenter"})
@JsonSerialize(as = ImmutableAgendaItem.class)
@JsonDeserialize(as = ImmutableAgendaItem.class)
public interface AgendaItem {
  /** 1-based index into the session's days; at least 1. */
  Optional<Integer> day();

  /** Start time, written {@code HH:mm}. */
  @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "HH:mm")
  Optional<LocalTime> start();

  /** Duration, 1–720. */
  Optional<Integer> minutes();

  Optional<AgendaKind> kind();

  Optional<String> title();

  /** Department id, for a department's own slot. */
  Optional<String> department();

  /** Person id of the presenter. */
  Optional<String> presenter();

  /** Minutes since midnight at which the item ends, where start and minutes are known. */
  default Optional<Integer> endMinute() {
    if (start().isEmpty() || minutes().isEmpty()) {
      return Optional.empty();
    }
    LocalTime s = start().get();
    return Optional.of(s.getHour() * 60 + s.getMinute() + minutes().get());
  }

  /** Minutes since midnight at which the item starts, where start is known. */
  default Optional<Integer> startMinute() {
    return start().map(s -> s.getHour() * 60 + s.getMinute());
  }

  /** Whether the item is a break (its minutes are not working time). */
  default boolean isBreak() {
    return kind().filter(k -> k == AgendaKind.BREAK).isPresent();
  }

  @Value.Check
  default void check() {
    Checks.range("/day", "day", day(), 1, Integer.MAX_VALUE);
    Checks.range("/minutes", "minutes", minutes(), 1, 720);
  }

  static ImmutableAgendaItem.Builder builder() {
    return ImmutableAgendaItem.builder();
  }
}
