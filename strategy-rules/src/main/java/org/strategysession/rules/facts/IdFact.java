package org.strategysession.rules.facts;

import java.util.Set;

/**
 * One distinct id of the document's elements (people, departments, KPIs, goals, tasks,
 * remarks, initiatives, company goals): how many elements carry it, the JSON Pointer of the
 * first of them in document order, and the kinds of reference that may name it ({@code kinds};
 * empty for an id only remarks carry). The index the integrity rules check uniqueness and
 * references against: one fact per id, however many elements and references there are.
 *
 * @param id the id; not null
 * @param count the number of elements with this id, at least 1
 * @param path the JSON Pointer of the first element with this id; not null
 * @param kinds what a reference to this id may be ({@link RefKind}); goals, tasks and
 *     initiatives are also {@link RefKind#ADDRESSABLE}; unmodifiable, not null
 */
public record IdFact(String id, int count, String path, Set<RefKind> kinds) {
  /** Whether a reference of this kind may name the id. */
  public boolean names(RefKind kind) {
    return kinds.contains(kind);
  }
}
