package org.strategysession.rules.facts;

/** The earlier version of a revised document (revision checks only). Null stands for an absent value. */
public record EarlierDocumentFact(String company, int planningYear) {}
