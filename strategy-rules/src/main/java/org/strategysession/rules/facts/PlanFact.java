package org.strategysession.rules.facts;

import java.time.LocalDate;

/** A department plan; {@code index} is its position in {@code plans}. Null stands for an absent value. */
public record PlanFact(String department, int index, LocalDate submittedOn, boolean hasReport, int kpiCount, int goalCount, String path) {}
