package org.strategysession.rules.facts;

/** An id a reference of the given kind may name; goals, tasks and initiatives are also {@link RefKind#ADDRESSABLE}. Null stands for an absent value. */
public record Referable(String id, RefKind kind) {}
