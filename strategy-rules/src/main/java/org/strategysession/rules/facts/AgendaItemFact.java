package org.strategysession.rules.facts;

import org.strategysession.model.AgendaKind;

/** One agenda item; times are minutes since midnight, null where unknown. Null stands for an absent value. */
public record AgendaItemFact(int index, Integer day, Integer start, Integer end, Integer minutes, AgendaKind kind, String title, String department, String presenter, String path) {
  /** The item's 1-based position in the agenda with its {@code title}, for messages. */
  public Label label() {
    return new Label(String.valueOf(index + 1), title);
  }
}
