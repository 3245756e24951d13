package org.strategysession.rules.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One distinct id of the document: an id that elements (people, departments, KPIs, goals,
 * tasks, remarks, initiatives, company goals) carry, or that references name. It says how many
 * elements carry it, the JSON Pointer of the first of them in document order, the kinds of
 * reference that may name it ({@code kinds}; empty for an id only remarks carry) and the
 * references that name it. The index the integrity rules check uniqueness and references
 * against: one fact per id, however many elements and references there are. A check makes one
 * for every id where an embedder's rules match this type; where only the standard integrity
 * rules do, it makes them for the ids those rules can match ({@code count > 1} or {@link
 * #hasUnresolved()}), each with the same components.
 *
 * @param id the id; not null
 * @param count the number of elements with this id; 0 for an id that only references name
 * @param path the JSON Pointer of the first element with this id; null where {@code count} is 0
 * @param kinds what a reference to this id may be ({@link RefKind}); goals, tasks and
 *     initiatives are also {@link RefKind#ADDRESSABLE}; unmodifiable, not null
 * @param referencedAs the kinds of the references that name this id (each {@link
 *     ReferenceFact#kind()} of {@code references}); unmodifiable, not null
 * @param references the references that name this id, in document order; unmodifiable, not
 *     null
 */
public record IdFact(String id, int count, String path, Set<RefKind> kinds,
    Set<RefKind> referencedAs, List<ReferenceFact> references) {
  /** The fact with {@code referencedAs} taken from the references. */
  public IdFact(String id, int count, String path, Set<RefKind> kinds,
      List<ReferenceFact> references) {
    this(id, count, path, kinds, kindsOf(references), references);
  }

  private static Set<RefKind> kindsOf(List<ReferenceFact> references) {
    Set<RefKind> out = EnumSet.noneOf(RefKind.class);
    for (ReferenceFact r : references) {
      out.add(r.kind());
    }
    return Collections.unmodifiableSet(out);
  }

  /** Whether a reference of this kind may name the id. */
  public boolean names(RefKind kind) {
    return kinds.contains(kind);
  }

  /**
   * Whether some reference names this id as something it is not ({@link #unresolved()} is not
   * empty); asks the two sets of kinds, not the references (the engine asks every id, and the
   * sets are shared by the ids of a document, where the references are each id's own).
   */
  public boolean hasUnresolved() {
    if (referencedAs.isEmpty()) {
      return false;
    }
    for (RefKind kind : referencedAs) {
      if (!kinds.contains(kind)) {
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
