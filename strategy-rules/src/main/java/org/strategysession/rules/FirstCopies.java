package org.strategysession.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.strategysession.rules.facts.DepartmentFact;
import org.strategysession.rules.facts.EarlierGoalFact;
import org.strategysession.rules.facts.EarlierKpiFact;
import org.strategysession.rules.facts.KpiFact;
import org.strategysession.rules.facts.Located;
import org.strategysession.rules.facts.PersonFact;
import org.strategysession.rules.facts.TaskFact;

/**
 * Marks the first copy of each element of a repeated id among the facts {@link Facts} made
 * ({@code first}): KPIs and tasks per id and department, departments and people per id, the
 * earlier version's KPIs and goals per id and department. First is first in the order of {@link
 * RuleFunctions#precedes}: by the fact's values, then its pointer (the earlier version's facts
 * have none: by their text). A rule then takes it with a constraint instead of comparing every
 * copy with every other, and its cost grows with the copies, not with their square.
 */
final class FirstCopies {
  private FirstCopies() {}

  /** Replaces, in place, the first copy of each element with the same fact marked first. */
  static void mark(List<Object> facts) {
    Map<Key, Integer> firstAt = new HashMap<>();
    for (int i = 0; i < facts.size(); i++) {
      Key key = key(facts.get(i));
      if (key != null) {
        Integer at = firstAt.get(key);
        if (at == null || precedes(facts.get(i), facts.get(at))) {
          firstAt.put(key, i);
        }
      }
    }
    for (int i : firstAt.values()) {
      facts.set(i, marked(facts.get(i)));
    }
  }

  private static boolean precedes(Object fact, Object other) {
    return fact instanceof Located l
        ? RuleFunctions.precedes(fact, l.path(), other, ((Located) other).path())
        : fact.toString().compareTo(other.toString()) < 0;
  }

  /** What makes facts copies of one element: their type, id and (where it counts) department. */
  private record Key(Class<?> type, String id, String department) {}

  /** The key of a fact; null for facts that are never marked. */
  private static Key key(Object fact) {
    if (fact instanceof KpiFact k) {
      return new Key(KpiFact.class, k.id(), k.department());
    } else if (fact instanceof TaskFact t) {
      return new Key(TaskFact.class, t.id(), t.department());
    } else if (fact instanceof DepartmentFact d) {
      return new Key(DepartmentFact.class, d.id(), null);
    } else if (fact instanceof PersonFact p) {
      return new Key(PersonFact.class, p.id(), null);
    } else if (fact instanceof EarlierKpiFact k) {
      return new Key(EarlierKpiFact.class, k.id(), k.department());
    } else if (fact instanceof EarlierGoalFact g) {
      return new Key(EarlierGoalFact.class, g.id(), g.department());
    }
    return null;
  }

  private static Object marked(Object fact) {
    if (fact instanceof KpiFact k) {
      return k.asFirst();
    } else if (fact instanceof TaskFact t) {
      return t.asFirst();
    } else if (fact instanceof DepartmentFact d) {
      return d.asFirst();
    } else if (fact instanceof PersonFact p) {
      return p.asFirst();
    } else if (fact instanceof EarlierKpiFact k) {
      return k.asFirst();
    }
    return ((EarlierGoalFact) fact).asFirst();
  }
}
