package org.strategysession.rules.facts;

/** One participant of the session. Null stands for an absent value. */
public record ParticipantFact(String person) {}
