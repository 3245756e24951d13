package org.strategysession.workbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strategysession.model.AgendaItem;
import org.strategysession.model.CompanyGoal;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.FollowUp;
import org.strategysession.model.Initiative;
import org.strategysession.model.KeyTaskAssignment;
import org.strategysession.model.Person;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.Remark;
import org.strategysession.model.Revision;
import org.strategysession.model.Session;
import org.strategysession.model.Venue;
import org.strategysession.workbook.SheetGrid.Located;

/**
 * What the sheets of a workbook gave, sheet by sheet, until the document is put together:
 * the session's parts come from the Session and the Agenda sheets, the follow-up's from one
 * sheet's two tables.
 */
final class DocumentParts {
  /** A department's plan with the sheet it was read from, for the checks across sheets. */
  record PlanOfSheet(SheetGrid grid, Located title, DepartmentPlan plan) {}

  boolean sessionRead;
  Optional<String> company = Optional.empty();
  Optional<Integer> planningYear = Optional.empty();
  final List<Person> people = new ArrayList<>();
  final List<Department> departments = new ArrayList<>();
  final List<LocalDate> days = new ArrayList<>();
  Optional<Venue> venue = Optional.empty();
  Optional<String> facilitator = Optional.empty();
  final List<String> participants = new ArrayList<>();
  Optional<Revision> revision = Optional.empty();
  final List<PlanOfSheet> plans = new ArrayList<>();
  final List<AgendaItem> agenda = new ArrayList<>();
  final List<Remark> remarks = new ArrayList<>();
  final List<Initiative> initiatives = new ArrayList<>();
  final List<CompanyGoal> companyGoals = new ArrayList<>();
  final List<KeyTaskAssignment> keyTasks = new ArrayList<>();
  final Map<String, String> trackerRefs = new LinkedHashMap<>();

  /**
   * The document; a part with nothing in it is left out.
   *
   * @throws RuntimeException if the model refuses it, or without a company or a year
   */
  PlanDocument document() {
    var doc = PlanDocument.builder()
        .company(company.orElseThrow())
        .planningYear(planningYear.orElseThrow())
        .people(people)
        .departments(departments)
        .plans(plans.stream().map(PlanOfSheet::plan).toList())
        .remarks(remarks)
        .initiatives(initiatives)
        .companyGoals(companyGoals)
        .revision(revision);
    if (!days.isEmpty() || venue.isPresent() || facilitator.isPresent() || !participants.isEmpty()
        || !agenda.isEmpty()) {
      doc.session(Session.builder().days(days).venue(venue).facilitator(facilitator)
          .participants(participants).agenda(agenda).build());
    }
    if (!keyTasks.isEmpty() || !trackerRefs.isEmpty()) {
      doc.followUp(FollowUp.builder().keyTasks(keyTasks).trackerRefs(trackerRefs).build());
    }
    return doc.build();
  }
}
