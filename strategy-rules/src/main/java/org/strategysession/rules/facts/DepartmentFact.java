package org.strategysession.rules.facts;

import org.strategysession.model.DepartmentKind;

/**
 * A department; {@code salesDependent} applies the checker's option for sales-dependent kinds;
 * {@code planCount} is the number of plans whose {@code department} is its id.
 * Null stands for an absent value. {@code first}: whether the fact comes first of the facts of its
 * id in the order of {@link org.strategysession.rules.RuleFunctions#precedes}; a rule that looks
 * the element up by an id the document may repeat takes that one.
 */
public record DepartmentFact(String id, String name, DepartmentKind kind, String head,
    boolean salesDependent, int planCount, boolean first, String path) implements Located {
  /** The id with the {@code name}, for messages. */
  public Label label() {
    return new Label(id, name);
  }

  /** The same fact, marked first of its id. */
  public DepartmentFact asFirst() {
    return new DepartmentFact(id, name, kind, head, salesDependent, planCount, true, path);
  }
}
