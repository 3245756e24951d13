package org.strategysession.workbook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.strategysession.model.Department;
import org.strategysession.model.Person;
import org.strategysession.workbook.Layout.Lookup;
import org.strategysession.workbook.SheetGrid.Located;

/**
 * The references to people and departments met on every sheet, checked against the People
 * and Departments tables once the whole workbook is read (those tables may come later). A
 * reference to no one is a warning, not an error: someone new may be added to the list later.
 */
final class References {
  private record Reference(Lookup lookup, String id, Located at, String field) {}

  private final List<Reference> references = new ArrayList<>();

  /** A person's or department's id, read as {@code field} from a cell. */
  void add(Lookup lookup, String id, Located at, String field) {
    references.add(new Reference(lookup, id, at, field));
  }

  /** Warns of every reference that is not an id of the tables, with the id meant if it is clear. */
  void check(List<Person> people, List<Department> departments, ValueReader values) {
    Set<String> personIds = new HashSet<>();
    people.forEach(p -> personIds.add(p.id()));
    Set<String> departmentIds = new HashSet<>();
    departments.forEach(d -> departmentIds.add(d.id()));
    for (Reference r : references) {
      boolean person = r.lookup() == Lookup.PERSON;
      Set<String> ids = person ? personIds : departmentIds;
      if (ids.contains(r.id())) {
        continue;
      }
      String suggestion = person
          ? suggest(r.id(), people, Person::id, Person::name)
          : suggest(r.id(), departments, Department::id, Department::name);
      values.warning(r.at(), r.field() + " \"" + r.id() + "\" is not "
          + (person ? "the ID of a person in the People table" : "the ID of a department in the Departments table")
          + " of the Session sheet" + (suggestion == null ? "" : "; did you mean \"" + suggestion + "\"?"));
    }
  }

  /** The id of the first entry whose id or name is what was typed, but for case and spacing. */
  private static <T> String suggest(
      String typed, List<T> entries, Function<T, String> id, Function<T, Optional<String>> name) {
    String t = Term.normalize(typed);
    for (T e : entries) {
      if (Term.normalize(id.apply(e)).equals(t) || name.apply(e).map(Term::normalize).filter(t::equals).isPresent()) {
        return id.apply(e);
      }
    }
    return null;
  }
}
