package org.strategysession.rules.facts;

import org.strategysession.model.AgendaKind;

/**
 * A block of the standard program ({@link org.strategysession.model.StandardProgram#blocks()})
 * that each session's agenda should hold on its day, with its standard minutes (for the
 * department reports, their total). The break is not one: it is no working time, and an
 * agenda may place or leave it as it likes.
 */
public record StandardBlockFact(int day, AgendaKind kind, int minMinutes, int maxMinutes) {}
