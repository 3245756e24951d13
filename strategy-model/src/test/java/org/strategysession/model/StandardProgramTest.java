package org.strategysession.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strategysession.model.testing.SampleDocuments;

class StandardProgramTest {
  private static final LocalDate DAY1 = LocalDate.of(2027, 3, 15);
  private static final LocalDate DAY2 = DAY1.plusDays(1);

  @Test
  void threeDepartmentsGiveTheWholeProgramOfTheTable() {
    Session session =
        StandardProgram.session(
            List.of("sales", "hr", "it"), Map.of("sales", "petrov", "it", "sokolov"), DAY1, DAY2);

    assertThat(session.days()).containsExactly(DAY1, DAY2);
    assertThat(session.venue()).isEmpty();
    assertThat(session.agenda())
        .extracting(
            i -> i.day().orElseThrow(), i -> i.start().orElseThrow(), i -> i.minutes().orElseThrow(),
            i -> i.kind().orElseThrow(), i -> i.department().orElse(null), i -> i.presenter().orElse(null))
        .containsExactly(
            tuple(1, LocalTime.of(10, 0), 30, AgendaKind.INTRO, null, null),
            tuple(1, LocalTime.of(10, 30), 60, AgendaKind.DEPARTMENT_REPORT, "sales", "petrov"),
            tuple(1, LocalTime.of(11, 30), 60, AgendaKind.DEPARTMENT_REPORT, "hr", null),
            tuple(1, LocalTime.of(12, 30), 60, AgendaKind.DEPARTMENT_REPORT, "it", "sokolov"),
            tuple(1, LocalTime.of(13, 30), 60, AgendaKind.DISCUSSION, null, null),
            tuple(1, LocalTime.of(14, 30), 120, AgendaKind.GOAL_SETTING, null, null),
            tuple(2, LocalTime.of(10, 0), 240, AgendaKind.TASK_PRESENTATION, null, null),
            tuple(2, LocalTime.of(14, 0), 60, AgendaKind.BREAK, null, null),
            tuple(2, LocalTime.of(15, 0), 240, AgendaKind.INITIATIVES, null, null));
    assertThat(session.workingMinutesByDay()).containsEntry(1, 390).containsEntry(2, 480);
  }

  @ParameterizedTest(name = "{0} departments: {1} in all, first {2}, last {3}")
  @CsvSource({
    "1, 180, 180, 180",
    "5, 180, 36, 36",
    "6, 180, 30, 30",
    "7, 210, 30, 30",
    "8, 240, 30, 30",
    "9, 240, 27, 26",
    "11, 240, 22, 21",
    "15, 240, 16, 16",
    "240, 240, 1, 1"
  })
  void reportBlockIsThirtyMinutesEachClampedTo180To240(int count, int total, int first, int last) {
    int[] minutes = StandardProgram.reportMinutes(count);

    assertThat(minutes).hasSize(count);
    assertThat(IntStream.of(minutes).sum()).isEqualTo(total);
    assertThat(minutes[0]).isEqualTo(first);
    assertThat(minutes[count - 1]).isEqualTo(last);
  }

  @Test
  void blocksAreTheTableOfFormatMdInAgendaOrder() {
    assertThat(StandardProgram.blocks())
        .containsExactly(
            new StandardBlock(1, AgendaKind.INTRO, 30, 30),
            new StandardBlock(1, AgendaKind.DEPARTMENT_REPORT, 180, 240),
            new StandardBlock(1, AgendaKind.DISCUSSION, 60, 60),
            new StandardBlock(1, AgendaKind.GOAL_SETTING, 120, 120),
            new StandardBlock(2, AgendaKind.TASK_PRESENTATION, 240, 240),
            new StandardBlock(2, AgendaKind.BREAK, 60, 60),
            new StandardBlock(2, AgendaKind.INITIATIVES, 240, 240));
    assertThatThrownBy(() -> StandardProgram.blocks().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aBlockIsADayAKindAndARangeOfMinutes() {
    assertThat(new StandardBlock(2, AgendaKind.OTHER, 1, 1).maxMinutes()).isEqualTo(1);
    assertThatThrownBy(() -> new StandardBlock(1, null, 30, 30))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new StandardBlock(0, AgendaKind.INTRO, 30, 30))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("day 0");
    assertThatThrownBy(() -> new StandardBlock(1, AgendaKind.INTRO, 0, 30))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StandardBlock(1, AgendaKind.INTRO, 31, 30))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("31–30 minutes");
  }

  @Test
  void theRemainderGoesToTheFirstReports() {
    // 240 minutes over 9 departments: 26 each and 6 minutes left for the first six.
    assertThat(StandardProgram.reportMinutes(9)).containsExactly(27, 27, 27, 27, 27, 27, 26, 26, 26);
  }

  @Test
  void aDocumentGivesItsDepartmentsInRoadmapOrderPresentedByTheirHeads() {
    PlanDocument document =
        PlanDocument.builder()
            .company("c")
            .planningYear(2027)
            .addDepartments(
                Department.of("sales", "Sales", DepartmentKind.SALES, "petrov"),
                Department.builder().id("hr").build())
            .addPlans(
                DepartmentPlan.builder().department("it").build(),
                DepartmentPlan.builder().department("sales").build())
            .build();

    List<AgendaItem> reports =
        StandardProgram.session(document, DAY1, DAY2).agenda().stream()
            .filter(i -> i.kind().orElseThrow() == AgendaKind.DEPARTMENT_REPORT)
            .collect(Collectors.toList());

    assertThat(reports)
        .extracting(i -> i.department().orElseThrow(), i -> i.presenter().orElse(null))
        .containsExactly(tuple("sales", "petrov"), tuple("hr", null), tuple("it", null));
  }

  @Test
  void theCleanSampleCarriesTheGeneratedProgram() {
    PlanDocument sample = PlanDocuments.strict().read(SampleDocuments.named(SampleDocuments.CLEAN_PLAN));
    Session session = sample.session().orElseThrow();

    assertThat(StandardProgram.session(sample, session.days().get(0), session.days().get(1)).agenda())
        .isEqualTo(session.agenda());
  }

  @Test
  void rejectsWhatCannotMakeAProgram() {
    assertThatThrownBy(() -> StandardProgram.agenda(List.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1–240 departments, not 0");
    List<String> tooMany = IntStream.range(0, 241).mapToObj(i -> "d" + i).collect(Collectors.toList());
    assertThatThrownBy(() -> StandardProgram.agenda(tooMany, Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not 241");
    assertThatThrownBy(() -> StandardProgram.agenda(List.of("a", "a"), Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("listed twice");
    assertThatThrownBy(() -> StandardProgram.agenda(List.of(" "), Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    assertThatThrownBy(() -> StandardProgram.session(List.of("a"), Map.of(), DAY2, DAY1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not after");
    assertThatThrownBy(() -> StandardProgram.session(List.of("a"), Map.of(), DAY1, DAY1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StandardProgram.agenda(null, Map.of())).isInstanceOf(NullPointerException.class);
  }
}
