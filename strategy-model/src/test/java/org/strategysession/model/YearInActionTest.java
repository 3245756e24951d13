package org.strategysession.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The definitions of "the year in action" at their boundaries. */
class YearInActionTest {
  private static final ReviewOptions DEFAULTS = ReviewOptions.defaults();

  private static BigDecimal n(String value) {
    return new BigDecimal(value);
  }

  private static PlanningCalendar on(String date) {
    return PlanningCalendar.of(2027, LocalDate.parse(date), 10);
  }

  @Nested
  class Calendar {
    @Test
    void march_is_closed_from_the_tenth_of_april_on() {
      assertThat(on("2027-04-09").isClosed(3)).isFalse();
      assertThat(on("2027-04-10").isClosed(3)).isTrue();
      assertThat(on("2027-04-10").isClosed(4)).isFalse();
      assertThat(on("2027-04-10").lastClosedMonth()).hasValue(3);
    }

    @Test
    void a_month_has_ended_only_after_its_last_day() {
      assertThat(on("2027-03-31").hasEnded(3)).isFalse();
      assertThat(on("2027-04-01").hasEnded(3)).isTrue();
      assertThat(on("2027-04-01").lastEndedMonth()).hasValue(3);
      // February of a leap year has 29 days
      assertThat(PlanningCalendar.of(2028, LocalDate.parse("2028-02-29"), 10).hasEnded(2))
          .isFalse();
      assertThat(PlanningCalendar.of(2028, LocalDate.parse("2028-03-01"), 10).hasEnded(2))
          .isTrue();
    }

    @Test
    void without_grace_days_a_month_closes_the_day_after_its_last_day_never_on_it() {
      PlanningCalendar lastDay = PlanningCalendar.of(2027, LocalDate.parse("2027-03-31"), 0);
      PlanningCalendar nextDay = PlanningCalendar.of(2027, LocalDate.parse("2027-04-01"), 0);
      assertThat(lastDay.isClosed(3)).isFalse();
      assertThat(nextDay.isClosed(3)).isTrue();
    }

    @Test
    void dates_outside_the_planning_year() {
      assertThat(on("2026-12-31").lastEndedMonth()).isEmpty();
      assertThat(on("2026-12-31").lastClosedMonth()).isEmpty();
      assertThat(on("2028-01-01").lastEndedMonth()).hasValue(12);
      assertThat(on("2028-01-01").isClosed(12)).isFalse(); // 31 Dec + 10 days
      assertThat(on("2028-01-10").isClosed(12)).isTrue();
    }

    @Test
    void past_a_number_of_days() {
      assertThat(on("2027-04-29").isPast(3, 30)).isFalse();
      assertThat(on("2027-04-30").isPast(3, 30)).isTrue();
      assertThatThrownBy(() -> on("2027-04-30").lastDay(13))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Health {
    private KpiHealth health(Direction direction, String milestone, String actual) {
      return KpiHealth.of(KpiHealth.shortfall(direction, n(milestone), n(actual)), n(milestone),
          DEFAULTS);
    }

    @Test
    void exactly_five_percent_short_is_on_track_and_a_little_more_is_behind() {
      assertThat(health(Direction.INCREASE, "100", "95")).isEqualTo(KpiHealth.ON_TRACK);
      assertThat(health(Direction.INCREASE, "100", "94.99")).isEqualTo(KpiHealth.BEHIND);
    }

    @Test
    void exactly_fifteen_percent_short_is_behind_and_a_little_more_is_at_risk() {
      assertThat(health(Direction.INCREASE, "100", "85")).isEqualTo(KpiHealth.BEHIND);
      assertThat(health(Direction.INCREASE, "100", "84.99")).isEqualTo(KpiHealth.AT_RISK);
    }

    @Test
    void ahead_of_the_milestone_is_on_track() {
      assertThat(health(Direction.INCREASE, "100", "140")).isEqualTo(KpiHealth.ON_TRACK);
      assertThat(health(Direction.DECREASE, "30", "10")).isEqualTo(KpiHealth.ON_TRACK);
    }

    @Test
    void decrease_counts_a_higher_actual_as_shortfall() {
      assertThat(KpiHealth.shortfall(Direction.DECREASE, n("20"), n("23"))).isEqualByComparingTo("3");
      assertThat(health(Direction.DECREASE, "20", "21")).isEqualTo(KpiHealth.ON_TRACK);
      assertThat(health(Direction.DECREASE, "20", "22")).isEqualTo(KpiHealth.BEHIND);
      assertThat(health(Direction.DECREASE, "20", "23.01")).isEqualTo(KpiHealth.AT_RISK);
    }

    @Test
    void maintain_judges_over_and_under_alike() {
      assertThat(health(Direction.MAINTAIN, "50", "52.5")).isEqualTo(KpiHealth.ON_TRACK);
      assertThat(health(Direction.MAINTAIN, "50", "47.5")).isEqualTo(KpiHealth.ON_TRACK);
      assertThat(health(Direction.MAINTAIN, "50", "55")).isEqualTo(KpiHealth.BEHIND);
      assertThat(health(Direction.MAINTAIN, "50", "45")).isEqualTo(KpiHealth.BEHIND);
      assertThat(health(Direction.MAINTAIN, "50", "60")).isEqualTo(KpiHealth.AT_RISK);
      assertThat(health(Direction.MAINTAIN, "50", "40")).isEqualTo(KpiHealth.AT_RISK);
    }

    @Test
    void a_zero_milestone_allows_no_shortfall() {
      assertThat(health(Direction.INCREASE, "0", "0")).isEqualTo(KpiHealth.ON_TRACK);
      assertThat(health(Direction.INCREASE, "0", "1")).isEqualTo(KpiHealth.ON_TRACK);
      assertThat(health(Direction.INCREASE, "0", "-0.01")).isEqualTo(KpiHealth.AT_RISK);
      assertThat(health(Direction.DECREASE, "0", "0.01")).isEqualTo(KpiHealth.AT_RISK);
    }

    @Test
    void a_negative_milestone_is_measured_by_its_magnitude() {
      // a loss of 100 planned; a loss of 104 is 4 % short of it
      assertThat(health(Direction.INCREASE, "-100", "-104")).isEqualTo(KpiHealth.ON_TRACK);
      assertThat(health(Direction.INCREASE, "-100", "-110")).isEqualTo(KpiHealth.BEHIND);
    }

    @Test
    void the_reading_gives_the_shortfall_as_a_share_of_the_milestone() {
      Kpi kpi = Kpi.builder().id("k").putMonthly(1, n("80")).putActual(1, n("70")).build();
      KpiReading r = KpiHealth.inMonth(kpi, 1, DEFAULTS).orElseThrow();
      assertThat(r.shortfallShare()).hasValue(n("0.125"));
      assertThat(r.health()).isEqualTo(KpiHealth.BEHIND);
      Kpi zero = Kpi.builder().id("z").putMonthly(1, n("0")).putActual(1, n("0")).build();
      assertThat(KpiHealth.inMonth(zero, 1, DEFAULTS).orElseThrow().shortfallShare()).isEmpty();
    }

    @Test
    void judged_on_the_latest_ended_month_with_both_values() {
      Kpi kpi = Kpi.builder().id("k")
          .putMonthly(1, n("10")).putMonthly(2, n("20")).putMonthly(3, n("30"))
          .putActual(1, n("10")).putActual(2, n("10")).putActual(4, n("99"))
          .build();
      // April's actual is ignored (April has not ended), March has no actual: February counts
      Optional<KpiReading> r = KpiHealth.latest(kpi, on("2027-04-20"), DEFAULTS);
      assertThat(r).map(KpiReading::month).hasValue(2);
      assertThat(KpiHealth.asOf(kpi, on("2027-04-20"), DEFAULTS)).isEqualTo(KpiHealth.AT_RISK);
      // on the last day of February only January has ended
      assertThat(KpiHealth.latest(kpi, on("2027-02-28"), DEFAULTS)).map(KpiReading::month)
          .hasValue(1);
      assertThat(KpiHealth.asOf(kpi, on("2027-01-31"), DEFAULTS)).isEqualTo(KpiHealth.NO_DATA);
    }
  }

  @Nested
  class KeyTasksAndScores {
    private PlanDocument document(Task... tasks) {
      return PlanDocument.builder().company("C").planningYear(2027)
          .addPeople(Person.builder().id("head").build())
          .addDepartment(Department.builder().id("sales").head("head").build())
          .addPlan(DepartmentPlan.builder().department("sales")
              .addKpi(Kpi.builder().id("k1").putMonthly(1, n("100")).putActual(1, n("100"))
                  .putMonthly(2, n("100")).putActual(2, n("90")).build())
              .addKpi(Kpi.builder().id("k2").putMonthly(1, n("100")).putActual(1, n("80"))
                  .build())
              .addTasks(tasks)
              .build())
          .followUp(FollowUp.builder()
              .addKeyTask(KeyTaskAssignment.builder().person("head").month(1)
                  .addTasks("t1", "t2", "t3", "ghost").addDone("t1").build())
              .addKeyTask(KeyTaskAssignment.builder().person("head").month(3)
                  .addTask("t1").build())
              .build())
          .build();
    }

    @Test
    void a_key_task_is_done_when_its_entry_lists_it_or_the_task_was_done_by_that_month() {
      PlanDocument doc = document(Task.builder().id("t1").build(),
          Task.builder().id("t2").status(TaskStatus.DONE).doneIn(1).build(),
          Task.builder().id("t3").status(TaskStatus.DONE).doneIn(2).build(),
          Task.builder().id("t4").status(TaskStatus.DONE).build());
      assertThat(KeyTasks.isDone(doc, "head", 1, "t1")).isTrue(); // listed in done
      assertThat(KeyTasks.isDone(doc, "head", 1, "t2")).isTrue(); // DONE in January
      assertThat(KeyTasks.isDone(doc, "head", 1, "t3")).isFalse(); // DONE only in February
      assertThat(KeyTasks.isDone(doc, "head", 3, "t3")).isTrue();
      assertThat(KeyTasks.isDone(doc, "head", 1, "t4")).isTrue(); // DONE, month not known
      assertThat(KeyTasks.isDone(doc, "head", 3, "t1")).isFalse(); // done in January's entry only
      assertThat(KeyTasks.of(doc, "head", 1, true)).containsExactly("t1", "t2", "t3");
      assertThat(KeyTasks.of(doc, "head", 1, false)).contains("ghost");
      assertThat(KeyTasks.heads(doc)).containsExactly("head");
    }

    @Test
    void the_review_of_a_document_answers_as_isDone_for_every_person_month_and_task() {
      PlanDocument doc = document(Task.builder().id("t1").build(),
          Task.builder().id("t2").status(TaskStatus.DONE).doneIn(1).build(),
          Task.builder().id("t3").status(TaskStatus.DONE).doneIn(2).build(),
          Task.builder().id("t4").status(TaskStatus.DONE).build());
      KeyTasks.Review review = KeyTasks.review(doc);
      int done = 0;
      for (String person : List.of("head", "nobody")) {
        for (int month = 1; month <= 12; month++) {
          for (String task : List.of("t1", "t2", "t3", "t4", "ghost")) {
            boolean expected = KeyTasks.isDone(doc, person, month, task);
            assertThat(review.isDone(person, month, task)).as("%s %d %s", person, month, task)
                .isEqualTo(expected);
            done += expected ? 1 : 0;
          }
        }
      }
      // negative control: the comparison is not vacuous, some are done and some are not
      assertThat(done).isBetween(1, 2 * 12 * 5 - 1);
      assertThat(review.isDone("head", 1, "t1")).isTrue();
      assertThat(review.isDone("head", 3, "t1")).isFalse();
    }

    @Test
    void both_parts_weigh_half_by_default() {
      PlanDocument doc = document(Task.builder().id("t1").build(),
          Task.builder().id("t2").status(TaskStatus.DONE).doneIn(1).build(),
          Task.builder().id("t3").build());
      PersonalScore s = PersonalScore.of(doc, "head", 1, DEFAULTS).orElseThrow();
      assertThat(s.keyTasks()).isEqualTo(3); // "ghost" names no task: not counted
      assertThat(s.keyTasksDone()).isEqualTo(2);
      // k1 on track (1), k2 20 % short: at risk (0) → 0.5
      assertThat(s.kpiScore()).hasValue(n("0.5"));
      // 0.5 × 2/3 + 0.5 × 0.5 = 0.58333…
      assertThat(s.percent()).isEqualTo(58);
      ReviewOptions keyTasksOnly = ReviewOptions.builder().keyTaskWeight(1).build();
      assertThat(PersonalScore.of(doc, "head", 1, keyTasksOnly).orElseThrow().percent())
          .isEqualTo(67);
    }

    @Test
    void only_kpis_only_key_tasks_or_neither() {
      PlanDocument doc = document(Task.builder().id("t1").build());
      // February: no key tasks, k1 is 10 % short (behind): the KPI part alone
      PersonalScore february = PersonalScore.of(doc, "head", 2, DEFAULTS).orElseThrow();
      assertThat(february.keyTasks()).isZero();
      assertThat(february.keyTaskShare()).isEmpty();
      assertThat(february.score()).isEqualByComparingTo("0.5");
      // March: one key task, not done, no KPI value: the key-task part alone
      PersonalScore march = PersonalScore.of(doc, "head", 3, DEFAULTS).orElseThrow();
      assertThat(march.kpiScore()).isEmpty();
      assertThat(march.percent()).isZero();
      // April: nothing to count
      assertThat(PersonalScore.of(doc, "head", 4, DEFAULTS)).isEmpty();
      assertThat(PersonalScore.of(doc, "nobody", 1, DEFAULTS)).isEmpty();
    }

    @Test
    void percentages_round_half_up() {
      assertThat(new PersonalScore("p", 1, 0, 0, Optional.empty(), n("0.745")).percent())
          .isEqualTo(75);
      assertThat(new PersonalScore("p", 1, 0, 0, Optional.empty(), n("0.7449")).percent())
          .isEqualTo(74);
      assertThat(new PersonalScore("p", 1, 0, 0, Optional.empty(), n("0.005")).percent())
          .isEqualTo(1);
    }
  }

  @Test
  void options_out_of_range_are_refused() {
    assertThatThrownBy(() -> ReviewOptions.builder().reviewGraceDays(-1).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReviewOptions.builder().behindTolerance(0.2).build())
        .hasMessageContaining("0 ≤ behind ≤ at risk");
    assertThatThrownBy(() -> ReviewOptions.builder().keyTaskWeight(1.5).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ReviewOptions.builder().keyTaskWeight(0).build().keyTaskWeight()).isZero();
  }
}
