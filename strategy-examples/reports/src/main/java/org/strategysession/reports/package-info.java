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
 *   <li>{@link org.strategysession.reports.ReadErrors}: a document that could not be read, as
 *       one located line.
 * </ul>
 *
 * <p>HTML pages are self-contained (inline stylesheet, no network resource) and every value of
 * the plan in them is escaped. All of it is stateless and thread-safe, and the same input
 * always gives the same text. Classes generated from the page templates ({@code Jte…Generated})
 * are public only because the template compiler makes them so: they are not part of the API.
 */
package org.strategysession.reports;
