package org.strategysession.rules.facts;

/**
 * One reference from one element to another, by id: an element of the named id's {@link
 * IdFact#references()}, not a fact of its own (rules reach it with {@code from
 * $id.references()}, or the dangling ones with {@code from $id.unresolved()}). {@code holder}
 * is the finding subject of a dangling reference. Null stands for an absent value.
 *
 * @param holder the id of the element that holds the reference
 * @param department the holder's department, or null
 * @param path the JSON Pointer of the reference
 * @param kind what the reference must name
 * @param target the id named; not null
 */
public record ReferenceFact(String holder, String department, String path, RefKind kind, String target) {}
