package org.strategysession.model;

/** The theme of a cross-department initiative. */
public enum InitiativeTheme {
  MARKETING_FOR_SALES, TEAM_DEVELOPMENT, AUTOMATION, OTHER
}
