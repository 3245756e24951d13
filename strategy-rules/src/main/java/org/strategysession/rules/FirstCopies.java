package org.strategysession.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.strategysession.rules.facts.DepartmentFact;
import org.strategysession.rules.facts.EarlierGoalFact;
import org.strategysession.rules.facts.EarlierKpiFact;
import org.strategysession.rules.facts.KpiFact;
import org.strategysession.rules.facts.Located;
import org.strategysession.rules.facts.PersonFact;
import org.strategysession.rules.facts.TaskFact;

/**
 * Marks the first copy of each element of a repeated id among the facts {@link Facts} made
 * ({@code first}; {@link Facts} makes every fact marked, and the copies after the first of a
 * repeated element are unmarked here): KPIs and tasks per id and department, departments and
 * people per id, the earlier version's KPIs and goals per id and department. First is first in
 * the order of {@link RuleFunctions#precedes}: by the fact's values, then its pointer (the
 * earlier version's facts have none: by their text). A rule then takes it with a constraint
 * instead of comparing every copy with every other, and its cost grows with the copies, not with
 * their square.
 */
final class FirstCopies {
  private FirstCopies() {}

  /**
   * Leaves, in place, only the first copy of each element marked: the facts arrive marked first
   * (an id is nearly always unique, so nearly no fact is copied), and every copy of a repeated
   * element but the first is replaced with the same fact unmarked.
   */
  static void mark(List<Object> facts) {
    mark(facts, id -> true);
  }

  /**
   * {@link #mark(List)}, looking only at the facts whose id {@code repeatable} says more than one
   * element may carry; the others are the only copy of their element.
   */
  static void mark(List<Object> facts, Predicate<String> repeatable) {
    Map<Key, List<Integer>> copies = new HashMap<>();
    for (int i = 0; i < facts.size(); i++) {
      Key key = key(facts.get(i), repeatable);
      if (key != null) {
        copies.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
      }
    }
    for (List<Integer> at : copies.values()) {
      if (at.size() < 2) {
        continue;
      }
      int first = at.get(0);
      for (int i : at) {
        if (precedes(facts.get(i), facts.get(first))) {
          first = i;
        }
      }
      for (int i : at) {
        if (i != first) {
          facts.set(i, unmarked(facts.get(i)));
        }
      }
    }
  }

  private static boolean precedes(Object fact, Object other) {
    return fact instanceof Located l
        ? RuleFunctions.precedes(fact, l.path(), other, ((Located) other).path())
        : fact.toString().compareTo(other.toString()) < 0;
  }

  /** What makes facts copies of one element: their type, id and (where it counts) department. */
  private record Key(Class<?> type, String id, String department) {}

  /** The key of a fact; null for facts that are never marked or whose id is not repeatable. */
  private static Key key(Object fact, Predicate<String> repeatable) {
    if (fact instanceof KpiFact k) {
      return repeatable.test(k.id()) ? new Key(KpiFact.class, k.id(), k.department()) : null;
    } else if (fact instanceof TaskFact t) {
      return repeatable.test(t.id()) ? new Key(TaskFact.class, t.id(), t.department()) : null;
    } else if (fact instanceof DepartmentFact d) {
      return repeatable.test(d.id()) ? new Key(DepartmentFact.class, d.id(), null) : null;
    } else if (fact instanceof PersonFact p) {
      return repeatable.test(p.id()) ? new Key(PersonFact.class, p.id(), null) : null;
    } else if (fact instanceof EarlierKpiFact k) {
      return new Key(EarlierKpiFact.class, k.id(), k.department());
    } else if (fact instanceof EarlierGoalFact g) {
      return new Key(EarlierGoalFact.class, g.id(), g.department());
    }
    return null;
  }

  /** The same fact, not marked first. */
  private static Object unmarked(Object fact) {
    if (fact instanceof KpiFact k) {
      return new KpiFact(k.id(), k.department(), k.name(), k.unit(), k.baseline(), k.target(),
          k.direction(), k.hasBasedOn(), k.basedOnKpi(), k.assumed(), k.monthly(), k.actual(),
          k.goalCount(), k.basedOnCount(), false, k.path());
    } else if (fact instanceof TaskFact t) {
      return new TaskFact(t.id(), t.department(), t.title(), t.goal(), t.owner(), t.status(),
          t.dropped(), t.approved(), t.done(), t.doneIn(), t.firstMonth(), t.lastMonth(),
          t.monthCount(), t.monthMask(), t.transferred(), t.supportCount(), t.needCount(),
          t.supportsCount(), false, t.path());
    } else if (fact instanceof DepartmentFact d) {
      return new DepartmentFact(d.id(), d.name(), d.kind(), d.head(), d.salesDependent(),
          d.planCount(), false, d.path());
    } else if (fact instanceof PersonFact p) {
      return new PersonFact(p.id(), p.name(), p.department(), p.role(), p.ownedTaskMasks(),
          p.headCount(), p.goalCount(), false, p.path());
    } else if (fact instanceof EarlierKpiFact k) {
      return new EarlierKpiFact(k.id(), k.department(), k.name(), k.target(), k.monthly(),
          k.actual(), false);
    }
    EarlierGoalFact g = (EarlierGoalFact) fact;
    return new EarlierGoalFact(g.id(), g.department(), g.title(), false);
  }
}
