package org.strategysession.reports;

import java.time.YearMonth;
import java.util.List;
import org.strategysession.model.Progress;
import org.strategysession.model.ScorecardRow;

/**
 * The heads' scorecard as CSV for an HR or payroll system's bonus calculation: one row per head
 * and closed month, in the view's order (person id, then month).
 *
 * <p>The header is in English whatever the language of the other reports, so that an import
 * mapped once keeps working: {@code Person, Name, Department, Month, Key tasks, Key tasks
 * done, KPI score, Score percent}. {@code Month} is {@code yyyy-MM}, so that rows of several
 * years can share a table; {@code KPI score} is the mean KPI score as an exact fraction (as in
 * the JSON), empty where no KPI had both values that month; {@code Score percent} is the
 * personal score as a whole percentage, rounded half up. RFC 4180, as the roadmap's CSV:
 * comma-separated, quoted only where needed, CRLF line ends, written by Jackson's generator.
 */
final class ProgressCsv {
  static final List<String> COLUMNS = List.of("Person", "Name", "Department", "Month",
      "Key tasks", "Key tasks done", "KPI score", "Score percent");

  private ProgressCsv() {}

  static String write(Progress progress, int planningYear) {
    return Rfc4180.write(records -> {
      records.add(COLUMNS);
      for (ScorecardRow r : progress.scorecard()) {
        records.add(List.of(r.person(), oneLine(r.name().orElse("")), r.department(),
            YearMonth.of(planningYear, r.month()).toString(), "" + r.keyTasks(),
            "" + r.keyTasksDone(), r.kpiScore().map(s -> s.toPlainString()).orElse(""),
            "" + r.percent()));
      }
    });
  }




  /** A name is one line in a payroll table; a line break typed into it becomes a space. */
  private static String oneLine(String s) {
    return s.replaceAll("\\R", " ");
  }
}
