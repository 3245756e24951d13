package org.strategysession.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ObjectType;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;

/**
 * The facts one rule base can match: those whose class is, or extends, a class some pattern
 * of its rules names. A checker inserts only these: a fact no pattern names never reaches a
 * rule, so leaving it out changes no finding, while a checker restricted to a few rules (or a
 * single group) no longer pays for the facts only the others match. Immutable and
 * thread-safe.
 */
final class FactFilter {
  private final List<Class<?>> types;
  private final boolean all;
  private final ClassValue<Boolean> matches = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      for (Class<?> t : types) {
        if (t.isAssignableFrom(type)) {
          return Boolean.TRUE;
        }
      }
      return Boolean.FALSE;
    }
  };

  private FactFilter(List<Class<?>> types, boolean all) {
    this.types = types;
    this.all = all;
  }

  /**
   * The filter of a rule base; one that lets every fact through where the base's object types
   * cannot be read (not a Drools rule base, or a type that is not a class).
   */
  static FactFilter of(KieBase base) {
    if (!(base instanceof InternalRuleBase internal)) {
      return new FactFilter(List.of(), true);
    }
    List<Class<?>> types = new ArrayList<>();
    for (ObjectTypeNode node : internal.getRete().getObjectTypeNodes()) {
      ObjectType type = node.getObjectType();
      if (!(type instanceof ClassObjectType classType)) {
        return new FactFilter(List.of(), true);
      }
      types.add(classType.getClassType());
    }
    return new FactFilter(List.copyOf(types), false);
  }

  /** Whether the rule base can match facts of this type. */
  boolean admits(Class<?> type) {
    return all || matches.get(type);
  }

  /** The facts of {@code facts} the rule base can match, in their order. */
  List<Object> filter(List<Object> given) {
    if (all) {
      return given;
    }
    List<Object> facts = given instanceof RandomAccess ? given : new ArrayList<>(given);
    // counted first: a check filters the same facts for each of its rule bases
    List<Object> out = new ArrayList<>(keep(facts, null));
    keep(facts, out);
    return out;
  }

  /**
   * Counts the facts the rule base can match, and adds them to {@code out} unless it is null.
   * A check has a few dozen fact types and filters about a hundred thousand facts several
   * times: each type's answer is kept in a small table by the type's identity hash, so most
   * facts cost a comparison instead of a {@link ClassValue} lookup.
   */
  private int keep(List<Object> facts, List<Object> out) {
    Class<?>[] seen = new Class<?>[64];
    boolean[] admitted = new boolean[64];
    int n = 0;
    for (int i = 0; i < facts.size(); i++) {
      Object fact = facts.get(i);
      Class<?> type = fact.getClass();
      int slot = System.identityHashCode(type) & 63;
      if (seen[slot] != type) {
        seen[slot] = type;
        admitted[slot] = matches.get(type);
      }
      if (admitted[slot]) {
        n++;
        if (out != null) {
          out.add(fact);
        }
      }
    }
    return n;
  }
}
