package org.strategysession.rules.facts;

/**
 * How a finding names an element of the document that another element names by id: the
 * element's {@link Label} and its department, the department the finding goes to. No fact: the
 * follow-up's facts carry it for the person and task their entry names, so that a rule needs no
 * join with every person or task to name them (docs/decisions.md, "Engine speed").
 *
 * @param label the element's id and name or title; not null
 * @param department the element's department; null where it has none
 */
public record Named(Label label, String department) {}
