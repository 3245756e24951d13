package org.strategysession.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The roadmap's CSV for task trackers. */
class RoadmapCsvTest {
  private static List<List<String>> csv(String... args) {
    StringWriter out = new StringWriter();
    StrategyCheck.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args);
    return parse(out.toString());
  }

  @Test
  void one_row_per_task_and_contiguous_month_range_with_the_tracker_columns() {
    List<List<String>> rows = csv("roadmap", "--format", "csv", ToolScenarios.CLEAN);
    assertThat(rows.get(0)).containsExactly("Summary", "Description", "Assignee", "Department",
        "Goal", "Months", "Start date", "Due date", "Status", "Tracker key", "Task id");
    // the header has no punctuation (Jira's importer asks for that)
    for (String column : rows.get(0)) {
      assertThat(column).matches("[A-Za-z ]+");
    }
    // management.t1 runs in months 3, 6, 9 and 12: four rows, each named by its month
    List<List<String>> quarterly = rows.stream().filter(r -> r.get(10).equals("management.t1"))
        .toList();
    assertThat(quarterly).extracting(r -> r.get(5)).containsExactly("3", "6", "9", "12");
    assertThat(quarterly.get(0).get(0)).endsWith(" (Mar)");
    assertThat(quarterly).extracting(r -> r.get(6)).containsExactly(
        "2027-03-01", "2027-06-01", "2027-09-01", "2027-12-01");
    assertThat(quarterly).extracting(r -> r.get(7)).containsExactly(
        "2027-03-31", "2027-06-30", "2027-09-30", "2027-12-31");
    // sales.t1, February to April, one row
    List<String> t1 = rows.stream().filter(r -> r.get(10).equals("sales.t1")).findFirst()
        .orElseThrow();
    assertThat(t1.get(0)).isEqualTo("Renovation showroom kit for twelve dealers");
    assertThat(t1.get(3)).isEqualTo("Sales");
    assertThat(t1.get(5)).isEqualTo("2-4");
    assertThat(t1.get(6)).isEqualTo("2027-02-01");
    assertThat(t1.get(7)).isEqualTo("2027-04-30");
    assertThat(t1.get(8)).isEqualTo("APPROVED");
    assertThat(t1.get(1)).contains("Task sales.t1").contains("needs from Marketing");
    // dropped tasks are not exported
    assertThat(rows).noneMatch(r -> r.get(10).equals("sales.t4"));
    for (List<String> row : rows) {
      assertThat(row).hasSize(11);
    }
  }

  @Test
  void tracker_keys_and_assignee_e_mails_where_the_plan_has_them() {
    List<List<String>> rows = csv("roadmap", "--format", "csv", ToolScenarios.CLEAN_RU);
    List<String> t1 = rows.stream().filter(r -> r.get(10).equals("sales.t1")).findFirst()
        .orElseThrow();
    assertThat(t1.get(9)).isEqualTo("OZH-101");
    // lebedeva has no e-mail in the plan: the person id stands in
    assertThat(t1.get(2)).isEqualTo("lebedeva");
    List<List<String>> withEmail = rows.stream()
        .filter(r -> r.get(2).equals("fedorova@ozerny-hleb.example")).toList();
    assertThat(withEmail).isNotEmpty();
  }

  @Test
  void rfc_4180_quoting_and_crlf_line_ends() {
    StringWriter out = new StringWriter();
    StrategyCheck.run(new PrintWriter(out), new PrintWriter(new StringWriter()),
        "roadmap", "--format", "csv", ToolScenarios.CLEAN);
    String text = out.toString();
    assertThat(text).endsWith("\r\n");
    assertThat(text.replace("\r\n", "")).doesNotContain("\n");
  }

  /** A small RFC 4180 reader, so that the test reads the file as an importer would. */
  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    return rows;
  }
}
