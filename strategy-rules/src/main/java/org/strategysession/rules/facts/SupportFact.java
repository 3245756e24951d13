package org.strategysession.rules.facts;

/** One {@code supports} entry of a task; {@code firstMonth} is the supporting task's earliest month. Null stands for an absent value. */
public record SupportFact(String task, String taskDepartment, int index, String supported, boolean dropped, Integer firstMonth, String path) {}
