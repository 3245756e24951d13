/**
 * The department-tab workbook: the spreadsheet in which the practice prepares a strategic
 * session (one tab per department with the same blocks, filled by each head a week before),
 * as an {@code .xlsx} template, an export of a plan document and an import back into one.
 *
 * <p>The entry point is {@link org.strategysession.workbook.PlanWorkbooks}; {@link
 * org.strategysession.workbook.WorkbookTemplate} makes the document behind an empty
 * template. Everything else in the package is internal.
 *
 * <p>The code is organised by sheet: each kind of sheet has a class holding its blocks'
 * columns, its writing and its reading side by side ({@code SessionSheet}, {@code
 * CompanyGoalsSheet}, {@code PlanSheet} with a class per block of a department's sheet,
 * {@code AgendaSheet}, {@code RemarksSheet}, {@code InitiativesSheet}, {@code FollowUpSheet},
 * {@code InstructionsSheet}). {@code
 * WorkbookWriter} and {@code WorkbookReader} only put the sheets in order and recognise them.
 * Below the sheets, writing ({@code WorkbookDraft}, {@code SheetWriter}, {@code CellValues},
 * {@code Styles}, {@code Validations}) and reading ({@code SheetGrid}, {@code SheetBlocks},
 * {@code FormValues}, {@code TableRows}, {@code ValueReader}) do not know each other; both use
 * the layout's terms ({@code Layout}, {@code Term}, {@code Vocabulary}, {@code Numbers},
 * {@code SheetNames}).
 */
package org.strategysession.workbook;
