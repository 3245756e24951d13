package org.strategysession.bench;

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
  void a_dropped_supported_task_is_exempt_from_SUPPORT_TOO_LATE_on_both_sides() {
    // RULES.md is silent on the supported task's status; docs/decisions.md exempts a DROPPED
    // one ("help for work that is not done cannot be late"), and so does the baseline.
    PlanDocument dropped = supported(TaskStatus.DROPPED);
    FindingKey late =
        new FindingKey("SUPPORT_TOO_LATE", "hr.t1", "hr", "/plans/1/tasks/0/supports/0");
    assertThat(BASELINE.check(dropped)).doesNotContain(late);
    assertAgree(dropped);
    // negative control: with the supported task live, both report it
    PlanDocument live = supported(TaskStatus.APPROVED);
    assertThat(BASELINE.check(live)).contains(late);
    assertAgree(live);
  }

  private static PlanDocument supported(TaskStatus status) {
    return PlanDocument.builder().company("Acme").planningYear(2027)
        .addPeople(Person.builder().id("p1").department("sales").build())
        .addDepartments(Department.of("sales", "Sales", DepartmentKind.SALES, "p1"),
            Department.of("hr", "HR", DepartmentKind.HR, "p1"))
        .addPlans(DepartmentPlan.builder().department("sales")
            .addTasks(Task.builder().id("sales.t1").months(List.of(3)).status(status)
                .addNeeds(Need.of("hr", "Two hires")).build())
            .build())
        .addPlans(DepartmentPlan.builder().department("hr")
            .addTasks(Task.builder().id("hr.t1").months(List.of(5)).addSupports("sales.t1")
                .build())
            .build())
        .build();
  }

  private static void assertAgree(PlanDocument doc) {
    assertThat(FindingKey.sorted(BASELINE.check(doc)))
        .as("baseline (actual) against the engine restricted to the six rules (expected)")
        .containsExactlyElementsOf(FindingKey.of(SIX.check(doc)));
  }
}
