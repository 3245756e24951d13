package org.strategysession.rules.facts;

import org.strategysession.model.AgendaKind;

/** A block of the standard program that each session's agenda should hold on its day, with its standard minutes. Null stands for an absent value. */
public record StandardBlockFact(int day, AgendaKind kind, int minMinutes, int maxMinutes) {}
