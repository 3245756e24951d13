package org.strategysession.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link Roadmap#of} on {@code golden/small-plan.json}, checked by hand, and its JSON form. */
class RoadmapTest {
  private final PlanDocument document = PlanDocuments.strict().read(TestResources.path("golden/small-plan.json"));
  private final Roadmap roadmap = Roadmap.of(document);

  private RoadmapDepartment entry(int month, String department) {
    return roadmap.month(month).orElseThrow().department(department).orElseThrow();
  }

  @Test
  void declaredDepartmentsComeFirstThenUndeclaredPlanDepartments() {
    assertThat(roadmap.months()).hasSize(12);
    assertThat(roadmap.month(7).orElseThrow().departments())
        .extracting(RoadmapDepartment::department, d -> d.name().orElse(null))
        .containsExactly(tuple("sales", "Sales"), tuple("workshop", null), tuple("design", null));
    assertThat(roadmap.month(13)).isEmpty();
  }

  @Test
  void tasksAppearInTheirMonthsWithOwnerAndStatusButNotWhenDropped() {
    assertThat(entry(1, "sales").tasks())
        .extracting(RoadmapTask::id, t -> t.ownerName().orElse(null), RoadmapTask::approved, RoadmapTask::status)
        .containsExactly(tuple("s.t1", "Anna Berg", true, TaskStatus.APPROVED));
    // s.t2 is DROPPED in month 2.
    assertThat(entry(2, "sales").tasks()).extracting(RoadmapTask::id).containsExactly("s.t1");
    assertThat(entry(2, "workshop").tasks()).extracting(RoadmapTask::id).containsExactly("w.t1");
    assertThat(entry(1, "design").tasks()).extracting(RoadmapTask::id).containsExactly("d.t1");
  }

  @Test
  void aMonthListedTwiceGivesOneEntry() {
    assertThat(entry(3, "sales").tasks()).extracting(RoadmapTask::id).containsExactly("s.t3");
  }

  @Test
  void unknownOrNamelessOwnersLeaveTheNameAbsent() {
    assertThat(entry(2, "workshop").tasks().get(0).owner()).contains("ghost");
    assertThat(entry(2, "workshop").tasks().get(0).ownerName()).isEmpty();
    assertThat(entry(3, "sales").tasks().get(0).ownerName()).isEmpty(); // tom has no name
  }

  @Test
  void milestonesAreTheMonthlyValuesAsWritten() {
    assertThat(entry(1, "sales").milestones())
        .extracting(RoadmapMilestone::kpi, m -> m.name().orElse(null), m -> m.unit().orElse(null), RoadmapMilestone::value)
        .containsExactly(tuple("s.k1", "Orders", "orders", new BigDecimal("10")));
    assertThat(entry(12, "sales").milestones())
        .extracting(RoadmapMilestone::kpi, RoadmapMilestone::value)
        .containsExactly(tuple("s.k1", new BigDecimal("120.0")), tuple("s.k2", new BigDecimal("3")));
    assertThat(entry(6, "sales").milestones()).isEmpty();
  }

  @Test
  void initiativesCarryTheirEffectiveStatus() {
    assertThat(roadmap.initiatives())
        .extracting(RoadmapInitiative::id, RoadmapInitiative::status, i -> i.ownerName().orElse(null), i -> i.decidedOn().orElse(null))
        .containsExactly(
            tuple("i1", InitiativeStatus.PROPOSED, "Anna Berg", null),
            tuple("i2", InitiativeStatus.ACCEPTED, null, LocalDate.of(2028, 1, 20)));
  }

  @Test
  void writesTheGoldenJson() {
    assertThat(PlanDocuments.strict().writeJson(roadmap))
        .isEqualTo(TestResources.text("golden/small-plan.roadmap.json"));
  }

  @Test
  void anEmptyDocumentGivesTwelveEmptyMonths() {
    Roadmap empty = Roadmap.of(PlanDocument.builder().company("c").planningYear(2027).build());
    assertThat(empty.months()).hasSize(12).allSatisfy(m -> assertThat(m.departments()).isEmpty());
    assertThat(empty.initiatives()).isEmpty();
  }
}
