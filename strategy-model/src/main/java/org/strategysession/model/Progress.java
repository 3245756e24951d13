package org.strategysession.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The year in action as of a date, for the monthly review ({@code FORMAT.md} and {@code
 * CLI.md}, "The year in action"): every KPI's health, the heads' scorecard by closed month, and
 * the overdue tasks. Computed by {@link #of(PlanDocument, LocalDate, ReviewOptions)} with the
 * model's one implementation of the definitions ({@link PlanningCalendar}, {@link KpiHealth},
 * {@link KeyTasks}, {@link PersonalScore}), so that it agrees with the rules.
 *
 * <p>Deterministic and independent of the order of the document's lists: KPI rows are ordered
 * by department and KPI id, scorecard rows by person and month, overdue tasks by department
 * and task id. {@link PlanDocuments#writeJson(Object)} writes it in the JSON shape of {@code
 * CLI.md} (the three lists always present, absent values left out). Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"asOf", "kpis", "scorecard", "overdue"})
@JsonSerialize(as = ImmutableProgress.class)
@JsonDeserialize(as = ImmutableProgress.class)
public interface Progress {
  /** The date the view is computed for. */
  LocalDate asOf();

  /** Every KPI of every plan, with its health as of the date. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  List<KpiProgress> kpis();

  /**
   * Each head of a department with a plan × each closed month in which the head has key tasks
   * or KPI values: the personal score.
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  List<ScorecardRow> scorecard();

  /** The tasks that are neither done nor dropped and whose last month is closed. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  List<OverdueTask> overdue();

  /**
   * The view of a document as of a date.
   *
   * @param document not null
   * @param asOf not null
   * @param options not null
   */
  static Progress of(PlanDocument document, LocalDate asOf, ReviewOptions options) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(options, "options");
    PlanningCalendar calendar = PlanningCalendar.of(document, asOf, options);
    return ImmutableProgress.builder()
        .asOf(asOf)
        .kpis(kpis(document, calendar, options))
        .scorecard(scorecard(document, calendar, options))
        .overdue(overdue(document, calendar))
        .build();
  }

  private static List<KpiProgress> kpis(PlanDocument document, PlanningCalendar calendar,
      ReviewOptions options) {
    List<KpiProgress> rows = new ArrayList<>();
    for (DepartmentPlan plan : document.plans()) {
      for (Kpi kpi : plan.kpis()) {
        ImmutableKpiProgress.Builder row = ImmutableKpiProgress.builder()
            .department(plan.department()).kpi(kpi.id()).name(kpi.name()).unit(kpi.unit())
            .target(kpi.target()).health(KpiHealth.NO_DATA);
        KpiHealth.latest(kpi, calendar, options).ifPresent(r -> row.month(r.month())
            .milestone(r.milestone()).actual(r.actual()).shortfall(r.shortfallShare())
            .health(r.health()));
        rows.add(row.build());
      }
    }
    rows.sort(Comparator.comparing(KpiProgress::department).thenComparing(KpiProgress::kpi)
        .thenComparing(Object::toString));
    return rows;
  }

  private static List<ScorecardRow> scorecard(PlanDocument document, PlanningCalendar calendar,
      ReviewOptions options) {
    OptionalInt closed = calendar.lastClosedMonth();
    if (closed.isEmpty()) {
      return List.of();
    }
    // A head's department: the first, by id, of the departments with a plan the person heads.
    Map<String, String> departmentOf = new TreeMap<>();
    for (Department d : document.departments()) {
      if (d.head().isPresent() && document.planByDepartment().containsKey(d.id())) {
        departmentOf.merge(d.head().get(), d.id(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
    }
    List<ScorecardRow> rows = new ArrayList<>();
    for (Map.Entry<String, String> head : departmentOf.entrySet()) {
      String person = head.getKey();
      Optional<String> name =
          Optional.ofNullable(document.personById().get(person)).flatMap(Person::name);
      for (int month = 1; month <= closed.getAsInt(); month++) {
        PersonalScore.of(document, person, month, options).ifPresent(s -> rows.add(
            ImmutableScorecardRow.builder().person(person).name(name)
                .department(head.getValue()).month(s.month()).keyTasks(s.keyTasks())
                .keyTasksDone(s.keyTasksDone()).kpiScore(s.kpiScore()).score(s.score()).build()));
      }
    }
    return rows;
  }

  private static List<OverdueTask> overdue(PlanDocument document, PlanningCalendar calendar) {
    List<OverdueTask> rows = new ArrayList<>();
    for (DepartmentPlan plan : document.plans()) {
      for (Task task : plan.tasks()) {
        Optional<Integer> last = task.lastMonth();
        if (!task.isDone() && !task.isDropped() && last.isPresent()
            && calendar.isClosed(last.get())) {
          rows.add(ImmutableOverdueTask.builder().task(task.id()).title(task.title())
              .department(plan.department()).owner(task.owner()).lastMonth(last.get()).build());
        }
      }
    }
    rows.sort(Comparator.comparing(OverdueTask::department).thenComparing(OverdueTask::task)
        .thenComparing(Object::toString));
    return rows;
  }

  static ImmutableProgress.Builder builder() {
    return ImmutableProgress.builder();
  }
}
