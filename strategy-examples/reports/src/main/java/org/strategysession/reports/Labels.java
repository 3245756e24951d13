package org.strategysession.reports;

import java.util.Optional;
import org.strategysession.model.Department;
import org.strategysession.model.InitiativeStatus;
import org.strategysession.model.Language;
import org.strategysession.model.PlanDocument;
import org.strategysession.rules.Messages;
import org.strategysession.rules.facts.Label;

/**
 * How the reports name the things of a plan, so that every format names them alike and as the
 * checker's messages do.
 */
final class Labels {
  private Labels() {}

  /** An element as the messages name it: its id with its name, {@code sales.t1 "Showroom kit"}. */
  static String label(String id, Optional<String> name, Language language) {
    return Messages.render(new Label(id, name.orElse(null)), language.locale());
  }

  /** The declared name of a department of the document, if it has one. */
  static Optional<String> departmentName(PlanDocument document, String department) {
    return Optional.ofNullable(document.departmentById().get(department))
        .flatMap(Department::name);
  }

  /** An initiative's status in words. */
  static String status(InitiativeStatus status, Language language) {
    return switch (status) {
      case PROPOSED -> language.t("proposed", "предложена");
      case UNDER_ANALYSIS -> language.t("under analysis", "на анализе");
      case ACCEPTED -> language.t("accepted", "принята");
      case REJECTED -> language.t("rejected", "отклонена");
      case DEFERRED -> language.t("deferred", "отложена");
    };
  }
}
