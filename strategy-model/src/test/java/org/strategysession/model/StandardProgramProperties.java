package org.strategysession.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Laws of the generated standard program for 1..15 departments. */
class StandardProgramProperties {
  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

  @Property
  void daysStayWithinTheWorkingTimeOfThePractice(@ForAll @IntRange(min = 1, max = 15) int count) {
    Session session = StandardProgram.session(departments(count), Map.of(), MONDAY, MONDAY.plusDays(1));

    assertThat(session.workingMinutesByDay()).containsOnlyKeys(1, 2);
    assertThat(session.workingMinutesByDay().values()).allSatisfy(m -> assertThat(m).isBetween(360, 480));
  }

  @Property
  void exactlyOneReportPerDepartmentWithinTheBlock(@ForAll @IntRange(min = 1, max = 15) int count) {
    List<String> departments = departments(count);
    List<AgendaItem> reports =
        StandardProgram.agenda(departments, Map.of()).stream()
            .filter(i -> i.kind().orElseThrow() == AgendaKind.DEPARTMENT_REPORT)
            .collect(Collectors.toList());

    assertThat(reports).extracting(i -> i.department().orElseThrow())
        .containsExactlyElementsOf(departments);
    assertThat(reports).allSatisfy(i -> assertThat(i.day()).contains(1));
    int total = reports.stream().mapToInt(i -> i.minutes().orElseThrow()).sum();
    assertThat(total).isBetween(StandardProgram.MIN_REPORT_BLOCK, StandardProgram.MAX_REPORT_BLOCK);
    int shortest = reports.stream().mapToInt(i -> i.minutes().orElseThrow()).min().orElseThrow();
    int longest = reports.stream().mapToInt(i -> i.minutes().orElseThrow()).max().orElseThrow();
    assertThat(longest - shortest).isLessThanOrEqualTo(1);
  }

  @Property
  void eachDayRunsWithoutGapsOrOverlapsFromTen(@ForAll @IntRange(min = 1, max = 15) int count) {
    List<AgendaItem> agenda = StandardProgram.agenda(departments(count), Map.of());
    for (int day = 1; day <= 2; day++) {
      int d = day;
      List<AgendaItem> items =
          agenda.stream().filter(i -> i.day().orElseThrow() == d).collect(Collectors.toList());
      assertThat(items.get(0).startMinute()).contains(StandardProgram.START_HOUR * 60);
      for (int i = 1; i < items.size(); i++) {
        assertThat(items.get(i).startMinute()).isEqualTo(items.get(i - 1).endMinute());
      }
    }
  }

  @Property
  void eachBlockTakesItsStandardMinutesOnItsDay(@ForAll @IntRange(min = 1, max = 15) int count) {
    List<AgendaItem> agenda = StandardProgram.agenda(departments(count), Map.of());
    for (StandardBlock block : StandardProgram.blocks()) {
      List<AgendaItem> items =
          agenda.stream()
              .filter(i -> i.kind().orElseThrow() == block.kind())
              .collect(Collectors.toList());
      assertThat(items).isNotEmpty().allSatisfy(i -> assertThat(i.day()).contains(block.day()));
      int total = items.stream().mapToInt(i -> i.minutes().orElseThrow()).sum();
      assertThat(total).as(block.kind().name())
          .isBetween(block.minMinutes(), block.maxMinutes());
    }
    assertThat(agenda).allSatisfy(i -> assertThat(StandardProgram.blocks())
        .extracting(StandardBlock::kind).contains(i.kind().orElseThrow()));
  }

  private static List<String> departments(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> "d" + i).collect(Collectors.toList());
  }
}
