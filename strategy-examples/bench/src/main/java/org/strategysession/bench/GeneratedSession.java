package org.strategysession.bench;

import static org.strategysession.bench.PlanGenerator.DAY1;
import static org.strategysession.bench.PlanGenerator.REPORT_SLOTS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.FollowUp;
import org.strategysession.model.ImmutableFollowUp;
import org.strategysession.model.ImmutablePlanDocument;
import org.strategysession.model.Initiative;
import org.strategysession.model.InitiativeStatus;
import org.strategysession.model.InitiativeTheme;
import org.strategysession.model.KeyTaskAssignment;
import org.strategysession.model.Remark;
import org.strategysession.model.RemarkKind;
import org.strategysession.model.Session;
import org.strategysession.model.StandardProgram;
import org.strategysession.model.TaskStatus;
import org.strategysession.model.Venue;
import org.strategysession.model.VenueFormat;

/**
 * The session side of one generated document, drawn after the company's plans ({@link
 * GeneratedCompany}): remarks on the departments' reports and what addresses them,
 * initiatives, the standard two-day session (report slots for at most {@value
 * PlanGenerator#REPORT_SLOTS} departments, every head taking part) and its follow-up with key
 * tasks and tracker keys — again with a few percent of defects. Not thread-safe: one instance
 * per document.
 */
final class GeneratedSession {
  private final GeneratedCompany company;
  private final Dice dice;
  private final int count;
  private final List<String> ids;
  private final List<DepartmentKind> kinds;
  private final List<String> heads;
  private final Map<String, List<String>> goalIds;
  private final Map<String, List<TaskDraft>> tasks;

  GeneratedSession(GeneratedCompany company, Dice dice) {
    this.company = company;
    this.dice = dice;
    this.count = company.count;
    this.ids = company.ids;
    this.kinds = company.kinds;
    this.heads = company.heads;
    this.goalIds = company.goalIds;
    this.tasks = company.tasks;
  }

  /** Draws remarks and initiatives, the session and the follow-up, in this order, into doc. */
  void drawInto(ImmutablePlanDocument.Builder doc) {
    remarksAndInitiatives(doc);
    doc.session(session());
    doc.followUp(followUp());
  }

  private void remarksAndInitiatives(ImmutablePlanDocument.Builder doc) {
    int remark = 0;
    for (int i = 0; i < count; i++) {
      String d = ids.get(i);
      int n = dice.between(0, 2);
      for (int r = 0; r < n; r++) {
        RemarkKind kind = dice.pick(List.of(RemarkKind.values()));
        var b = Remark.builder().id("r" + (++remark)).day(1).department(d).kind(kind)
            .text("Remark on the report of " + d);
        if (!dice.chance(0.2)) {
          List<TaskDraft> own = tasks.get(d);
          b.addAddressedBy(dice.chance(0.01) ? "x" + remark
              : own.isEmpty() || dice.chance(0.3) ? goalIds.get(d).get(0) : dice.pick(own).id);
        }
        doc.addRemarks(b.build());
      }
    }
    int initiatives = Math.max(1, count / 3);
    for (int n = 1; n <= initiatives; n++) {
      int i = dice.below(count);
      String d = ids.get(i);
      var b = Initiative.builder().id("i" + n).title("Initiative " + n)
          .theme(dice.pick(List.of(InitiativeTheme.values()))).proposedBy(d).addDepartments(d);
      if (count > 1 && !dice.chance(0.1)) {
        int other = i == 0 ? 1 : company.neighbour(i);
        b.addDepartments(ids.get(other == i ? (i + 1) % count : other));
      }
      if (!dice.chance(0.05)) {
        b.owner(heads.get(i));
      }
      InitiativeStatus status = dice.pick(List.of(InitiativeStatus.values()));
      b.status(status);
      if (status == InitiativeStatus.ACCEPTED || status == InitiativeStatus.REJECTED) {
        b.decidedOn(dice.chance(0.1) ? DAY1 : DAY1.plusDays(dice.between(7, 40)));
      }
      doc.addInitiatives(b.build());
    }
  }

  private Session session() {
    List<String> reporting = ids.subList(0, Math.min(REPORT_SLOTS, count));
    Map<String, String> presenters = new LinkedHashMap<>();
    for (int i = 0; i < reporting.size(); i++) {
      presenters.put(ids.get(i), heads.get(i));
    }
    int hr = kinds.indexOf(DepartmentKind.HR);
    return Session.builder()
        .from(StandardProgram.session(reporting, presenters, DAY1, DAY1.plusDays(1)))
        .venue(Venue.builder().name("Country club").format(VenueFormat.OFFLINE).offsite(true)
            .build())
        .facilitator(heads.get(hr < 0 ? 0 : hr))
        .participants(heads)
        .build();
  }

  private FollowUp followUp() {
    ImmutableFollowUp.Builder f = FollowUp.builder();
    for (int i = 0; i < count; i++) {
      String d = ids.get(i);
      List<TaskDraft> live = tasks.get(d).stream()
          .filter(t -> t.status != TaskStatus.DROPPED && !t.duplicate).toList();
      for (int month = 1; month <= 2; month++) {
        if (live.isEmpty() || dice.chance(0.05)) {
          continue; // HEAD_WITHOUT_KEY_TASKS
        }
        var a = KeyTaskAssignment.builder().person(heads.get(i)).month(month);
        int n = Math.min(live.size(), dice.chance(0.1) ? 2 : dice.between(3, 4));
        for (int k = 0; k < n; k++) {
          a.addTasks(live.get((k + month) % live.size()).id);
        }
        f.addKeyTasks(a.build());
      }
      for (TaskDraft t : live) {
        if (t.status == TaskStatus.APPROVED && !dice.chance(0.05)) {
          f.putTrackerRef(t.id, "PLAN-" + Math.abs(t.id.hashCode()));
        }
      }
    }
    return f.build();
  }
}
