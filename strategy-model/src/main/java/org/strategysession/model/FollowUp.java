package org.strategysession.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** What happened after the session: key tasks per head and month, tracker keys. */
@Value.Immutable
@JsonPropertyOrder({"keyTasks", "trackerRefs"})
@JsonSerialize(as = ImmutableFollowUp.class)
@JsonDeserialize(as = ImmutableFollowUp.class)
public interface FollowUp {
  List<KeyTaskAssignment> keyTasks();

  /** Task id to the key of that task in the company's task tracker or CRM, in document order. */
  Map<String, String> trackerRefs();

  static ImmutableFollowUp.Builder builder() {
    return ImmutableFollowUp.builder();
  }
}
