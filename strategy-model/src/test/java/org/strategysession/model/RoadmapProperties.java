package org.strategysession.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import org.strategysession.model.testing.DocumentArbitraries;

/** Laws of {@link Roadmap#of(PlanDocument)} over generated drafts. */
@Domain(DocumentArbitraries.class)
class RoadmapProperties {

  @Property(tries = 200)
  void everyMonthListsEveryDepartmentInTheSameOrder(@ForAll PlanDocument document) {
    Roadmap roadmap = Roadmap.of(document);

    Set<String> expected = new LinkedHashSet<>();
    document.departments().forEach(d -> expected.add(d.id()));
    document.plans().forEach(p -> expected.add(p.department()));
    assertThat(roadmap.months()).extracting(RoadmapMonth::month)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 12).boxed().toList());
    for (RoadmapMonth month : roadmap.months()) {
      assertThat(month.departments()).extracting(RoadmapDepartment::department)
          .containsExactlyElementsOf(expected);
    }
  }

  /**
   * A task appears in exactly the months it lists, once each, under its plan's department,
   * unless it is DROPPED; nothing else appears.
   */
  @Property(tries = 200)
  void taskAppearsExactlyInItsMonthsUnderItsDepartment(@ForAll PlanDocument document) {
    Roadmap roadmap = Roadmap.of(document);
    for (RoadmapMonth month : roadmap.months()) {
      for (RoadmapDepartment entry : month.departments()) {
        List<String> expected = new ArrayList<>();
        for (DepartmentPlan plan : document.plans()) {
          if (plan.department().equals(entry.department())) {
            plan.tasks().stream()
                .filter(t -> !t.isDropped() && t.months().contains(month.month()))
                .forEach(t -> expected.add(t.id()));
          }
        }
        assertThat(entry.tasks()).extracting(RoadmapTask::id).containsExactlyElementsOf(expected);
      }
    }
  }

  @Property(tries = 200)
  void droppedTasksNeverAppear(@ForAll PlanDocument document) {
    List<RoadmapTask> all =
        Roadmap.of(document).months().stream()
            .flatMap(m -> m.departments().stream())
            .flatMap(d -> d.tasks().stream())
            .collect(Collectors.toList());
    assertThat(all).noneMatch(t -> t.status() == TaskStatus.DROPPED);
    assertThat(all).allMatch(t -> t.approved() == (t.status() == TaskStatus.APPROVED));
  }

  @Property(tries = 200)
  void milestonesAreTheMonthlyValuesOfTheirMonth(@ForAll PlanDocument document) {
    Roadmap roadmap = Roadmap.of(document);
    for (RoadmapMonth month : roadmap.months()) {
      for (RoadmapDepartment entry : month.departments()) {
        List<BigDecimal> expected = new ArrayList<>();
        for (DepartmentPlan plan : document.plans()) {
          if (plan.department().equals(entry.department())) {
            plan.kpis().stream()
                .filter(k -> k.monthly().containsKey(month.month()))
                .forEach(k -> expected.add(k.monthly().get(month.month())));
          }
        }
        assertThat(entry.milestones()).extracting(RoadmapMilestone::value)
            .containsExactlyElementsOf(expected);
      }
    }
  }

  @Property(tries = 50)
  void roadmapIsDeterministicJson(@ForAll PlanDocument document) {
    PlanDocuments writer = PlanDocuments.strict();
    assertThat(writer.writeJson(Roadmap.of(document)))
        .isEqualTo(writer.writeJson(Roadmap.of(writer.read(writer.write(document)))));
  }
}
