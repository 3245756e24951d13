package org.strategysession.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The format's two published examples ({@code example-session.json}, {@code
 * example-progress.json}), kept as copies in {@code src/test/resources/spec}: they read, and
 * written once they read and write back byte-identical.
 */
class SpecExamplesTest {
  private static final LocalDate APRIL_20 = LocalDate.of(2027, 4, 20);

  static PlanDocument example(String name) {
    return PlanDocuments.strict().read(TestResources.path("spec/" + name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"example-session.json", "example-progress.json"})
  void reads_and_writes_back_byte_stable(String name) {
    PlanDocument read = example(name);
    String once = PlanDocuments.strict().write(read);
    PlanDocument again = PlanDocuments.strict().read(once);
    assertThat(again).isEqualTo(read);
    assertThat(PlanDocuments.strict().write(again)).isEqualTo(once);
  }

  @ParameterizedTest
  @ValueSource(strings = {"example-session.json", "example-progress.json"})
  void the_copies_are_the_published_examples_where_the_contract_is_at_hand(String name)
      throws IOException {
    Path published = Path.of("..", "..", "shared", "spec", name);
    assumeTrue(Files.isRegularFile(published), "the contract's folder is not beside the project");
    assertThat(TestResources.text("spec/" + name)).isEqualTo(Files.readString(published));
  }

  @Test
  void the_session_example_has_the_1_1_alignment_fields() {
    PlanDocument doc = example("example-session.json");
    assertThat(doc.companyGoals()).isNotEmpty();
    assertThat(doc.goalById().get("sales.g1").serves()).containsExactly("cg1");
    assertThat(doc.goalById().get("sales.g1").effectivePriority()).isEqualTo(Priority.HIGH);
    assertThat(doc.goalById().get("sales.g2").effectivePriority()).isEqualTo(Priority.NORMAL);
  }

  @Test
  void as_of_april_20_every_kpi_of_the_progress_example_is_on_track() {
    PlanDocument doc = example("example-progress.json");
    PlanningCalendar calendar = PlanningCalendar.of(doc, APRIL_20, ReviewOptions.defaults());
    Map<String, KpiHealth> health = new TreeMap<>();
    doc.kpiById().forEach((id, kpi) ->
        health.put(id, KpiHealth.asOf(kpi, calendar, ReviewOptions.defaults())));
    assertThat(health).isNotEmpty();
    assertThat(health.values()).containsOnly(KpiHealth.ON_TRACK);
    // judged on March: the latest ended month with both values (April has not ended)
    assertThat(KpiHealth.latest(doc.kpiById().get("sales.revenue"), calendar,
        ReviewOptions.defaults()).orElseThrow().month()).isEqualTo(3);
  }

  @Test
  void petrov_scores_75_percent_in_january_and_every_other_head_100() {
    PlanDocument doc = example("example-progress.json");
    ReviewOptions options = ReviewOptions.defaults();
    PlanningCalendar calendar = PlanningCalendar.of(doc, APRIL_20, options);
    assertThat(calendar.lastClosedMonth()).hasValue(3);
    int scored = 0;
    for (String head : KeyTasks.heads(doc)) {
      for (int month = 1; month <= 3; month++) {
        var score = PersonalScore.of(doc, head, month, options);
        if (score.isEmpty()) {
          continue;
        }
        scored++;
        int expected = head.equals("petrov") && month == 1 ? 75 : 100;
        assertThat(score.get().percent()).as(head + " in month " + month).isEqualTo(expected);
      }
    }
    assertThat(scored).isGreaterThan(3);
    PersonalScore january = PersonalScore.of(doc, "petrov", 1, options).orElseThrow();
    assertThat(january.keyTaskShare()).hasValue(BigDecimal.ONE);
    assertThat(january.kpiScore()).hasValue(new BigDecimal("0.5"));
  }
}
