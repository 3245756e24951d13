package org.strategysession.rules.facts;

import org.strategysession.model.Role;

/** A person. Null stands for an absent value. */
public record PersonFact(String id, String name, String department, Role role, String path) {
  /** The id with the {@code name}, for messages. */
  public Label label() {
    return new Label(id, name);
  }
}
