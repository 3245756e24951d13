package org.strategysession.reports;

import java.util.Objects;
import org.strategysession.model.Language;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.Roadmap;

/**
 * The roadmap of a plan document in each of its formats: the pages {@code strategy-check
 * roadmap} prints. Each is built from the model's {@link Roadmap#of(PlanDocument) roadmap}, so
 * all of them, and the roadmap's JSON ({@code PlanDocuments.writeJson}), always agree: by
 * month, each department's tasks with owners and its KPI milestones, and the initiatives.
 * Dropped tasks are not on it. The same input always gives the same text.
 *
 * <p>Stateless and thread-safe. No argument may be null ({@link NullPointerException}).
 */
public final class RoadmapReports {
  private RoadmapReports() {}

  /**
   * The roadmap as text, month by month: each department with something that month, its tasks
   * with owners and its KPI milestones; then the initiatives. Lines end with {@code \n}.
   */
  public static String text(PlanDocument document, Language language) {
    return RoadmapText.write(roadmap(document), Objects.requireNonNull(language, "language"));
  }

  /**
   * The roadmap as CSV for a task tracker's import: a header row, then one row per task and
   * contiguous range of its months, with the columns {@code Summary, Description, Assignee,
   * Department, Goal, Months, Start date, Due date, Status, Tracker key, Task id}. RFC 4180:
   * comma-separated, a field quoted only when it holds a comma, a quote or a line break, CRLF
   * line ends, no byte order mark; write it as UTF-8.
   */
  public static String csv(PlanDocument document, Language language) {
    return RoadmapCsv.write(document, Schedule.of(roadmap(document)),
        Objects.requireNonNull(language, "language"));
  }

  /**
   * The roadmap as one self-contained HTML page (inline stylesheet, no network resource): a
   * grid of the twelve months across and the departments down, each task a bar over its
   * months, each KPI's milestones under their months; then the initiatives.
   */
  public static String html(PlanDocument document, Language language) {
    return RoadmapHtml.page(roadmap(document), Objects.requireNonNull(language, "language"));
  }

  private static Roadmap roadmap(PlanDocument document) {
    return Roadmap.of(Objects.requireNonNull(document, "document"));
  }
}
