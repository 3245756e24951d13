package org.strategysession.rules.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One distinct id of the document: an id that elements (people, departments, KPIs, goals,
 * tasks, remarks, initiatives, company goals) carry, or that references name. It says how many
 * elements carry it, the JSON Pointer of the first of them in document order, the kinds of
 * reference that may name it ({@code kinds}; empty for an id only remarks carry) and the
 * references that name it. The index the integrity rules check uniqueness and references
 * against: one fact per id, however many elements and references there are.
 *
 * @param id the id; not null
 * @param count the number of elements with this id; 0 for an id that only references name
 * @param path the JSON Pointer of the first element with this id; null where {@code count} is 0
 * @param kinds what a reference to this id may be ({@link RefKind}); goals, tasks and
 *     initiatives are also {@link RefKind#ADDRESSABLE}; unmodifiable, not null
 * @param references the references that name this id, in document order; unmodifiable, not
 *     null
 */
public record IdFact(String id, int count, String path, Set<RefKind> kinds,
    List<ReferenceFact> references) {
  /** Whether a reference of this kind may name the id. */
  public boolean names(RefKind kind) {
    return kinds.contains(kind);
  }

  /**
   * Whether some reference names this id as something it is not ({@link #unresolved()} is not
   * empty); asks without building the list.
   */
  public boolean hasUnresolved() {
    // by index: the engine asks every id, and an iterator per question is garbage per id
    for (int i = 0, n = references.size(); i < n; i++) {
      if (!names(references.get(i).kind())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The references that name this id as something it is not: those whose {@link
   * ReferenceFact#kind() kind} the id does not admit ({@link #names}), all of them where no
   * element carries the id. In document order; empty (and unmodifiable) for most ids.
   */
  public List<ReferenceFact> unresolved() {
    List<ReferenceFact> out = null;
    for (ReferenceFact r : references) {
      if (!names(r.kind())) {
        if (out == null) {
          out = new ArrayList<>(2);
        }
        out.add(r);
      }
    }
    return out == null ? List.of() : out;
  }
}
