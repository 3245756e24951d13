package org.strategysession.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.strategysession.model.RoadmapTask;
import org.strategysession.model.TaskStatus;

class ScheduleTest {
  private static List<int[]> ranges(Integer... months) {
    RoadmapTask task = RoadmapTask.builder().id("t").approved(false)
        .status(TaskStatus.PROPOSED).build();
    return new Schedule.TaskRow(task, new TreeSet<>(List.of(months))).ranges();
  }

  @Test
  void contiguous_months_make_one_range() {
    assertThat(ranges(2, 3, 4, 9)).containsExactly(new int[] {2, 4}, new int[] {9, 9});
    assertThat(ranges(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)).containsExactly(new int[] {1, 12});
    assertThat(ranges(3, 6, 9, 12)).hasSize(4);
    assertThat(ranges(12)).containsExactly(new int[] {12, 12});
    assertThat(ranges()).isEmpty();
  }
}
