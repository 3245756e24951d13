package org.strategysession.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A {@code strategy-session/1} document: everything about one company's strategic session
 * for one planning year.
 *
 * <p>Drafts are valid: apart from {@code format}, {@code company}, {@code planningYear} and
 * the ids, everything is optional, and a dangling reference or a duplicate id is left to the
 * rules. The lookups ({@link #personById()}, {@link #planByDepartment()} …) are computed once,
 * on first use; where ids repeat, the first element in document order wins.
 */
@Value.Immutable
@JsonPropertyOrder({"$schema", "format", "company", "planningYear", "people", "departments", "session", "plans", "remarks", "initiatives", "companyGoals", "followUp", "revision"})
@JsonSerialize(as = ImmutablePlanDocument.class)
@JsonDeserialize(as = ImmutablePlanDocument.class)
public interface PlanDocument {
  /** The only format this library reads and writes. */
  String FORMAT = "strategy-session/1";

  /** Always {@value #FORMAT}. */
  String format();

  /**
   * Format 1.1: the URI of the format's JSON Schema, as the document names it in {@code
   * "$schema"} for editors; kept so that a document reads and writes back unchanged, and
   * otherwise ignored.
   */
  @JsonProperty("$schema")
  Optional<String> schema();

  String company();

  /** The year the plans are for, 2000–2100. */
  int planningYear();

  List<Person> people();

  List<Department> departments();

  Optional<Session> session();

  List<DepartmentPlan> plans();

  List<Remark> remarks();

  List<Initiative> initiatives();

  /** Format 1.1: the company's goals for the year, which department goals serve. */
  List<CompanyGoal> companyGoals();

  /** Present once the session has taken place. */
  Optional<FollowUp> followUp();

  /** Present on a quarterly revision of the plan. */
  Optional<Revision> revision();

  @Value.Check
  default void check() {
    if (!FORMAT.equals(format())) {
      throw new InvalidValueException(
          "/format",
          "unsupported format \"" + format() + "\": the supported version is \"" + FORMAT + "\"");
    }
    Checks.range("/planningYear", "planningYear", planningYear(), 2000, 2100);
  }

  /** People by id. */
  @Value.Lazy
  default Map<String, Person> personById() {
    return index(people(), Person::id);
  }

  /** Departments by id. */
  @Value.Lazy
  default Map<String, Department> departmentById() {
    return index(departments(), Department::id);
  }

  /** Plans by department id (the first, where a department has several). */
  @Value.Lazy
  default Map<String, DepartmentPlan> planByDepartment() {
    return index(plans(), DepartmentPlan::department);
  }

  /** KPIs of all plans by id. */
  @Value.Lazy
  default Map<String, Kpi> kpiById() {
    return index(plans().stream().flatMap(p -> p.kpis().stream()).toList(), Kpi::id);
  }

  /** Company goals by id. */
  @Value.Lazy
  default Map<String, CompanyGoal> companyGoalById() {
    return index(companyGoals(), CompanyGoal::id);
  }

  /** Goals of all plans by id. */
  @Value.Lazy
  default Map<String, Goal> goalById() {
    return index(plans().stream().flatMap(p -> p.goals().stream()).toList(), Goal::id);
  }

  /** Tasks of all plans by id. */
  @Value.Lazy
  default Map<String, Task> taskById() {
    return index(plans().stream().flatMap(p -> p.tasks().stream()).toList(), Task::id);
  }

  /**
   * Tasks of all plans by id, every task of an id where ids repeat (a document with a
   * duplicate id is still checked), in document order.
   */
  @Value.Lazy
  default Map<String, List<Task>> tasksWithId() {
    Map<String, List<Task>> out = new LinkedHashMap<>();
    for (DepartmentPlan plan : plans()) {
      for (Task task : plan.tasks()) {
        out.computeIfAbsent(task.id(), id -> new java.util.ArrayList<>()).add(task);
      }
    }
    out.replaceAll((id, tasks) -> List.copyOf(tasks));
    return Collections.unmodifiableMap(out);
  }

  /** The department id of the plan that holds each KPI, goal and task, by element id. */
  @Value.Lazy
  default Map<String, String> planDepartmentOfElement() {
    Map<String, String> out = new LinkedHashMap<>();
    for (DepartmentPlan plan : plans()) {
      plan.kpis().forEach(k -> out.putIfAbsent(k.id(), plan.department()));
      plan.goals().forEach(g -> out.putIfAbsent(g.id(), plan.department()));
      plan.tasks().forEach(t -> out.putIfAbsent(t.id(), plan.department()));
    }
    return Collections.unmodifiableMap(out);
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
    Map<String, T> out = new LinkedHashMap<>();
    for (T item : items) {
      out.putIfAbsent(key.apply(item), item);
    }
    return Collections.unmodifiableMap(out);
  }

  static ImmutablePlanDocument.Builder builder() {
    return ImmutablePlanDocument.builder().format(FORMAT);
  }
}
