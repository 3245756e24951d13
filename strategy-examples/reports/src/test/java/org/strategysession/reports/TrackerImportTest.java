package org.strategysession.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.strategysession.model.FollowUp;
import org.strategysession.model.Language;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.PlanDocuments;
import org.strategysession.model.Task;
import org.strategysession.model.TaskStatus;

/**
 * Applying a tracker's export to a plan: which row belongs to which task, when a task becomes
 * {@code DONE} and with which {@code doneIn}, which keys join {@code trackerRefs}, and that
 * nothing else in the document changes.
 */
class TrackerImportTest {
  /** Every task but production.t4 has a key OZH-1xx; sales.t3, sales.t4, production.t3,
   *  logistics.t3, hr.t2 and hr.t3 are not done; sales.t1 is DONE in March. */
  private static final PlanDocument RU = Samples.read(Samples.PROGRESS_RU);
  /** No follow-up at all: no task has a key. */
  private static final PlanDocument CLEAN = Samples.read(Samples.CLEAN);
  private static final List<String> DEFAULTS = TrackerImport.DEFAULT_DONE_STATUSES;

  @Test
  void a_jira_export_marks_done_by_key_with_the_month_of_its_resolution() {
    TrackerImport result = apply(RU, """
        Issue key,Issue id,Summary,Status,Resolved
        OZH-132,10132,"Запуск школы пекарей",Done,16/Apr/27 5:12 PM
        OZH-103,10103,Еженедельный отчёт,In Progress,
        OZH-101,10101,Переговоры,Done,01/May/27 9:00 AM
        OZH-999,10999,Чужая задача,Done,02/Apr/27 9:00 AM
        """);
    assertThat(result.markedDone()).containsExactly(
        new TrackerImport.Done("hr.t2", Optional.of(4), List.of("OZH-132")));
    assertThat(task(result, "hr.t2").status()).contains(TaskStatus.DONE);
    assertThat(task(result, "hr.t2").doneIn()).contains(4);
    // an open issue changes nothing; a task already DONE keeps its month
    assertThat(task(result, "sales.t3")).isEqualTo(task(RU, "sales.t3"));
    assertThat(task(result, "sales.t1")).isEqualTo(task(RU, "sales.t1"));
    assertThat(task(result, "sales.t1").doneIn()).contains(3);
    assertThat(result.keysAdded()).isEmpty();
    assertThat(result.unmatchedKeys()).containsExactly("OZH-999");
    assertThat(result.summary()).isEqualTo("""
        4 rows read: 1 task marked done, 0 keys added, 1 key matches no task
          done: hr.t2 in month 4 [OZH-132]
          no task: OZH-999
        """);
    assertOnlyTasksChanged(RU, result.document(), List.of("hr.t2"));
  }

  @Test
  void youtrack_statuses_count_only_when_named_as_done() {
    String export = """
        Issue Id,Summary,State,Resolved
        ozh-133,Реферальная программа,Fixed,2027-03-28 17:12
        OZH-123,Пересмотр тарифов,Open,
        """;
    TrackerImport defaults = apply(RU, export);
    assertThat(defaults.markedDone()).isEmpty();
    assertThat(defaults.changed()).isFalse();
    assertThat(defaults.document()).isSameAs(RU);

    TrackerImport fixed = TrackerImport.apply(RU, TrackerExport.read(export),
        List.of(" fixed ", "Verified"));
    // keys are compared ignoring case
    assertThat(fixed.markedDone()).containsExactly(
        new TrackerImport.Done("hr.t3", Optional.of(3), List.of("ozh-133")));
  }

  @Test
  void done_statuses_are_compared_ignoring_case_in_russian_too() {
    TrackerImport result = apply(RU, """
        Issue key;Status;Resolved
        OZH-132;ГОТОВО;28.03.2027
        OZH-133;закрыта;01.04.2027 10:15
        OZH-123;решена;2027-02-14
        OZH-113;Отложена;
        """);
    assertThat(result.markedDone()).extracting(TrackerImport.Done::task, TrackerImport.Done::doneIn)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("hr.t2", Optional.of(3)),
            org.assertj.core.groups.Tuple.tuple("hr.t3", Optional.of(4)),
            org.assertj.core.groups.Tuple.tuple("logistics.t3", Optional.of(2)));
    assertThat(task(result, "production.t3")).isEqualTo(task(RU, "production.t3"));
  }

  @Test
  void a_redmine_export_finds_tasks_by_task_id_and_adds_their_keys() {
    TrackerImport result = apply(CLEAN, """
        #,Tracker,Status,Subject,Closed,Task id
        501,Feature,Closed,Showroom kit,28.03.2027,sales.t1
        502,Feature,New,Loyalty programme,,sales.t2
        503,Feature,Resolved,Brochure,2027-02-10,marketing.t1
        504,Feature,Closed,Not in the plan,2027-02-10,sales.t99
        """);
    assertThat(result.markedDone()).containsExactly(
        new TrackerImport.Done("sales.t1", Optional.of(3), List.of("501")),
        new TrackerImport.Done("marketing.t1", Optional.of(2), List.of("503")));
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put("sales.t1", "501");
    keys.put("sales.t2", "502");
    keys.put("marketing.t1", "503");
    assertThat(result.keysAdded()).isEqualTo(keys);
    // the document had no follow-up: it has one now, with the keys and nothing else
    FollowUp followUp = result.document().followUp().orElseThrow();
    assertThat(followUp.trackerRefs()).isEqualTo(keys);
    assertThat(followUp.keyTasks()).isEmpty();
    assertThat(result.unmatchedKeys()).containsExactly("504");
    assertThat(result.notes()).containsExactly(
        "line 5: the Task id of 504, sales.t99, names no task of the plan");
    assertOnlyTasksChanged(CLEAN, result.document(), List.of("sales.t1", "marketing.t1"));
  }

  @Test
  void the_roadmaps_csv_imported_by_a_tracker_comes_back_with_keys_and_statuses() {
    // A tracker imported the roadmap's CSV, one issue per row, and exports it with its keys.
    List<List<String>> roadmap = rows(RoadmapReports.csv(CLEAN, Language.EN));
    StringBuilder export = new StringBuilder("Issue key,Summary,Status,Resolved,Task id\n");
    List<String> done = List.of("marketing.t1", "procurement.t1", "hr.t2", "management.t1");
    int n = 0;
    for (List<String> row : roadmap.subList(1, roadmap.size())) {
      String task = row.get(10);
      n++;
      // management.t1 has four issues (one per quarter): only the first is resolved
      boolean resolved = done.contains(task) && !(task.equals("management.t1") && n > 1);
      export.append("TG-").append(n).append(",\"").append(row.get(0)).append("\",")
          .append(resolved ? "Done" : "To Do").append(',')
          .append(resolved ? "2027-02-2" + (n % 8) : "").append(',').append(task).append('\n');
    }
    TrackerImport result = apply(CLEAN, export.toString());
    assertThat(result.markedDone()).extracting(TrackerImport.Done::task)
        .containsExactly("marketing.t1", "procurement.t1", "hr.t2");
    assertThat(result.markedDone()).allMatch(d -> d.doneIn().equals(Optional.of(2)));
    // every task of the roadmap got the key of its first issue
    assertThat(result.keysAdded().keySet()).containsExactlyInAnyOrderElementsOf(
        roadmap.subList(1, roadmap.size()).stream().map(r -> r.get(10)).distinct().toList());
    String quarterly = result.keysAdded().get("management.t1");
    assertThat(result.notes()).contains(
        "line 3: management.t1 has the key " + quarterly + " already; TG-2 is not added");
    assertThat(result.notes()).anyMatch(note -> note.endsWith(
        ": management.t1 is done in 1 of its 4 rows; it is not marked done"));
    assertThat(task(result, "management.t1").status()).isEqualTo(task(CLEAN, "management.t1")
        .status());
  }

  @Test
  void a_task_in_several_rows_is_done_when_all_are_with_the_latest_month() {
    TrackerImport result = apply(CLEAN, """
        Key,Status,Resolved,Task id
        TG-1,Done,2027-03-30,management.t1
        TG-2,Done,2027-06-29,management.t1
        TG-3,Done,2027-09-29,management.t1
        TG-4,Closed,2027-12-20,management.t1
        """);
    assertThat(result.markedDone()).containsExactly(new TrackerImport.Done("management.t1",
        Optional.of(12), List.of("TG-1", "TG-2", "TG-3", "TG-4")));
    assertThat(result.keysAdded()).containsExactly(Map.entry("management.t1", "TG-1"));
    // negative control: one row open, and the task is not done
    TrackerImport open = apply(CLEAN, """
        Key,Status,Resolved,Task id
        TG-1,Done,2027-03-30,management.t1
        TG-2,In Progress,,management.t1
        """);
    assertThat(open.markedDone()).isEmpty();
    assertThat(open.notes()).contains(
        "lines 2, 3: management.t1 is done in 1 of its 2 rows; it is not marked done");
  }

  @Test
  void where_key_and_task_id_disagree_the_key_decides() {
    TrackerImport result = apply(RU, """
        Issue key,Status,Resolved,Task id
        OZH-132,Done,2027-04-02,hr.t3
        """);
    assertThat(result.markedDone()).extracting(TrackerImport.Done::task).containsExactly("hr.t2");
    assertThat(result.notes()).containsExactly(
        "line 2: OZH-132 is the key of hr.t2, but its Task id names hr.t3; the key decides");
    assertThat(task(result, "hr.t3")).isEqualTo(task(RU, "hr.t3"));
  }

  @Test
  void a_dropped_task_shown_done_becomes_done_and_a_date_outside_the_year_gives_no_month() {
    TrackerImport result = apply(RU, """
        Issue key,Status,Resolved,Task id
        OZH-140,Done,2027-06-02,production.t4
        OZH-123,Done,2028-01-12,
        OZH-113,Done,,
        ,Done,2027-03-01,sales.t4
        """);
    assertThat(task(result, "production.t4").status()).contains(TaskStatus.DONE);
    assertThat(task(result, "production.t4").doneIn()).contains(6);
    assertThat(result.keysAdded()).containsExactly(Map.entry("production.t4", "OZH-140"));
    assertThat(result.markedDone()).containsExactly(
        new TrackerImport.Done("production.t4", Optional.of(6), List.of("OZH-140")),
        new TrackerImport.Done("logistics.t3", Optional.empty(), List.of("OZH-123")),
        new TrackerImport.Done("production.t3", Optional.empty(), List.of("OZH-113")));
    assertThat(task(result, "logistics.t3").doneIn()).isEmpty();
    assertThat(task(result, "sales.t4")).isEqualTo(task(RU, "sales.t4"));
    assertThat(result.notes()).containsExactly(
        "line 5: no key; the row is left out",
        "line 2: production.t4 was DROPPED in the plan; the tracker shows it done, so it is now DONE",
        "line 3: logistics.t3 was resolved on 2028-01-12, outside 2027; marked done without a "
            + "month");
    assertThat(result.summary()).contains("  done: logistics.t3 (no month) [OZH-123]\n",
        "  key added: production.t4 = OZH-140\n", "  note: line 5: no key; the row is left out\n");
  }

  @Test
  void nothing_else_in_the_document_changes_and_it_writes_back_as_it_was_read() {
    // An export that matches nothing leaves the very same document, which writes back as the
    // sample file is written.
    TrackerImport none = apply(RU, "Issue key,Status\nOZH-999,Done\n");
    assertThat(none.document()).isSameAs(RU);
    assertThat(PlanDocuments.strict().write(none.document()))
        .isEqualTo(PlanDocuments.strict().write(RU));
    // One task done: its status and doneIn are all that differ, to the byte.
    String before = PlanDocuments.strict().write(RU);
    String after = PlanDocuments.strict().write(apply(RU,
        "Issue key,Status,Resolved\nOZH-132,Done,2027-04-16\n").document());
    String hrT2 = "\"id\": \"hr.t2\",\n          \"title\": \"Запуск школы пекарей\",\n"
        + "          \"goal\": \"hr.g2\",\n          \"owner\": \"fedorova\",\n"
        + "          \"months\": [\n            1,\n            2,\n            3\n"
        + "          ],\n          \"status\": ";
    assertThat(before).contains(hrT2 + "\"APPROVED\"\n        },");
    assertThat(after).isEqualTo(before.replace(hrT2 + "\"APPROVED\"\n        },",
        hrT2 + "\"DONE\",\n          \"doneIn\": 4\n        },"));
  }

  // ---- helpers --------------------------------------------------------------------------

  private static TrackerImport apply(PlanDocument document, String csv) {
    return TrackerImport.apply(document, TrackerExport.read(csv), DEFAULTS);
  }

  private static Task task(TrackerImport result, String id) {
    return task(result.document(), id);
  }

  private static Task task(PlanDocument document, String id) {
    return document.taskById().get(id);
  }

  /** Every task but these is the same, and so is everything but the plans and the follow-up's keys. */
  private static void assertOnlyTasksChanged(PlanDocument before, PlanDocument after,
      List<String> changed) {
    before.taskById().forEach((id, task) -> {
      if (!changed.contains(id)) {
        assertThat(after.taskById().get(id)).as(id).isEqualTo(task);
      } else {
        assertThat(after.taskById().get(id)).as(id).isNotEqualTo(task);
      }
    });
    assertThat(after.people()).isEqualTo(before.people());
    assertThat(after.departments()).isEqualTo(before.departments());
    assertThat(after.session()).isEqualTo(before.session());
    assertThat(after.remarks()).isEqualTo(before.remarks());
    assertThat(after.initiatives()).isEqualTo(before.initiatives());
    assertThat(after.companyGoals()).isEqualTo(before.companyGoals());
    assertThat(after.revision()).isEqualTo(before.revision());
    for (int i = 0; i < before.plans().size(); i++) {
      assertThat(after.plans().get(i).kpis()).isEqualTo(before.plans().get(i).kpis());
      assertThat(after.plans().get(i).goals()).isEqualTo(before.plans().get(i).goals());
      assertThat(after.plans().get(i).report()).isEqualTo(before.plans().get(i).report());
    }
    before.followUp().ifPresent(f -> assertThat(after.followUp().orElseThrow().keyTasks())
        .isEqualTo(f.keyTasks()));
  }

  private static List<List<String>> rows(String csv) {
    try {
      return ProgressReportsTest.parse(csv);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
