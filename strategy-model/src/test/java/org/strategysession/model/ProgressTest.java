package org.strategysession.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The monthly review's view of the published progress example and of small documents. */
class ProgressTest {
  private static final LocalDate APRIL_20 = LocalDate.of(2027, 4, 20);

  @Test
  void the_progress_example_as_of_april_20() {
    PlanDocument doc = SpecExamplesTest.example("example-progress.json");
    Progress view = Progress.of(doc, APRIL_20, ReviewOptions.defaults());
    assertThat(view.asOf()).isEqualTo(APRIL_20);
    assertThat(view.kpis()).hasSize(doc.kpiById().size());
    assertThat(view.kpis()).extracting(KpiProgress::health).containsOnly(KpiHealth.ON_TRACK);
    assertThat(view.kpis()).extracting(KpiProgress::month).containsOnly(java.util.Optional.of(3));
    assertThat(view.scorecard()).isNotEmpty();
    for (ScorecardRow row : view.scorecard()) {
      int expected = row.person().equals("petrov") && row.month() == 1 ? 75 : 100;
      assertThat(row.percent()).as(row.person() + " " + row.month()).isEqualTo(expected);
      assertThat(row.month()).isBetween(1, 3);
    }
    assertThat(view.scorecard()).anyMatch(r -> r.person().equals("petrov") && r.month() == 1);
    assertThat(view.overdue()).isEmpty();
    // ordered by department then KPI, by person then month
    assertThat(view.kpis()).isSortedAccordingTo(
        java.util.Comparator.comparing(KpiProgress::department).thenComparing(KpiProgress::kpi));
    assertThat(view.scorecard()).isSortedAccordingTo(
        java.util.Comparator.comparing(ScorecardRow::person).thenComparing(ScorecardRow::month));
  }

  @Test
  void the_json_is_the_shape_of_the_cli_contract() {
    PlanDocument doc = SpecExamplesTest.example("example-progress.json");
    String json = PlanDocuments.strict().writeJson(Progress.of(doc, APRIL_20,
        ReviewOptions.defaults()));
    assertThat(json).startsWith("{\n  \"asOf\": \"2027-04-20\",\n  \"kpis\": [");
    assertThat(json).contains("\"scorecard\": [").contains("\"overdue\": [ ]")
        .contains("\"health\": \"ON_TRACK\"").contains("\"keyTasksDone\": ")
        .doesNotContain("percent");
  }

  @Test
  void early_in_the_year_nothing_is_closed_and_every_kpi_has_no_data() {
    PlanDocument doc = SpecExamplesTest.example("example-progress.json");
    Progress view = Progress.of(doc, LocalDate.of(2027, 1, 15), ReviewOptions.defaults());
    assertThat(view.scorecard()).isEmpty();
    assertThat(view.overdue()).isEmpty();
    assertThat(view.kpis()).extracting(KpiProgress::health).containsOnly(KpiHealth.NO_DATA);
    assertThat(view.kpis()).allMatch(k -> k.month().isEmpty() && k.actual().isEmpty());
  }

  @Test
  void a_task_past_its_last_closed_month_is_overdue_unless_done_or_dropped() {
    PlanDocument doc = PlanDocument.builder().company("C").planningYear(2027)
        .addDepartment(Department.builder().id("sales").build())
        .addPlan(DepartmentPlan.builder().department("sales")
            .addTask(Task.builder().id("t1").title("Late").owner("p").addMonths(1, 2).build())
            .addTask(Task.builder().id("t2").addMonths(2).status(TaskStatus.DONE).build())
            .addTask(Task.builder().id("t3").addMonths(2).status(TaskStatus.DROPPED).build())
            .addTask(Task.builder().id("t4").addMonths(3).build())
            .build())
        .build();
    Progress view = Progress.of(doc, LocalDate.of(2027, 3, 10), ReviewOptions.defaults());
    assertThat(view.overdue()).extracting(OverdueTask::task).containsExactly("t1");
    OverdueTask t1 = view.overdue().get(0);
    assertThat(t1.lastMonth()).isEqualTo(2);
    assertThat(t1.owner()).hasValue("p");
    assertThat(t1.department()).isEqualTo("sales");
    // on 9 March February is not closed yet
    assertThat(Progress.of(doc, LocalDate.of(2027, 3, 9), ReviewOptions.defaults()).overdue())
        .isEmpty();
  }
}
