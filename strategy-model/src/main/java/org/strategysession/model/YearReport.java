package org.strategysession.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** A department's report on the year, written before the session. */
@Value.Immutable
@JsonPropertyOrder({"results", "improvements", "difficulties", "strengths", "weaknesses", "marketChanges", "conclusions", "proposals"})
@JsonSerialize(as = ImmutableYearReport.class)
@JsonDeserialize(as = ImmutableYearReport.class)
public interface YearReport {
  List<String> results();

  List<String> improvements();

  List<String> difficulties();

  List<String> strengths();

  List<String> weaknesses();

  List<String> marketChanges();

  List<String> conclusions();

  /** Proposals to adjacent departments. */
  List<Proposal> proposals();

  static ImmutableYearReport.Builder builder() {
    return ImmutableYearReport.builder();
  }
}
