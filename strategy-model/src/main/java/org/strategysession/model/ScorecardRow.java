package org.strategysession.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/** One head and one closed month in a {@link Progress} view: the {@link PersonalScore}. */
@Value.Immutable
@JsonPropertyOrder({"person", "name", "department", "month", "keyTasks", "keyTasksDone",
    "kpiScore", "score"})
@JsonSerialize(as = ImmutableScorecardRow.class)
@JsonDeserialize(as = ImmutableScorecardRow.class)
public interface ScorecardRow {
  /** The head's person id. */
  String person();

  /** The head's name, where the person is among the people and has one. */
  Optional<String> name();

  /** The department the person heads (the first by id, where several). */
  String department();

  /** The month, 1–12. */
  int month();

  /** The key tasks set for the month (distinct, naming tasks of the document). */
  int keyTasks();

  /** How many of them are done. */
  int keyTasksDone();

  /** The mean KPI score, 0–1, where some KPI has both values for the month. */
  Optional<BigDecimal> kpiScore();

  /** The personal score, 0–1. */
  BigDecimal score();

  /** The personal score in percent, rounded half up. */
  @JsonIgnore
  @Value.Derived
  default int percent() {
    return PersonalScore.percent(score());
  }
}
