package org.strategysession.rules.facts;

import org.strategysession.model.RemarkKind;

/** A remark recorded during the session. Null stands for an absent value. */
public record RemarkFact(String id, String department, RemarkKind kind, String text, int addressedCount, String path) {}
