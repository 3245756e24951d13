package org.strategysession.rules.facts;

/** One checked section of a plan's year report ({@code results}, {@code strengths}, {@code weaknesses}, {@code marketChanges}, {@code conclusions}); only for plans with a report. Null stands for an absent value. */
public record ReportSectionFact(String department, String section, boolean empty, String path) {}
