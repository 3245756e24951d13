package org.strategysession.rules.facts;

import java.time.LocalDate;

/** One date of {@code session.days}. Null stands for an absent value. */
public record SessionDateFact(LocalDate date) {}
