package org.strategysession.rules.facts;

import org.strategysession.model.AgendaKind;

/** One agenda item; times are minutes since midnight, null where unknown. Null stands for an absent value. */
public record AgendaItemFact(int index, Integer day, Integer start, Integer end, Integer minutes, AgendaKind kind, String department, String presenter, String path) {}
