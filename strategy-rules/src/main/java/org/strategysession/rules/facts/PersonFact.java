package org.strategysession.rules.facts;

import java.util.List;
import org.strategysession.model.Role;

/**
 * A person; {@code ownedTaskMasks} holds, for each task not {@code DROPPED} whose owner is the
 * person's id, its months as {@link TaskFact#monthMask()} does, in document order; {@code
 * headCount} is the number of departments whose {@code head} is the person's id and {@code
 * goalCount} the number of goals whose {@code owner} is (a rule that looks up a head or a goal's
 * owner asks these first). Null stands for an absent value. {@code first}: whether the fact
 * comes first of the facts of its id in the order of {@link
 * org.strategysession.rules.RuleFunctions#precedes}; a rule that looks the element up by an id
 * the document may repeat takes that one.
 */
public record PersonFact(String id, String name, String department, Role role,
    List<Integer> ownedTaskMasks, int headCount, int goalCount, boolean first, String path)
    implements Located {
  /** The id with the {@code name}, for messages. */
  public Label label() {
    return new Label(id, name);
  }

  /** The same fact, marked first of its id. */
  public PersonFact asFirst() {
    return new PersonFact(id, name, department, role, ownedTaskMasks, headCount, goalCount, true,
        path);
  }
}
