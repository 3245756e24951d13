/**
 * The reports of the strategy session, in every format the {@code strategy-check} tool prints,
 * for a product to show the same pages in its own UI.
 *
 * <p>One entry class per kind of report, with one method per format, each returning the whole
 * report as text:
 *
 * <ul>
 *   <li>{@link org.strategysession.reports.CheckReports}: the findings of checked files ({@link
 *       org.strategysession.reports.CheckedFile}) as text, JSON or an HTML page;
 *   <li>{@link org.strategysession.reports.RoadmapReports}: the roadmap of a plan document as
 *       text, CSV for a task tracker, or an HTML page;
 *   <li>{@link org.strategysession.reports.ProgressReports}: the year in action as of a date
 *       (KPI health, the heads' scorecard, overdue tasks) as text, JSON, the scorecard's CSV for
 *       a payroll system, or an HTML page with a chart per KPI;
 *   <li>{@link org.strategysession.reports.ReadErrors}: a document that could not be read, as
 *       one located line.
 * </ul>
 *
 * <p>And the way back from the task tracker the roadmap's CSV went to: {@link
 * org.strategysession.reports.TrackerExport} reads a tracker's CSV export, {@link
 * org.strategysession.reports.TrackerImport} marks the tasks it shows finished as {@code DONE}
 * in a plan document.
 *
 * <p>HTML pages are self-contained (inline stylesheet, no network resource) and every value of
 * the plan in them is escaped. All of it is stateless and thread-safe, and the same input
 * always gives the same text. Classes generated from the page templates ({@code Jte…Generated})
 * are public only because the template compiler makes them so: they are not part of the API.
 */
package org.strategysession.reports;
