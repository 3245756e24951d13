package org.strategysession.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.strategysession.model.AgendaItem;
import org.strategysession.model.CompanyGoal;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.FollowUp;
import org.strategysession.model.Goal;
import org.strategysession.model.Initiative;
import org.strategysession.model.JsonPointers;
import org.strategysession.model.KeyTaskAssignment;
import org.strategysession.model.Kpi;
import org.strategysession.model.Need;
import org.strategysession.model.Person;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.Remark;
import org.strategysession.model.Session;
import org.strategysession.model.Task;
import org.strategysession.rules.CheckOptions;

/**
 * The benchmarks' baseline: the six rules {@link #RULES} written by hand in plain Java, with
 * hash-map joins and one pass over the document per rule, no rule engine. It reports the
 * same (rule, subject, department, path) as {@code PlanChecker} restricted to those rules
 * (the baseline agreement test holds it to that), but no message, severity or arguments.
 *
 * <p>Immutable and thread-safe.
 */
public final class BaselineChecker {
  /** The rules the baseline implements, as in {@code RULES.md}. */
  public static final List<String> RULES = List.of("DUPLICATE_ID", "UNKNOWN_REFERENCE",
      "GOAL_WITHOUT_TASKS", "NEED_UNANSWERED", "SUPPORT_TOO_LATE", "SALES_ASSUMPTION_MISMATCH");

  private final double salesTolerance;

  /** A baseline with the thresholds of {@code options}; not null. */
  public BaselineChecker(CheckOptions options) {
    this.salesTolerance = options.salesTolerance();
  }

  /** A baseline with the default thresholds. */
  public BaselineChecker() {
    this(CheckOptions.defaults());
  }

  /**
   * The findings of the six rules on a document, in no particular order.
   *
   * @param doc not null
   * @return a new list; never null
   */
  public List<FindingKey> check(PlanDocument doc) {
    List<FindingKey> out = new ArrayList<>();
    duplicateIds(doc, out);
    unknownReferences(doc, out);
    goalsWithoutTasks(doc, out);
    needsUnanswered(doc, out);
    supportsTooLate(doc, out);
    salesAssumptionMismatches(doc, out);
    return out;
  }

  // ---- DUPLICATE_ID: one finding per id used by two or more elements, at the first --------

  private static void duplicateIds(PlanDocument doc, List<FindingKey> out) {
    Map<String, String> firstPath = new LinkedHashMap<>();
    Map<String, Integer> uses = new HashMap<>();
    forEachElement(doc, (id, path) -> {
      firstPath.putIfAbsent(id, path);
      uses.merge(id, 1, Integer::sum);
    });
    firstPath.forEach((id, path) -> {
      if (uses.get(id) > 1) {
        out.add(new FindingKey("DUPLICATE_ID", id, null, path));
      }
    });
  }

  private interface ElementSink {
    void element(String id, String path);
  }

  private static void forEachElement(PlanDocument doc, ElementSink sink) {
    for (int i = 0; i < doc.people().size(); i++) {
      sink.element(doc.people().get(i).id(), "/people/" + i);
    }
    for (int i = 0; i < doc.departments().size(); i++) {
      sink.element(doc.departments().get(i).id(), "/departments/" + i);
    }
    for (int i = 0; i < doc.plans().size(); i++) {
      DepartmentPlan plan = doc.plans().get(i);
      for (int j = 0; j < plan.kpis().size(); j++) {
        sink.element(plan.kpis().get(j).id(), "/plans/" + i + "/kpis/" + j);
      }
      for (int j = 0; j < plan.goals().size(); j++) {
        sink.element(plan.goals().get(j).id(), "/plans/" + i + "/goals/" + j);
      }
      for (int j = 0; j < plan.tasks().size(); j++) {
        sink.element(plan.tasks().get(j).id(), "/plans/" + i + "/tasks/" + j);
      }
    }
    for (int i = 0; i < doc.remarks().size(); i++) {
      sink.element(doc.remarks().get(i).id(), "/remarks/" + i);
    }
    for (int i = 0; i < doc.initiatives().size(); i++) {
      sink.element(doc.initiatives().get(i).id(), "/initiatives/" + i);
    }
    for (int i = 0; i < doc.companyGoals().size(); i++) {
      sink.element(doc.companyGoals().get(i).id(), "/companyGoals/" + i);
    }
  }

  // ---- UNKNOWN_REFERENCE: a reference that names no element of the expected kind ----------

  private static void unknownReferences(PlanDocument doc, List<FindingKey> out) {
    Set<String> people = new HashSet<>();
    Set<String> departments = new HashSet<>();
    Set<String> kpis = new HashSet<>();
    Set<String> goals = new HashSet<>();
    Set<String> tasks = new HashSet<>();
    Set<String> addressable = new HashSet<>();
    doc.people().forEach(p -> people.add(p.id()));
    doc.departments().forEach(d -> departments.add(d.id()));
    for (DepartmentPlan plan : doc.plans()) {
      plan.kpis().forEach(k -> kpis.add(k.id()));
      plan.goals().forEach(g -> goals.add(g.id()));
      plan.tasks().forEach(t -> tasks.add(t.id()));
    }
    addressable.addAll(goals);
    addressable.addAll(tasks);
    doc.initiatives().forEach(in -> addressable.add(in.id()));
    Set<String> companyGoals = new HashSet<>();
    doc.companyGoals().forEach(c -> companyGoals.add(c.id()));

    References refs = new References(out);
    for (int i = 0; i < doc.people().size(); i++) {
      Person p = doc.people().get(i);
      refs.check(p.id(), null, "/people/" + i + "/department", departments,
          p.department().orElse(null));
    }
    for (int i = 0; i < doc.departments().size(); i++) {
      Department d = doc.departments().get(i);
      refs.check(d.id(), d.id(), "/departments/" + i + "/head", people, d.head().orElse(null));
    }
    for (int i = 0; i < doc.plans().size(); i++) {
      DepartmentPlan plan = doc.plans().get(i);
      String dept = plan.department();
      String path = "/plans/" + i;
      refs.check(dept, dept, path + "/department", departments, dept);
      if (plan.report().isPresent()) {
        var proposals = plan.report().get().proposals();
        for (int k = 0; k < proposals.size(); k++) {
          refs.check(dept, dept, path + "/report/proposals/" + k + "/to", departments,
              proposals.get(k).to().orElse(null));
        }
      }
      for (int j = 0; j < plan.kpis().size(); j++) {
        Kpi k = plan.kpis().get(j);
        if (k.basedOn().isPresent()) {
          refs.check(k.id(), dept, path + "/kpis/" + j + "/basedOn/kpi", kpis,
              k.basedOn().get().kpi().orElse(null));
        }
      }
      for (int j = 0; j < plan.goals().size(); j++) {
        Goal g = plan.goals().get(j);
        String gp = path + "/goals/" + j;
        refs.check(g.id(), dept, gp + "/owner", people, g.owner().orElse(null));
        refs.checkEach(g.id(), dept, gp + "/kpis", kpis, g.kpis());
        refs.checkEach(g.id(), dept, gp + "/serves", companyGoals, g.serves());
      }
      for (int j = 0; j < plan.tasks().size(); j++) {
        Task t = plan.tasks().get(j);
        String tp = path + "/tasks/" + j;
        refs.check(t.id(), dept, tp + "/goal", goals, t.goal().orElse(null));
        refs.check(t.id(), dept, tp + "/owner", people, t.owner().orElse(null));
        for (int k = 0; k < t.needs().size(); k++) {
          refs.check(t.id(), dept, tp + "/needs/" + k + "/department", departments,
              t.needs().get(k).department().orElse(null));
        }
        refs.checkEach(t.id(), dept, tp + "/supports", tasks, t.supports());
      }
    }
    for (int i = 0; i < doc.remarks().size(); i++) {
      Remark r = doc.remarks().get(i);
      String dept = r.department().orElse(null);
      refs.check(r.id(), dept, "/remarks/" + i + "/department", departments, dept);
      refs.checkEach(r.id(), dept, "/remarks/" + i + "/addressedBy", addressable,
          r.addressedBy());
    }
    for (int i = 0; i < doc.initiatives().size(); i++) {
      Initiative in = doc.initiatives().get(i);
      String dept = in.proposedBy().orElse(null);
      String path = "/initiatives/" + i;
      refs.check(in.id(), dept, path + "/proposedBy", departments, dept);
      refs.checkEach(in.id(), dept, path + "/departments", departments, in.departments());
      refs.check(in.id(), dept, path + "/owner", people, in.owner().orElse(null));
    }
    for (int i = 0; i < doc.companyGoals().size(); i++) {
      CompanyGoal c = doc.companyGoals().get(i);
      String path = "/companyGoals/" + i;
      refs.check(c.id(), null, path + "/owner", people, c.owner().orElse(null));
      refs.checkEach(c.id(), null, path + "/kpis", kpis, c.kpis());
    }
    if (doc.session().isPresent()) {
      Session s = doc.session().get();
      refs.check("session", null, "/session/facilitator", people, s.facilitator().orElse(null));
      refs.checkEach("session", null, "/session/participants", people, s.participants());
      for (int i = 0; i < s.agenda().size(); i++) {
        AgendaItem item = s.agenda().get(i);
        String path = "/session/agenda/" + i;
        refs.check("session", null, path + "/department", departments,
            item.department().orElse(null));
        refs.check("session", null, path + "/presenter", people, item.presenter().orElse(null));
      }
    }
    if (doc.followUp().isPresent()) {
      FollowUp f = doc.followUp().get();
      for (int i = 0; i < f.keyTasks().size(); i++) {
        KeyTaskAssignment a = f.keyTasks().get(i);
        String path = "/followUp/keyTasks/" + i;
        refs.check("followUp", null, path + "/person", people, a.person().orElse(null));
        refs.checkEach("followUp", null, path + "/tasks", tasks, a.tasks());
        refs.checkEach("followUp", null, path + "/done", tasks, a.done());
      }
      for (String task : f.trackerRefs().keySet()) {
        refs.check("followUp", null, JsonPointers.member("/followUp/trackerRefs", task), tasks, task);
      }
    }
  }

  /** Reports references whose target is absent from the set of its kind. */
  private record References(List<FindingKey> out) {
    void check(String holder, String department, String path, Set<String> known,
        String target) {
      if (target != null && !known.contains(target)) {
        out.add(new FindingKey("UNKNOWN_REFERENCE", holder, department, path));
      }
    }

    /** Each reference of a list, at {@code listPath/index}. */
    void checkEach(String holder, String department, String listPath, Set<String> known,
        List<String> targets) {
      for (int k = 0; k < targets.size(); k++) {
        check(holder, department, listPath + "/" + k, known, targets.get(k));
      }
    }
  }

  // ---- GOAL_WITHOUT_TASKS: no task that is not DROPPED has the goal as its goal -----------

  private static void goalsWithoutTasks(PlanDocument doc, List<FindingKey> out) {
    Set<String> served = new HashSet<>();
    for (DepartmentPlan plan : doc.plans()) {
      for (Task t : plan.tasks()) {
        if (!t.isDropped()) {
          t.goal().ifPresent(served::add);
        }
      }
    }
    for (int i = 0; i < doc.plans().size(); i++) {
      DepartmentPlan plan = doc.plans().get(i);
      for (int j = 0; j < plan.goals().size(); j++) {
        Goal g = plan.goals().get(j);
        if (!served.contains(g.id())) {
          out.add(new FindingKey("GOAL_WITHOUT_TASKS", g.id(), plan.department(),
              "/plans/" + i + "/goals/" + j));
        }
      }
    }
  }

  // ---- NEED_UNANSWERED: a need to another department D that no live task of D supports ----

  private static void needsUnanswered(PlanDocument doc, List<FindingKey> out) {
    Set<String> departments = new HashSet<>();
    doc.departments().forEach(d -> departments.add(d.id()));
    // (supporting department, supported task id) of every task that is not DROPPED
    Set<DeptTask> answered = new HashSet<>();
    for (DepartmentPlan plan : doc.plans()) {
      for (Task t : plan.tasks()) {
        if (!t.isDropped()) {
          for (String supported : t.supports()) {
            answered.add(new DeptTask(plan.department(), supported));
          }
        }
      }
    }
    for (int i = 0; i < doc.plans().size(); i++) {
      DepartmentPlan plan = doc.plans().get(i);
      String dept = plan.department();
      for (int j = 0; j < plan.tasks().size(); j++) {
        Task t = plan.tasks().get(j);
        if (t.isDropped()) {
          continue;
        }
        for (int k = 0; k < t.needs().size(); k++) {
          Need n = t.needs().get(k);
          String to = n.department().orElse(null);
          if (to == null || to.equals(dept) || !departments.contains(to)) {
            continue;
          }
          if (!answered.contains(new DeptTask(to, t.id()))) {
            out.add(new FindingKey("NEED_UNANSWERED", t.id(), dept,
                "/plans/" + i + "/tasks/" + j + "/needs/" + k));
          }
        }
      }
    }
  }

  private record DeptTask(String department, String task) {}

  // ---- SUPPORT_TOO_LATE: a live supporting task starts after the live task it supports ----
  // (docs/decisions.md: silent where the supported task is DROPPED)

  private static void supportsTooLate(PlanDocument doc, List<FindingKey> out) {
    Map<String, Integer> firstMonth = new HashMap<>();
    for (DepartmentPlan plan : doc.plans()) {
      for (Task t : plan.tasks()) {
        if (!t.isDropped()) {
          firstMonth.putIfAbsent(t.id(), t.firstMonth().orElse(null));
        }
      }
    }
    for (int i = 0; i < doc.plans().size(); i++) {
      DepartmentPlan plan = doc.plans().get(i);
      for (int j = 0; j < plan.tasks().size(); j++) {
        Task t = plan.tasks().get(j);
        Integer start = t.firstMonth().orElse(null);
        if (t.isDropped() || start == null) {
          continue;
        }
        Set<String> reported = new HashSet<>();
        for (int k = 0; k < t.supports().size(); k++) {
          String supported = t.supports().get(k);
          Integer needed = firstMonth.get(supported);
          if (needed != null && start > needed && reported.add(supported)) {
            out.add(new FindingKey("SUPPORT_TOO_LATE", t.id(), plan.department(),
                "/plans/" + i + "/tasks/" + j + "/supports/" + k));
          }
        }
      }
    }
  }

  // ---- SALES_ASSUMPTION_MISMATCH: assumed differs from the sales target beyond tolerance ---

  private void salesAssumptionMismatches(PlanDocument doc, List<FindingKey> out) {
    Set<String> salesDepartments = new HashSet<>();
    for (Department d : doc.departments()) {
      if (d.kind().orElse(null) == DepartmentKind.SALES) {
        salesDepartments.add(d.id());
      }
    }
    Map<String, BigDecimal> salesTargets = new HashMap<>();
    Set<String> salesKpis = new HashSet<>();
    for (DepartmentPlan plan : doc.plans()) {
      if (salesDepartments.contains(plan.department())) {
        for (Kpi k : plan.kpis()) {
          salesKpis.add(k.id());
          k.target().ifPresent(t -> salesTargets.putIfAbsent(k.id(), t));
        }
      }
    }
    for (int i = 0; i < doc.plans().size(); i++) {
      DepartmentPlan plan = doc.plans().get(i);
      for (int j = 0; j < plan.kpis().size(); j++) {
        Kpi k = plan.kpis().get(j);
        if (k.basedOn().isEmpty()) {
          continue;
        }
        String sales = k.basedOn().get().kpi().orElse(null);
        BigDecimal assumed = k.basedOn().get().assumed().orElse(null);
        BigDecimal target = sales == null ? null : salesTargets.get(sales);
        if (assumed != null && target != null && differsBeyond(assumed, target)) {
          out.add(new FindingKey("SALES_ASSUMPTION_MISMATCH", k.id(), plan.department(),
              "/plans/" + i + "/kpis/" + j));
        }
      }
    }
  }

  private boolean differsBeyond(BigDecimal value, BigDecimal reference) {
    BigDecimal allowed = reference.abs().multiply(BigDecimal.valueOf(salesTolerance));
    return value.subtract(reference).abs().compareTo(allowed) > 0;
  }
}
