package org.strategysession.rules.facts;

/** A fact of an element of the document, at a JSON Pointer. */
public interface Located {
  /** The element's JSON Pointer. */
  String path();
}
