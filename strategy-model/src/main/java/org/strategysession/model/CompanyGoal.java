package org.strategysession.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Format 1.1: a goal of the company for the year, which department goals serve ({@link
 * Goal#serves()}).
 */
@Value.Immutable
@JsonPropertyOrder({"id", "title", "owner", "kpis"})
@JsonSerialize(as = ImmutableCompanyGoal.class)
@JsonDeserialize(as = ImmutableCompanyGoal.class)
public interface CompanyGoal {
  /** Unique in the whole document; never blank. */
  String id();

  Optional<String> title();

  /** Person id of who answers for it (usually the owner of the company or the CEO). */
  Optional<String> owner();

  /** Ids of the KPIs, in any plan, that show the goal is reached. */
  List<String> kpis();

  @Value.Check
  default void check() {
    Checks.id(id());
  }

  static ImmutableCompanyGoal.Builder builder() {
    return ImmutableCompanyGoal.builder();
  }
}
