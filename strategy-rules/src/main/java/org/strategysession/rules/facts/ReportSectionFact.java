package org.strategysession.rules.facts;

/**
 * One checked section of a plan's year report ({@code results}, {@code strengths}, {@code
 * weaknesses}, {@code marketChanges}, {@code conclusions}); only for plans with a report. Null
 * stands for an absent value. Where no rule of the embedder's matches this type, a check makes
 * only the empty sections, the only ones the standard REPORT_SECTION_EMPTY matches; an
 * embedder's rules over it see every section.
 */
public record ReportSectionFact(String department, String section, boolean empty, String path) {}
