package org.strategysession.rules.facts;

/** One need of a task; {@code department} is the department asked (null where absent). Null stands for an absent value. */
public record NeedFact(String task, String taskDepartment, int index, String department, String what, boolean dropped, String path) {}
