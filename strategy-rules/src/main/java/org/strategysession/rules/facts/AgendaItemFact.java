package org.strategysession.rules.facts;

import org.strategysession.model.AgendaKind;

/**
 * One agenda item; times are minutes since midnight, null where unknown. {@code sortKey}
 * orders items by what they are (start, end, kind, title, department, presenter), not by
 * where they stand in the list, so that rules about pairs of items name them the same way
 * whatever the order of the agenda. Null stands for an absent value.
 */
public record AgendaItemFact(int index, Integer day, Integer start, Integer end, Integer minutes,
    AgendaKind kind, String title, String department, String presenter, String sortKey,
    String path) {
  /**
   * The item as named in messages: its kind and department (e.g. {@code DEPARTMENT_REPORT
   * sales}) with its title; the kind alone where it has no department, {@code item} where it
   * has no kind.
   */
  public Label label() {
    String what = kind == null ? "item" : kind.name();
    return new Label(department == null ? what : what + " " + department, title);
  }

  /** The sort key of an item with these values. */
  public static String sortKey(Integer start, Integer end, AgendaKind kind, String title,
      String department, String presenter) {
    return String.format("%05d|%05d|%s|%s|%s|%s", start == null ? 99999 : start,
        end == null ? 99999 : end, kind == null ? "" : kind.name(), title == null ? "" : title,
        department == null ? "" : department, presenter == null ? "" : presenter);
  }
}
