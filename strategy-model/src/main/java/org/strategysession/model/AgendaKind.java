package org.strategysession.model;

/** The kind of an agenda item. */
public enum AgendaKind {
  INTRO, DEPARTMENT_REPORT, DISCUSSION, GOAL_SETTING, TASK_PRESENTATION, INITIATIVES, BREAK, OTHER
}
