package org.strategysession.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The few invariants that make a model value meaningless, and nothing more. */
class ModelChecksTest {

  private static void assertInvalid(ThrowingCallable build, String pointer, String fragment) {
    assertThatThrownBy(build)
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessageContaining(fragment)
        .extracting(e -> ((InvalidValueException) e).relativePointer())
        .isEqualTo(pointer);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 13, -1})
  void taskMonthOutsideTheYearIsMeaningless(int month) {
    assertInvalid(
        () -> Task.builder().id("t").addMonths(3, month).build(),
        "/months/1", "month " + month + " is out of range 1–12");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 12})
  void taskMonthsAtTheEdgesOfTheYearAreFine(int month) {
    assertThat(Task.builder().id("t").addMonths(month).build().months()).containsExactly(month);
  }

  @Test
  void kpiMonthlyOutsideTheYearIsMeaningless() {
    assertInvalid(
        () -> Kpi.builder().id("k").putMonthly(0, BigDecimal.ONE).build(),
        "/monthly/0", "month 0 is out of range 1–12");
    assertInvalid(
        () -> Kpi.builder().id("k").putMonthly(13, BigDecimal.ONE).build(),
        "/monthly/13", "month 13");
  }

  @Test
  void assumedMonthlyOutsideTheYearIsMeaningless() {
    assertInvalid(
        () -> SalesBasis.builder().putAssumedMonthly(13, BigDecimal.TEN).build(),
        "/assumedMonthly/13", "month 13");
  }

  @Test
  void keyTaskMonthOutsideTheYearIsMeaningless() {
    assertInvalid(() -> KeyTaskAssignment.builder().month(0).build(), "/month", "month 0");
    assertInvalid(() -> KeyTaskAssignment.builder().month(13).build(), "/month", "month 13");
  }

  @Test
  void agendaMinutesMustBeOneToTwelveHours() {
    assertInvalid(() -> AgendaItem.builder().minutes(0).build(), "/minutes", "minutes 0 is out of range 1–720");
    assertInvalid(() -> AgendaItem.builder().minutes(721).build(), "/minutes", "minutes 721");
    assertThat(AgendaItem.builder().minutes(1).build().minutes()).contains(1);
    assertThat(AgendaItem.builder().minutes(720).build().minutes()).contains(720);
  }

  @Test
  void daysAreOneBased() {
    assertInvalid(() -> AgendaItem.builder().day(0).build(), "/day", "day 0");
    assertInvalid(() -> Remark.builder().id("r").day(0).build(), "/day", "day 0");
    assertThat(Remark.builder().id("r").day(1).build().day()).contains(1);
  }

  @Test
  void quarterIsOneToFour() {
    assertInvalid(() -> Revision.builder().quarter(0).build(), "/quarter", "quarter 0");
    assertInvalid(() -> Revision.builder().quarter(5).build(), "/quarter", "quarter 5 is out of range 1–4");
    assertThat(Revision.builder().quarter(4).build().quarter()).contains(4);
  }

  @Test
  void planningYearIsWithinTheCentury() {
    assertInvalid(
        () -> PlanDocument.builder().company("c").planningYear(1999).build(),
        "/planningYear", "planningYear 1999 is out of range 2000–2100");
    assertInvalid(
        () -> PlanDocument.builder().company("c").planningYear(2101).build(),
        "/planningYear", "2101");
    assertThat(PlanDocument.builder().company("c").planningYear(2000).build().planningYear())
        .isEqualTo(2000);
  }

  @Test
  void formatIsTheOneSupported() {
    assertInvalid(
        () -> ImmutablePlanDocument.builder().format("strategy-session/2").company("c").planningYear(2027).build(),
        "/format", "the supported version is \"strategy-session/1\"");
  }

  @Test
  void blankIdsAreMeaninglessInEveryKind() {
    List<ThrowingCallable> builds =
        List.of(
            () -> Person.of(" "),
            () -> Department.builder().id("").build(),
            () -> Kpi.builder().id("\t").build(),
            () -> Goal.builder().id(" ").build(),
            () -> Task.builder().id(" ").build(),
            () -> Remark.builder().id(" ").build(),
            () -> Initiative.builder().id(" ").build());
    for (ThrowingCallable build : builds) {
      assertInvalid(build, "/id", "id must not be blank");
    }
    assertInvalid(() -> DepartmentPlan.builder().department(" ").build(), "/department", "must not be blank");
  }

  @Test
  void numbersBeyondThePlanRangeAreMeaningless() {
    assertInvalid(
        () -> Kpi.builder().id("k").target(new BigDecimal("1e19")).build(),
        "/target", "out of range");
    assertInvalid(
        () -> Kpi.builder().id("k").baseline(new BigDecimal("0.0000000000001")).build(),
        "/baseline", "out of range");
    assertThat(Kpi.builder().id("k").target(new BigDecimal("999999999999999999.999999999999")).build().target())
        .isPresent();
  }

  @Test
  void planQualityIsNeverAnException() {
    // A draft full of findings: no owner, dangling references, duplicate ids, no months.
    PlanDocument draft =
        PlanDocument.builder()
            .company("")
            .planningYear(2027)
            .addPeople(Person.of("p"), Person.of("p"))
            .addPlans(
                DepartmentPlan.builder()
                    .department("nowhere")
                    .addTasks(Task.builder().id("t").goal("missing").build())
                    .addGoals(Goal.builder().id("t").build())
                    .build())
            .build();
    assertThat(draft.plans()).hasSize(1);
  }

  @Test
  void collectionsDefaultToEmptyAndAreImmutable() {
    Task task = Task.builder().id("t").build();
    assertThat(task.months()).isEmpty();
    assertThatThrownBy(() -> task.months().add(1)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(Kpi.builder().id("k").build().monthly()).isEqualTo(Map.of());
  }
}
