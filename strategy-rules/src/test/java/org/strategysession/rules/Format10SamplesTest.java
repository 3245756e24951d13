package org.strategysession.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.PlanDocuments;
import org.strategysession.model.testing.SampleDocuments;

/**
 * Rule catalog 1.1 keeps 1.0 documents as they were: the project's 1.0 samples (every sample
 * but {@code progress-plan-ru.json}), checked without a date give exactly the findings they gave before the 1.1 rules
 * (the report of a checker with every 1.1 rule switched off), and none of a 1.1 rule.
 */
class Format10SamplesTest {
  private static final PlanChecker STANDARD = PlanChecker.standard();
  private static final PlanChecker V1_0 =
      PlanChecker.builder().disable(RuleCatalogTest.V1_1).build();

  /** The samples written in format 1.0: all but the 1.1 progress sample. */
  static Stream<Path> samples() {
    return SampleDocuments.all().stream()
        .filter(p -> !p.getFileName().toString().startsWith("progress-"));
  }

  private static PlanDocument read(Path file) {
    return PlanDocuments.strict().read(file);
  }

  private static PlanDocument sample(String name) {
    return read(SampleDocuments.named(name));
  }

  private static List<String> rules(CheckReport report) {
    return report.findings().stream().map(Finding::rule).distinct().toList();
  }

  @Test
  void the_samples_are_1_0_documents() {
    assertThat(samples()).hasSizeGreaterThanOrEqualTo(4);
    samples().map(Format10SamplesTest::read).forEach(doc -> {
      assertThat(doc.companyGoals()).as(doc.company()).isEmpty();
      for (DepartmentPlan p : doc.plans()) {
        assertThat(p.goals()).allSatisfy(g -> {
          assertThat(g.serves()).isEmpty();
          assertThat(g.priority()).isEmpty();
        });
        assertThat(p.kpis()).allSatisfy(k -> assertThat(k.actual()).isEmpty());
        assertThat(p.tasks()).allSatisfy(t -> {
          assertThat(t.isDone()).isFalse();
          assertThat(t.doneIn()).isEmpty();
        });
      }
      doc.followUp().ifPresent(f ->
          assertThat(f.keyTasks()).allSatisfy(k -> assertThat(k.done()).isEmpty()));
    });
  }

  @ParameterizedTest
  @MethodSource("samples")
  void a_1_0_sample_checked_without_a_date_gives_no_1_1_finding(Path file) {
    PlanDocument doc = read(file);
    CheckReport report = STANDARD.check(doc);
    assertThat(rules(report)).as(file.getFileName().toString())
        .doesNotContainAnyElementsOf(RuleCatalogTest.V1_1);
    assertThat(report).isEqualTo(V1_0.check(doc));
  }

  @Test
  void the_q2_revision_sample_rewrites_no_milestone_and_changes_no_actual() {
    PlanDocument earlier = sample(SampleDocuments.CLEAN_PLAN);
    PlanDocument revision = sample("clean-plan-q2-revision.json");
    CheckReport report = STANDARD.checkRevision(earlier, revision);
    assertThat(rules(report)).doesNotContain("MILESTONE_REWRITTEN", "ACTUAL_CHANGED")
        .doesNotContainAnyElementsOf(RuleCatalogTest.V1_1);
    assertThat(report).isEqualTo(V1_0.checkRevision(earlier, revision));
    // the sample does refine milestones, of months after its date only
    assertThat(revision.revision().orElseThrow().date()).isPresent();
    assertThat(revision.kpiById().get("sales.renovationOrders").monthly())
        .isNotEqualTo(earlier.kpiById().get("sales.renovationOrders").monthly());
  }

  @Test
  void negative_control_with_a_date_late_in_the_year_the_1_1_rules_do_speak() {
    PlanDocument doc = sample(SampleDocuments.CLEAN_PLAN_RU);
    assertThat(doc.followUp()).isPresent();
    CheckReport report = STANDARD.check(doc, LocalDate.of(doc.planningYear(), 12, 31));
    assertThat(rules(report)).contains("REVISION_OVERDUE", "TASK_OVERDUE");
  }
}
