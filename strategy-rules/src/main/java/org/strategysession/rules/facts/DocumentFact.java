package org.strategysession.rules.facts;

import java.time.LocalDate;

/**
 * The document as a whole; {@code asOf} is the date of the check, or null when none was given;
 * {@code revisionQuarter} and {@code revisionDate} those of its {@code revision} block.
 * Null stands for an absent value.
 */
public record DocumentFact(String company, int planningYear, boolean hasSession,
    boolean hasFollowUp, int companyGoalCount, Integer revisionQuarter, LocalDate revisionDate,
    LocalDate asOf) {}
