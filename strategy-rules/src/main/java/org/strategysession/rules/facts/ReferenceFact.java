package org.strategysession.rules.facts;

/** One reference from one element to another, by id; {@code holder} is the finding subject of a dangling reference. Null stands for an absent value. */
public record ReferenceFact(String holder, String department, String path, RefKind kind, String target) {}
