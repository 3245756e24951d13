package org.strategysession.rules.facts;

import org.strategysession.model.DepartmentKind;

/** A department; {@code salesDependent} applies the checker's option for sales-dependent kinds. Null stands for an absent value. */
public record DepartmentFact(String id, String name, DepartmentKind kind, String head, boolean salesDependent, String path) {
  /** The id with the {@code name}, for messages. */
  public Label label() {
    return new Label(id, name);
  }
}
