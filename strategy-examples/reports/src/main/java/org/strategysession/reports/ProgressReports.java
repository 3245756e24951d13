package org.strategysession.reports;

import java.time.LocalDate;
import java.util.Objects;
import org.strategysession.model.Language;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.Progress;
import org.strategysession.model.ReviewOptions;

/**
 * The year in action as of a date, in each of its formats: the pages {@code strategy-check
 * progress} prints for the monthly review. Each is built from the model's {@link
 * Progress#of(PlanDocument, LocalDate, ReviewOptions) progress view}, which holds the one
 * implementation of KPI health, closed months and personal scores, so all of them, the rules'
 * findings and the JSON always agree: every KPI's health by department, the heads' scorecard
 * by closed month (key tasks are half of a head's personal score with the default options),
 * and the overdue tasks. The same input always gives the same text, whatever the platform.
 *
 * <pre>{@code
 * String page = ProgressReports.html(document, LocalDate.of(2027, 4, 20),
 *     ReviewOptions.defaults(), Language.RU);
 * }</pre>
 *
 * <p>Stateless and thread-safe. No argument may be null ({@link NullPointerException}).
 */
public final class ProgressReports {
  private ProgressReports() {}

  /**
   * The year in action as text: a heading, a summary line (KPIs by health, the months closed,
   * the overdue tasks), then the KPI health by department (one line per KPI: health, KPI,
   * target, and the month judged with actual, milestone and deviation), the heads' scorecard
   * (one line per head and closed month: score, key tasks done of set, KPI score) and the
   * overdue tasks. Departments and KPIs in the document's order. Lines end with {@code \n}.
   */
  public static String text(PlanDocument document, LocalDate asOf, ReviewOptions options,
      Language language) {
    return ProgressText.write(review(document, asOf, options, language));
  }

  /**
   * The JSON of {@code CLI.md}: {@code {"asOf", "kpis", "scorecard", "overdue"}} with the
   * fields of the view in its order, absent values left out, shares and scores as fractions
   * ({@code 0.125}) in plain notation. Two-space indentation, {@code \n} line ends, a final
   * newline; its fields are in English whatever the language.
   */
  public static String json(PlanDocument document, LocalDate asOf, ReviewOptions options) {
    return ProgressJson.write(progress(document, asOf, options));
  }

  /**
   * The heads' scorecard as CSV for an HR or payroll system: a header row {@code Person, Name,
   * Department, Month, Key tasks, Key tasks done, KPI score, Score percent}, then one row per
   * head and closed month in the view's order; {@code Month} as {@code yyyy-MM}, {@code KPI
   * score} a fraction (empty where no KPI was judged that month), {@code Score percent} a
   * whole number. RFC 4180: comma-separated, quoted only where needed, CRLF line ends, no byte
   * order mark; write it as UTF-8. The header is the same in every language.
   */
  public static String csv(PlanDocument document, LocalDate asOf, ReviewOptions options) {
    return ProgressCsv.write(progress(document, asOf, options), document.planningYear());
  }

  /**
   * The year in action as one self-contained HTML page (inline stylesheet and SVG, no network
   * resource; prints on A4), for projecting at the monthly review: the KPI health counts; per
   * department a small chart per KPI (monthly milestones as a dashed line, actuals as points
   * joined by a line in the colour of the KPI's health, the target, the month judged marked);
   * the heads' scorecard as a heat map of heads by closed months with the score in each cell;
   * and the overdue tasks. Headings, month and health words in the language.
   */
  public static String html(PlanDocument document, LocalDate asOf, ReviewOptions options,
      Language language) {
    return ProgressHtml.page(review(document, asOf, options, language));
  }

  private static Progress progress(PlanDocument document, LocalDate asOf,
      ReviewOptions options) {
    return Progress.of(Objects.requireNonNull(document, "document"),
        Objects.requireNonNull(asOf, "asOf"), Objects.requireNonNull(options, "options"));
  }

  private static MonthlyReview review(PlanDocument document, LocalDate asOf,
      ReviewOptions options, Language language) {
    return new MonthlyReview(Objects.requireNonNull(document, "document"),
        Objects.requireNonNull(asOf, "asOf"), Objects.requireNonNull(options, "options"),
        Objects.requireNonNull(language, "language"));
  }
}
