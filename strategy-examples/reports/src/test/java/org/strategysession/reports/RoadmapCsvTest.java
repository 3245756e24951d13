package org.strategysession.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strategysession.model.Language;
import org.strategysession.model.PlanDocument;

/** The roadmap's CSV for task trackers, through {@link RoadmapReports#csv}: rows and quoting. */
class RoadmapCsvTest {
  private static final PlanDocument CLEAN = Samples.read(Samples.CLEAN);
  private static final PlanDocument CLEAN_RU = Samples.read(Samples.CLEAN_RU);

  @Test
  void csv_quotes_only_what_rfc_4180_asks_for() {
    assertThat(RoadmapReports.csv(Samples.awkward(), Language.EN).split("(?<=\r\n)"))
        .containsExactly(
            "Summary,Description,Assignee,Department,Goal,Months,Start date,Due date,Status,"
                + "Tracker key,Task id\r\n",
            // a leading '#' and markup need no quotes; a comma does
            "#1 <script>alert(1)</script>,\"Task sales.t2 (plan of Sales, Europe, 2027).\",,"
                + "\"Sales, Europe\",,1,2027-01-01,2027-01-31,PROPOSED,,sales.t2\r\n",
            // quotes are doubled; a line break inside a field is quoted, as CRLF
            "\"Kit, \"\"deluxe\"\"\",\"Task sales.t1 (plan of Sales, Europe, 2027); owner: Ann "
                + "\"\"Red\"\" Lee; needs from it: two\r\n",
            "lines.\",ann,\"Sales, Europe\",,2-3,2027-02-01,2027-03-31,APPROVED,,sales.t1\r\n",
            // surrounding spaces are kept, unquoted
            " padded ,\"Task sales.t3 (plan of Sales, Europe, 2027); owner: Ann \"\"Red\"\" Lee.\","
                + "ann,\"Sales, Europe\",,5,2027-05-01,2027-05-31,PROPOSED,,sales.t3\r\n");
  }

  @Test
  void csv_has_one_row_per_task_and_month_range_crlf_and_no_byte_order_mark() {
    String csv = RoadmapReports.csv(CLEAN, Language.EN);
    assertThat(csv).startsWith("Summary,").endsWith("\r\n");
    assertThat(csv.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    assertThat(csv.getBytes(StandardCharsets.UTF_8)[0]).isEqualTo((byte) 'S');
    List<String> quarterly = csv.lines().filter(l -> l.endsWith(",management.t1")).toList();
    assertThat(quarterly).hasSize(4);
    assertThat(quarterly.get(0)).startsWith("Quarterly business review with all heads (Mar),")
        .contains(",3,2027-03-01,2027-03-31,");
    assertThat(csv).doesNotContain(",sales.t4\r\n");
    assertThat(RoadmapReports.csv(CLEAN_RU, Language.RU)).contains(",OZH-101,sales.t1\r\n");
  }
}
