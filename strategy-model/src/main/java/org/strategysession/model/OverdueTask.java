package org.strategysession.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A task of a {@link Progress} view that is overdue: neither done nor dropped, its last month closed. */
@Value.Immutable
@JsonPropertyOrder({"task", "title", "department", "owner", "lastMonth"})
@JsonSerialize(as = ImmutableOverdueTask.class)
@JsonDeserialize(as = ImmutableOverdueTask.class)
public interface OverdueTask {
  /** The task id. */
  String task();

  Optional<String> title();

  /** The department of the plan that holds the task. */
  String department();

  /** The owner's person id. */
  Optional<String> owner();

  /** The task's last month, closed as of the view's date. */
  int lastMonth();
}
