package org.strategysession.rules.facts;

import java.time.LocalDate;

/** One session day (every day of {@code days} and every day an agenda item names) with its working minutes (non-BREAK). Null stands for an absent value. */
public record SessionDayFact(int day, LocalDate date, int workingMinutes) {}
