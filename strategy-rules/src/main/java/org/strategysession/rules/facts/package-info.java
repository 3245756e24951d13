/**
 * The facts the rules see: a checked document flattened into one immutable record per element
 * (and per reference, month, need …), each carrying its id, department and JSON Pointer.
 * Embedders' own DRL matches these records. Fields are null where the document has no value.
 */
package org.strategysession.rules.facts;
