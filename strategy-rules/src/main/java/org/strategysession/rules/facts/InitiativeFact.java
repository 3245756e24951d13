package org.strategysession.rules.facts;

import java.time.LocalDate;
import org.strategysession.model.InitiativeStatus;

/** A cross-department initiative; {@code departmentCount} counts distinct department ids; {@code status} is the effective status. Null stands for an absent value. */
public record InitiativeFact(String id, String title, String proposedBy, int departmentCount, String owner, InitiativeStatus status, LocalDate decidedOn, String path) {
  /** The id with the {@code title}, for messages. */
  public Label label() {
    return new Label(id, title);
  }
}
