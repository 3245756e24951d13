package org.strategysession.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The lookups and derived values the rules and reports rely on. */
class DerivedViewsTest {

  private static AgendaItem item(int day, String start, int minutes, AgendaKind kind) {
    return AgendaItem.builder().day(day).start(LocalTime.parse(start)).minutes(minutes).kind(kind).build();
  }

  @Test
  void workingMinutesLeaveOutBreaksAndIncompleteItems() {
    Session session =
        Session.builder()
            .addAgenda(
                item(1, "10:00", 30, AgendaKind.INTRO),
                item(1, "10:30", 60, AgendaKind.BREAK),
                item(1, "11:30", 200, AgendaKind.DEPARTMENT_REPORT),
                item(2, "10:00", 240, AgendaKind.TASK_PRESENTATION),
                AgendaItem.builder().day(2).kind(AgendaKind.OTHER).build(),
                AgendaItem.builder().minutes(50).kind(AgendaKind.OTHER).build(),
                AgendaItem.builder().day(3).minutes(15).build())
            .build();

    assertThat(session.workingMinutesByDay()).containsExactly(
        java.util.Map.entry(1, 230), java.util.Map.entry(2, 240), java.util.Map.entry(3, 15));
  }

  @Test
  void aSessionWithoutAgendaHasNoWorkingDays() {
    assertThat(Session.builder().build().workingMinutesByDay()).isEmpty();
    assertThat(Session.builder().build().firstDay()).isEmpty();
  }

  @Test
  void agendaItemKnowsItsMinutesOfTheDay() {
    AgendaItem item = item(1, "13:05", 55, AgendaKind.DISCUSSION);
    assertThat(item.startMinute()).contains(13 * 60 + 5);
    assertThat(item.endMinute()).contains(14 * 60);
    assertThat(AgendaItem.builder().minutes(5).build().endMinute()).isEmpty();
  }

  @Test
  void firstMonthIsTheEarliestWhateverTheOrder() {
    assertThat(Task.builder().id("t").addMonths(9, 3, 12, 3).build().firstMonth()).contains(3);
    assertThat(Task.builder().id("t").build().firstMonth()).isEmpty();
  }

  @Test
  void statusesAndDirectionDefaultAsTheFormatSays() {
    assertThat(Task.builder().id("t").build().effectiveStatus()).isEqualTo(TaskStatus.PROPOSED);
    assertThat(Task.builder().id("t").status(TaskStatus.DROPPED).build().isDropped()).isTrue();
    assertThat(Kpi.builder().id("k").build().effectiveDirection()).isEqualTo(Direction.INCREASE);
    assertThat(Initiative.builder().id("i").build().effectiveStatus()).isEqualTo(InitiativeStatus.PROPOSED);
  }

  @Test
  void salesDependentKindsAreTheFiveOfTheFormat() {
    assertThat(DepartmentKind.values())
        .filteredOn(DepartmentKind::salesDependent)
        .containsExactlyInAnyOrder(
            DepartmentKind.MARKETING, DepartmentKind.PRODUCTION, DepartmentKind.PROCUREMENT,
            DepartmentKind.LOGISTICS, DepartmentKind.FINANCE);
    assertThat(Department.builder().id("d").build().salesDependent()).isFalse();
  }

  @Test
  void lookupsTakeTheFirstElementWhereIdsRepeat() {
    DepartmentPlan first = DepartmentPlan.builder().department("sales")
        .addKpis(Kpi.builder().id("k").name("first").build())
        .addGoals(Goal.builder().id("g").build())
        .addTasks(Task.builder().id("t").title("first").build())
        .build();
    DepartmentPlan second = DepartmentPlan.builder().department("sales")
        .addKpis(Kpi.builder().id("k").name("second").build())
        .addTasks(Task.builder().id("t").title("second").build())
        .build();
    DepartmentPlan hr = DepartmentPlan.builder().department("hr")
        .addTasks(Task.builder().id("hr.t").build())
        .build();
    PlanDocument document =
        PlanDocument.builder()
            .company("c")
            .planningYear(2027)
            .addPeople(Person.builder().id("p").name("Anna").build(), Person.builder().id("p").name("Other").build())
            .addDepartments(Department.of("sales", "Sales", DepartmentKind.SALES, "p"))
            .addPlans(first, second, hr)
            .build();

    assertThat(document.planByDepartment()).containsOnlyKeys("sales", "hr");
    assertThat(document.planByDepartment().get("sales")).isSameAs(first);
    assertThat(document.personById().get("p").name()).contains("Anna");
    assertThat(document.kpiById().get("k").name()).contains("first");
    assertThat(document.taskById().get("t").title()).contains("first");
    assertThat(document.goalById()).containsOnlyKeys("g");
    assertThat(document.departmentById()).containsOnlyKeys("sales");
    assertThat(document.planDepartmentOfElement())
        .containsEntry("t", "sales").containsEntry("hr.t", "hr").containsEntry("k", "sales");
  }

  @Test
  void lookupsAreComputedOnce() {
    PlanDocument document = PlanDocument.builder().company("c").planningYear(2027).build();
    assertThat(document.planByDepartment()).isSameAs(document.planByDepartment());
  }
}
