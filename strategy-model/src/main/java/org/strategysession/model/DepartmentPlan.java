package org.strategysession.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One department's tab of the shared spreadsheet: its report, KPIs, goals and tasks. */
@Value.Immutable
@JsonPropertyOrder({"department", "submittedOn", "report", "kpis", "goals", "tasks"})
@JsonSerialize(as = ImmutableDepartmentPlan.class)
@JsonDeserialize(as = ImmutableDepartmentPlan.class)
public interface DepartmentPlan {
  /** Id of the department whose plan this is; never blank. */
  String department();

  /** When the head filled the tab. */
  Optional<LocalDate> submittedOn();

  Optional<YearReport> report();

  List<Kpi> kpis();

  List<Goal> goals();

  List<Task> tasks();

  @Value.Check
  default void check() {
    if (department().isBlank()) {
      throw new InvalidValueException("/department", "department must not be blank");
    }
  }

  static ImmutableDepartmentPlan.Builder builder() {
    return ImmutableDepartmentPlan.builder();
  }
}
