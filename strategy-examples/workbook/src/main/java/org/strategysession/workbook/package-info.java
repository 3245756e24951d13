/**
 * The department-tab workbook: the spreadsheet in which the practice prepares a strategic
 * session (one tab per department with the same blocks, filled by each head a week before),
 * as an {@code .xlsx} template, an export of a plan document and an import back into one.
 *
 * <p>The entry point is {@link org.strategysession.workbook.PlanWorkbooks}; {@link
 * org.strategysession.workbook.WorkbookTemplate} makes the document behind an empty
 * template. Everything else in the package is internal.
 */
package org.strategysession.workbook;
