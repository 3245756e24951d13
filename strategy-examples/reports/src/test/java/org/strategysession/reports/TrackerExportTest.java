package org.strategysession.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a task tracker's CSV export: the columns of Jira, YouTrack, Redmine and the
 * roadmap's CSV found by name, Excel's byte order mark, semicolons and code page, every date
 * form of {@code CLI.md}, and the located errors of a file the import cannot use.
 */
class TrackerExportTest {
  private static final LocalDate MARCH_28 = LocalDate.of(2027, 3, 28);

  @Test
  void jira_issue_key_wins_over_its_numeric_issue_id_and_its_default_date_is_read() {
    TrackerExport export = TrackerExport.read("""
        Summary,Issue key,Issue id,Issue Type,Status,Resolved
        Showroom kit,OZH-101,10101,Task,Done,16/Feb/27 5:12 PM
        "Loyalty, programme",OZH-102,10102,Task,In Progress,
        """);
    assertThat(export.separator()).isEqualTo(',');
    assertThat(export.rows()).containsExactly(
        new TrackerExport.Row(2, "OZH-101", "Done", Optional.of(LocalDate.of(2027, 2, 16)),
            Optional.empty()),
        new TrackerExport.Row(3, "OZH-102", "In Progress", Optional.empty(), Optional.empty()));
  }

  @Test
  void youtrack_issue_id_state_and_resolved_with_a_space_before_the_time() {
    TrackerExport export = TrackerExport.read("""
        Issue Id,Summary,State,Resolved
        OZH-133,Referral programme,Fixed,2027-03-28 17:12
        """);
    assertThat(export.rows()).containsExactly(new TrackerExport.Row(2, "OZH-133", "Fixed",
        Optional.of(MARCH_28), Optional.empty()));
  }

  @Test
  void redmine_hash_status_and_closed_with_a_task_id_column() {
    TrackerExport export = TrackerExport.read("""
        #,Tracker,Status,Subject,Closed,Task id
        501,Feature,Closed,Showroom kit,2027-03-28,sales.t1
        502,Feature,New,Loyalty programme,,sales.t2
        """);
    assertThat(export.rows()).containsExactly(
        new TrackerExport.Row(2, "501", "Closed", Optional.of(MARCH_28), Optional.of("sales.t1")),
        new TrackerExport.Row(3, "502", "New", Optional.empty(), Optional.of("sales.t2")));
  }

  @Test
  void header_names_are_matched_ignoring_case_and_surrounding_spaces() {
    TrackerExport export = TrackerExport.read(
        "  issue KEY ,STATUS, resolution DATE , TASK ID \nA-1, Done ,2027-03-28, sales.t1 \n");
    assertThat(export.rows()).containsExactly(new TrackerExport.Row(2, "A-1", "Done",
        Optional.of(MARCH_28), Optional.of("sales.t1")));
  }

  @Test
  void the_first_name_of_each_list_wins_whatever_the_column_order() {
    TrackerExport export = TrackerExport.read("""
        ID,Key,State,Status,Closed,Resolved
        7,A-7,Open,Done,2027-01-01,2027-03-28
        """);
    assertThat(export.rows().get(0)).isEqualTo(new TrackerExport.Row(2, "A-7", "Done",
        Optional.of(MARCH_28), Optional.empty()));
  }

  @Test
  void excel_in_a_russian_locale_semicolons_a_byte_order_mark_and_day_first_dates() {
    String text = "\uFEFFIssue key;Status;Resolved;Task id\r\n"
        + "OZH-132;Готово;28.03.2027;hr.t2\r\n"
        + "OZH-133;\"В работе; ждём\";;hr.t3\r\n";
    TrackerExport export = TrackerExport.read(text.getBytes(StandardCharsets.UTF_8));
    assertThat(export.separator()).isEqualTo(';');
    assertThat(export.rows()).containsExactly(
        new TrackerExport.Row(2, "OZH-132", "Готово", Optional.of(MARCH_28),
            Optional.of("hr.t2")),
        new TrackerExport.Row(3, "OZH-133", "В работе; ждём", Optional.empty(),
            Optional.of("hr.t3")));
    // Saved as "CSV" by Excel in a Russian locale: Windows-1251, no byte order mark.
    TrackerExport ansi = TrackerExport.read(text.substring(1).getBytes(Charset.forName("windows-1251")));
    assertThat(ansi.rows()).isEqualTo(export.rows());
    // the same as a String, with the mark
    assertThat(TrackerExport.read(text).rows()).isEqualTo(export.rows());
  }

  @Test
  void a_tab_separated_export_is_read_too() {
    TrackerExport export = TrackerExport.read("Key\tStatus\nA-1\tDone\n");
    assertThat(export.separator()).isEqualTo('\t');
    assertThat(export.rows()).extracting(TrackerExport.Row::key).containsExactly("A-1");
  }

  @Test
  void every_date_form_of_cli_md_is_read_and_only_the_day_counts() {
    for (String date : List.of("2027-03-28", "2027-03-28T17:12", "2027-03-28T17:12:45",
        "2027-03-28 17:12", "2027-03-28 17:12:45.123", "2027-03-28T17:12:00Z",
        "2027-03-28T23:30:00+03:00", "28/Mar/27 5:12 PM", "28/mar/27 5:12 pm",
        "28/MAR/27 11:59 AM", "28/Mar/27", "28.03.2027", "28.03.2027 17:12",
        "28.03.2027 17:12:45", "28.3.2027")) {
      assertThat(TrackerDates.parse(date)).as(date).isEqualTo(MARCH_28);
    }
    assertThat(TrackerDates.parse("1/Feb/27 9:05 AM")).isEqualTo(LocalDate.of(2027, 2, 1));
    assertThat(TrackerDates.parse("01.02.2027")).isEqualTo(LocalDate.of(2027, 2, 1));
  }

  @Test
  void a_date_in_no_known_form_is_a_located_error_naming_the_forms() {
    for (String date : List.of("2027-02-30", "March 28, 2027", "03/28/2027", "28/Mär/27",
        "31.02.2027", "2027-3-28")) {
      assertThatThrownBy(() -> TrackerExport.read("Issue key,Status,Resolved\n"
          + "A-1,Open,\n" + "A-2,Done,\"" + date + "\"\n"))
          .as(date)
          .isInstanceOfSatisfying(TrackerExportException.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.reason()).isEqualTo("Resolved \"" + date + "\" is not a date: expected "
                + "2027-03-28, 2027-03-28 17:12, 2027-03-28T17:12:00Z, 16/Feb/27 5:12 PM or "
                + "28.03.2027");
            assertThat(e.located("export.csv")).startsWith("export.csv:3: Resolved \"");
          });
    }
  }

  @Test
  void a_value_over_several_lines_keeps_the_lines_of_the_rows_after_it() {
    TrackerExport export = TrackerExport.read("Issue key,Summary,Status\n"
        + "A-1,\"first line\nsecond line\nthird\",Done\n"
        + "\n"
        + "A-2,plain,Open\n"
        + ",,\n"
        + "A-3,plain,Open\n");
    assertThat(export.rows()).extracting(TrackerExport.Row::line).containsExactly(2, 6, 8);
    assertThat(export.rows()).extracting(TrackerExport.Row::key).containsExactly("A-1", "A-2",
        "A-3");
  }

  @Test
  void a_row_shorter_than_the_header_has_empty_cells() {
    TrackerExport export = TrackerExport.read("Issue key,Summary,Status,Resolved\nA-1,x\n");
    assertThat(export.rows()).containsExactly(new TrackerExport.Row(2, "A-1", "", Optional.empty(),
        Optional.empty()));
  }

  @Test
  void an_export_without_a_key_or_a_status_column_is_refused_at_its_header() {
    assertThatThrownBy(() -> TrackerExport.read("\n\nSummary,Status\nx,Done\n"))
        .isInstanceOfSatisfying(TrackerExportException.class, e -> {
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.getMessage()).isEqualTo("line 3: no key column: the header names none "
              + "of Issue key, Key, Issue Id, ID, #");
        });
    assertThatThrownBy(() -> TrackerExport.read("Issue key,Summary,Resolution\nA-1,x,Done\n"))
        .isInstanceOfSatisfying(TrackerExportException.class, e -> assertThat(e.getMessage())
            .isEqualTo("line 1: no status column: the header names none of Status, State"));
    // negative control: the Task id column alone is no key column
    assertThatThrownBy(() -> TrackerExport.read("Task id,Status\nsales.t1,Done\n"))
        .hasMessageContaining("no key column");
  }

  @Test
  void an_empty_file_or_one_that_is_not_csv_is_refused_with_a_line() {
    assertThatThrownBy(() -> TrackerExport.read(""))
        .isInstanceOfSatisfying(TrackerExportException.class, e -> {
          assertThat(e.line()).isEqualTo(1);
          assertThat(e.reason()).startsWith("the file is empty");
        });
    assertThatThrownBy(() -> TrackerExport.read("Issue key,Status\nA-1,\"Done\nA-2,Open\n"))
        .isInstanceOfSatisfying(TrackerExportException.class, e -> {
          assertThat(e.line()).isPositive();
          assertThat(e.reason()).startsWith("not CSV: ").containsIgnoringCase("quote");
        });
  }

  @Test
  void an_export_of_more_than_100000_rows_is_refused_at_the_first_row_over_the_limit() {
    StringBuilder csv = new StringBuilder("Key,Status\n\n");
    for (int i = 1; i <= TrackerExport.MAX_ROWS; i++) {
      csv.append("A-").append(i).append(",Done\n");
    }
    assertThat(TrackerExport.read(csv.toString()).rows()).hasSize(TrackerExport.MAX_ROWS);

    csv.append("A-0,Done\n");
    assertThatThrownBy(() -> TrackerExport.read(csv.toString()))
        .isInstanceOfSatisfying(TrackerExportException.class, e -> assertThat(e.getMessage())
            .isEqualTo("line 100003: more than 100,000 rows; an export for a plan holds far"
                + " fewer"));
  }

  @Test
  void a_file_over_16_mib_is_refused_unread(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("export.csv");
    Files.write(file, new byte[TrackerExport.MAX_BYTES + 1]);
    assertThatThrownBy(() -> TrackerExport.read(file))
        .isInstanceOfSatisfying(TrackerExportException.class, e -> {
          assertThat(e.line()).isZero();
          assertThat(e.reason()).isEqualTo("larger than 16 MiB");
        });
  }

  @Test
  void a_file_is_read_from_disk_and_a_missing_one_is_an_error_without_a_line(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("export.csv");
    Files.write(file, "Key,Status\nA-1,Done\n".getBytes(StandardCharsets.UTF_8));
    assertThat(TrackerExport.read(file).rows()).hasSize(1);
    assertThatThrownBy(() -> TrackerExport.read(dir.resolve("none.csv")))
        .isInstanceOfSatisfying(TrackerExportException.class, e -> {
          assertThat(e.line()).isZero();
          assertThat(e.located("none.csv")).isEqualTo("none.csv: no such file");
        });
  }
}
