package org.strategysession.rules.facts;

/** Every element that has an id (person, department, kpi, goal, task, remark, initiative), for id uniqueness; {@code seq} is its position in document order. Null stands for an absent value. */
public record ElementFact(int seq, String id, String kind, String department, String path) {}
