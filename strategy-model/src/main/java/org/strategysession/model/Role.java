package org.strategysession.model;

/** A person's role in the company. */
public enum Role {
  HEAD, SPECIALIST, EXECUTIVE, EXTERNAL
}
