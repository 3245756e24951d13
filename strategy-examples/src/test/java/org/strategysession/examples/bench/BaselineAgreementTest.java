package org.strategysession.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.Need;
import org.strategysession.model.Person;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.Task;
import org.strategysession.model.TaskStatus;
import org.strategysession.rules.PlanChecker;

/**
 * The baseline is a fair one only if it reports exactly what the engine reports for the same
 * six rules: same rule, subject, department and path, finding for finding.
 */
class BaselineAgreementTest {
  private static final PlanChecker SIX =
      PlanChecker.builder().enableOnly(BaselineChecker.RULES).build();
  private static final BaselineChecker BASELINE = new BaselineChecker();

  @Property(tries = 60)
  void the_baseline_reports_what_the_engine_reports(@ForAll @LongRange(min = 0, max = 1_000_000)
      long seed, @ForAll @IntRange(min = 1, max = 40) int departments) {
    assertAgree(PlanGenerator.generate(seed, departments));
  }

  @Example
  void they_agree_on_a_compact_and_on_a_large_document() {
    assertAgree(PlanGenerator.ofFacts(11, 100));
    assertAgree(PlanGenerator.ofFacts(12, 20_000));
  }

  @Example
  void every_one_of_the_six_rules_fires_on_generated_documents() {
    // otherwise the agreement above would be vacuous for the rule that never fires
    Set<String> fired = new TreeSet<>();
    for (long seed = 1; seed <= 4; seed++) {
      BASELINE.check(PlanGenerator.generate(seed, 60)).forEach(k -> fired.add(k.rule()));
    }
    assertThat(fired).containsExactlyInAnyOrderElementsOf(BaselineChecker.RULES);
  }

  @Example
  void known_deviation_the_engine_exempts_a_dropped_supported_task_from_SUPPORT_TOO_LATE() {
    // RULES.md: "a task (not DROPPED) that supports another task starts later than the
    // supported task starts" -- only the supporting task is exempt when DROPPED. The engine's
    // cross-department.drl also requires the supported task not to be DROPPED. This pins the
    // difference; when the rule or RULES.md settles it, align the baseline and drop the filter.
    PlanDocument doc = PlanDocument.builder().company("Acme").planningYear(2027)
        .addPeople(Person.builder().id("p1").department("sales").build())
        .addDepartments(Department.of("sales", "Sales", DepartmentKind.SALES, "p1"),
            Department.of("hr", "HR", DepartmentKind.HR, "p1"))
        .addPlans(DepartmentPlan.builder().department("sales")
            .addTasks(Task.builder().id("sales.t1").months(List.of(3))
                .status(TaskStatus.DROPPED).addNeeds(Need.of("hr", "Two hires")).build())
            .build())
        .addPlans(DepartmentPlan.builder().department("hr")
            .addTasks(Task.builder().id("hr.t1").months(List.of(5)).addSupports("sales.t1")
                .build())
            .build())
        .build();
    FindingKey late =
        new FindingKey("SUPPORT_TOO_LATE", "hr.t1", "hr", "/plans/1/tasks/0/supports/0");
    assertThat(BASELINE.check(doc)).contains(late);
    assertThat(FindingKey.of(SIX.check(doc))).doesNotContain(late);
    assertThat(knownDeviation(doc, late)).isTrue();
    // negative control: with the supported task live, both report it
    PlanDocument live = PlanDocument.builder().from(doc).plans(List.of(
        DepartmentPlan.builder().from(doc.plans().get(0)).tasks(List.of(Task.builder()
            .from(doc.plans().get(0).tasks().get(0)).status(TaskStatus.APPROVED).build()))
            .build(), doc.plans().get(1))).build();
    assertThat(FindingKey.of(SIX.check(live))).contains(late);
    assertThat(knownDeviation(live, late)).isFalse();
  }

  private static void assertAgree(PlanDocument doc) {
    List<FindingKey> baseline = FindingKey.sorted(BASELINE.check(doc)).stream()
        .filter(k -> !knownDeviation(doc, k)).toList();
    assertThat(baseline)
        .as("baseline (actual) against the engine restricted to the six rules (expected)")
        .containsExactlyElementsOf(FindingKey.of(SIX.check(doc)));
  }

  /**
   * Whether the baseline's finding is one the engine leaves out on purpose of its DRL but
   * RULES.md does not: SUPPORT_TOO_LATE where the supported task is DROPPED.
   */
  private static boolean knownDeviation(PlanDocument doc, FindingKey k) {
    if (!k.rule().equals("SUPPORT_TOO_LATE")) {
      return false;
    }
    String[] p = k.path().split("/"); // "", plans, i, tasks, j, supports, n
    String supported = doc.plans().get(Integer.parseInt(p[2])).tasks()
        .get(Integer.parseInt(p[4])).supports().get(Integer.parseInt(p[6]));
    Task task = doc.taskById().get(supported);
    return task != null && task.isDropped();
  }
}
