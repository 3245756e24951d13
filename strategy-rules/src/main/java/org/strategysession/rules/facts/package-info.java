/**
 * The facts the rules see: a checked document flattened into one immutable record per element
 * (and per reference, month, need …), each carrying its id, department and JSON Pointer.
 * Embedders' own DRL matches these records. Fields are null where the document has no value.
 *
 * <p>In a check with an as-of date the facts also hold the model's {@link
 * org.strategysession.model.PlanningCalendar} of the document's planning year (ended and
 * closed months; rules call its methods) and a {@link KpiHealthFact} per KPI that can be
 * judged.
 */
package org.strategysession.rules.facts;
