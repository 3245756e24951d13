package org.strategysession.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.strategysession.model.AgendaItem;
import org.strategysession.model.AgendaKind;
import org.strategysession.model.CompanyGoal;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.FollowUp;
import org.strategysession.model.Goal;
import org.strategysession.model.Initiative;
import org.strategysession.model.JsonPointers;
import org.strategysession.model.KeyTaskAssignment;
import org.strategysession.model.KeyTasks;
import org.strategysession.model.Kpi;
import org.strategysession.model.KpiHealth;
import org.strategysession.model.Need;
import org.strategysession.model.Person;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.PlanningCalendar;
import org.strategysession.model.Remark;
import org.strategysession.model.Session;
import org.strategysession.model.StandardBlock;
import org.strategysession.model.StandardProgram;
import org.strategysession.model.Task;
import org.strategysession.model.TaskStatus;
import org.strategysession.model.YearReport;
import org.strategysession.rules.facts.AgendaItemFact;
import org.strategysession.rules.facts.AssumedMonthFact;
import org.strategysession.rules.facts.CompanyGoalFact;
import org.strategysession.rules.facts.DepartmentFact;
import org.strategysession.rules.facts.DocumentFact;
import org.strategysession.rules.facts.EarlierDocumentFact;
import org.strategysession.rules.facts.EarlierGoalFact;
import org.strategysession.rules.facts.EarlierKpiFact;
import org.strategysession.rules.facts.GoalFact;
import org.strategysession.rules.facts.GoalKpiFact;
import org.strategysession.rules.facts.IdFact;
import org.strategysession.rules.facts.InitiativeFact;
import org.strategysession.rules.facts.KeyTaskDoneFact;
import org.strategysession.rules.facts.KeyTaskFact;
import org.strategysession.rules.facts.KeyTaskSetFact;
import org.strategysession.rules.facts.KpiFact;
import org.strategysession.rules.facts.KpiHealthFact;
import org.strategysession.rules.facts.Label;
import org.strategysession.rules.facts.Named;
import org.strategysession.rules.facts.NeedFact;
import org.strategysession.rules.facts.ParticipantFact;
import org.strategysession.rules.facts.PersonFact;
import org.strategysession.rules.facts.PlanFact;
import org.strategysession.rules.facts.QuarterFact;
import org.strategysession.rules.facts.RefKind;
import org.strategysession.rules.facts.ReferenceFact;
import org.strategysession.rules.facts.RemarkFact;
import org.strategysession.rules.facts.ReportSectionFact;
import org.strategysession.rules.facts.ServesFact;
import org.strategysession.rules.facts.SessionDateFact;
import org.strategysession.rules.facts.SessionDayFact;
import org.strategysession.rules.facts.SessionFact;
import org.strategysession.rules.facts.StandardBlockFact;
import org.strategysession.rules.facts.SupportFact;
import org.strategysession.rules.facts.TaskFact;
import org.strategysession.rules.facts.TrackerRefFact;

/**
 * Flattens a document into the facts the rules match: one record per element, reference, need
 * and support, each with its id, department and JSON Pointer, and one per distinct id (the
 * index the integrity rules use). A task's months and a KPI's monthly values stay on the task's
 * and the KPI's fact: no rule joins another fact on a single month, so a fact per month would
 * only cost the engine an insertion and its memories (docs/decisions.md, "Engine speed"). Facts
 * also carry counts of what other elements say of them by id ({@link Links}). The only place
 * that walks the document for the rules; no rule logic lives here, only the shape of the data:
 * what the rules judge, they judge in DRL. One choice of facts follows the rules: of three
 * types the standard rules match only some facts, and where no rule of the embedder's matches
 * the type, only those are made (the ids at fault, the empty report sections, the unlisted tasks
 * done: {@link #of(PlanDocument, LocalDate, CheckOptions, Predicate, Predicate)}).
 */
final class Facts {
  private static final String[] CHECKED_SECTIONS = {
    "results", "strengths", "weaknesses", "marketChanges", "conclusions"
  };

  private final List<Object> out = new ArrayList<>();
  private final CheckOptions options;
  private final PlanDocument doc;
  /** The planning calendar as of the date of the check; null without a date. */
  private final PlanningCalendar calendar;
  /**
   * The id index, by id in order of first appearance as an element's id or a reference's
   * target (see {@link IdFact}).
   */
  private final Map<String, Id> ids;
  /** The fact types some rule can match: facts of other types are not made. */
  private final Predicate<Class<?>> wanted;
  /** Whether the id index is wanted (it holds every element's id and every reference). */
  private final boolean indexed;
  /**
   * Whether every id of the index is made a fact, with every reference; otherwise only the ids
   * at fault ({@link Id#faulty}).
   */
  private final boolean everyId;
  /**
   * Whether every report section is made a fact; otherwise only the empty ones, the only ones
   * REPORT_SECTION_EMPTY can match ({@link #of(PlanDocument, LocalDate, CheckOptions, Predicate,
   * Predicate)}).
   */
  private final boolean everySection;
  /** Whether every entry of a key task done is made a fact; otherwise only the unlisted ones. */
  private final boolean everyDone;
  /**
   * The references of the document in document order, their pointers not made yet; while only
   * ids at fault are made facts, those that named an id of exactly one element of their kind
   * when they were met are left out (counted on the id, {@link Id#unkept}). A reference's
   * pointer and {@link ReferenceFact} are made when the walk ends, where its id is made a fact.
   */
  private final List<Site> sites = new ArrayList<>();
  /**
   * Where not null, the walk only gathers the references to these ids, all of them, as {@link
   * #sites} ({@link #referencesTo}).
   */
  private final Set<String> only;
  private final Links links;
  /** The plans of each department met so far while the plans are walked. */
  private final Map<String, Integer> plansSeen = new HashMap<>();

  private Facts(PlanDocument doc, LocalDate asOf, CheckOptions options,
      Predicate<Class<?>> wanted, Predicate<Class<?>> every, Set<String> only) {
    this.options = options;
    this.doc = doc;
    this.wanted = wanted;
    this.indexed = wanted.test(IdFact.class);
    this.everyId = every.test(IdFact.class);
    this.everySection = every.test(ReportSectionFact.class);
    this.everyDone = every.test(KeyTaskDoneFact.class);
    this.only = only;
    this.calendar = calendar(doc, asOf, options);
    this.links = new Links(doc, wanted);
    // sized for the elements' ids, so that the index of a large document is not rehashed as
    // it grows (references to ids no element has are few)
    this.ids = new LinkedHashMap<>(indexed ? Math.max(16, elementCount(doc) * 4 / 3 + 1) : 16);
  }

  /**
   * What elements say of each other by id, gathered in one pass before the facts are made, so
   * that a fact can carry it (a goal its live tasks, a KPI the goals that name it, a key task
   * the person and tasks of its ids…) and a rule ask the fact instead of joining it with every
   * fact that might name it (docs/decisions.md, "Engine speed"). Only what wanted fact types
   * carry is gathered.
   */
  private static final class Links {
    /** Tasks not DROPPED by the id of their goal. */
    final Map<String, Integer> liveTasksByGoal = new HashMap<>();
    /** Entries of goals' kpis by the KPI id they name. */
    final Map<String, Integer> goalsByKpi = new HashMap<>();
    /** KPIs whose basedOn names a KPI id, by that id. */
    final Map<String, Integer> basedOnByKpi = new HashMap<>();
    /** Departments by the id of their head. */
    final Map<String, Integer> headsByPerson = new HashMap<>();
    /** Goals by the id of their owner. */
    final Map<String, Integer> goalsByOwner = new HashMap<>();
    /** The number of plans of each department. */
    final Map<String, Integer> plansByDepartment = new HashMap<>();
    /** The needs of the tasks of each department by task id (copies of an id together). */
    final Map<String, Map<String, Integer>> needsOfTasks = new HashMap<>();
    /** The supports entries of the tasks of each department by task id, likewise. */
    final Map<String, Map<String, Integer>> supportsOfTasks = new HashMap<>();
    /** Entries of tasks' supports by the task id they name. */
    final Map<String, Integer> supportsByTask = new HashMap<>();
    /** Entries of goals' serves by the company goal id they name. */
    final Map<String, Integer> goalsByCompanyGoal = new HashMap<>();
    /** The months of the tasks of each id, as a mask ({@link TaskFact#maskOf}). */
    final Map<String, Integer> monthsByTask = new HashMap<>();
    /** The task ids the follow-up's trackerRefs give a key that is not blank. */
    final Set<String> transferred = new HashSet<>();
    /** The month masks of the tasks not DROPPED by the id of their owner, in document order. */
    final Map<String, List<Integer>> masksByOwner = new HashMap<>();
    /** The months of live tasks and KPI monthly values of each department's plans (a mask). */
    final Map<String, Integer> monthsByDepartment = new HashMap<>();
    /**
     * The people of each id the follow-up's entries give (as person), as a finding names them, in
     * document order; filled where the follow-up's facts are made.
     */
    final Map<String, List<Named>> peopleNamed = new HashMap<>();
    /** The tasks of each id the follow-up's entries give (as task or done), likewise. */
    final Map<String, List<Named>> tasksNamed = new HashMap<>();

    /** Adds {@code n} to the count of a department's id; nothing for 0. */
    private static void add(Map<String, Map<String, Integer>> counts, String dept, String id,
        int n) {
      if (n > 0) {
        counts.computeIfAbsent(dept, d -> new HashMap<>()).merge(id, n, Integer::sum);
      }
    }

    /** The count of a department's id; 0 where none was added. */
    static int count(Map<String, Map<String, Integer>> counts, String dept, String id) {
      Map<String, Integer> ofDepartment = counts.get(dept);
      Integer n = ofDepartment == null ? null : ofDepartment.get(id);
      return n == null ? 0 : n;
    }

    Links(PlanDocument doc, Predicate<Class<?>> wanted) {
      boolean goals = wanted.test(GoalFact.class);
      boolean kpis = wanted.test(KpiFact.class);
      boolean companyGoals = wanted.test(CompanyGoalFact.class) && !doc.companyGoals().isEmpty();
      boolean keyTasks = wanted.test(KeyTaskFact.class) && doc.followUp().isPresent();
      boolean people = wanted.test(PersonFact.class);
      boolean plans = wanted.test(PlanFact.class);
      boolean tasks = wanted.test(TaskFact.class);
      // the ids the follow-up's facts name: their people and tasks are named while walking
      Set<String> named = new HashSet<>();
      if (wanted.test(KeyTaskFact.class) || wanted.test(KeyTaskDoneFact.class)
          || wanted.test(KeyTaskSetFact.class)) {
        doc.followUp().ifPresent(f -> f.keyTasks().forEach(a -> {
          a.person().ifPresent(named::add);
          named.addAll(a.tasks());
          named.addAll(a.done());
        }));
      }
      for (Person p : doc.people()) {
        if (named.contains(p.id())) {
          peopleNamed.computeIfAbsent(p.id(), id -> new ArrayList<>(1))
              .add(new Named(new Label(p.id(), p.name().orElse(null)),
                  p.department().orElse(null)));
        }
      }
      if (people) {
        for (Department d : doc.departments()) {
          d.head().ifPresent(h -> headsByPerson.merge(h, 1, Integer::sum));
        }
      }
      for (DepartmentPlan plan : doc.plans()) {
        plansByDepartment.merge(plan.department(), 1, Integer::sum);
        int departmentMonths = 0;
        for (Kpi k : plan.kpis()) {
          if (plans) {
            departmentMonths |= TaskFact.maskOf(k.monthly().keySet());
          }
          if (kpis) {
            k.basedOn().flatMap(b -> b.kpi())
                .ifPresent(id -> basedOnByKpi.merge(id, 1, Integer::sum));
          }
        }
        for (Goal g : plan.goals()) {
          if (people) {
            g.owner().ifPresent(o -> goalsByOwner.merge(o, 1, Integer::sum));
          }
          if (kpis) {
            g.kpis().forEach(k -> goalsByKpi.merge(k, 1, Integer::sum));
          }
          if (companyGoals) {
            g.serves().forEach(c -> goalsByCompanyGoal.merge(c, 1, Integer::sum));
          }
        }
        for (Task t : plan.tasks()) {
          int mask = TaskFact.maskOf(t.months());
          boolean live = !t.isDropped();
          departmentMonths |= live ? mask : 0;
          String owner = people && live ? t.owner().orElse(null) : null;
          if (owner != null) {
            masksByOwner.computeIfAbsent(owner, o -> new ArrayList<>()).add(mask);
          }
          String goal = goals && live ? t.goal().orElse(null) : null;
          if (goal != null) {
            liveTasksByGoal.merge(goal, 1, Integer::sum);
          }
          if (keyTasks) {
            monthsByTask.merge(t.id(), mask, (a, b) -> a | b);
          }
          if (tasks) {
            for (int k = 0; k < t.supports().size(); k++) {
              supportsByTask.merge(t.supports().get(k), 1, Integer::sum);
            }
            add(needsOfTasks, plan.department(), t.id(), t.needs().size());
            add(supportsOfTasks, plan.department(), t.id(), t.supports().size());
          }
          if (named.contains(t.id())) {
            tasksNamed.computeIfAbsent(t.id(), id -> new ArrayList<>(1))
                .add(new Named(new Label(t.id(), t.title().orElse(null)), plan.department()));
          }
        }
        if (plans) {
          monthsByDepartment.merge(plan.department(), departmentMonths, (a, b) -> a | b);
        }
      }
      if (wanted.test(TaskFact.class)) {
        doc.followUp().ifPresent(f -> f.trackerRefs().forEach((task, key) -> {
          if (RuleFunctions.hasText(key)) {
            transferred.add(task);
          }
        }));
      }
    }
  }

  /** The number of elements with an id in the document. */
  private static int elementCount(PlanDocument doc) {
    int n = doc.people().size() + doc.departments().size() + doc.remarks().size()
        + doc.initiatives().size() + doc.companyGoals().size();
    for (DepartmentPlan plan : doc.plans()) {
      n += plan.kpis().size() + plan.goals().size() + plan.tasks().size();
    }
    return n;
  }

  /** The facts of one document. */
  /**
   * The calendar of a check as of a date: the fact a dated check makes and the {@code calendar}
   * global its rules read are this one calendar. Null without a date.
   */
  static PlanningCalendar calendar(PlanDocument doc, LocalDate asOf, CheckOptions options) {
    return asOf == null ? null : PlanningCalendar.of(doc, asOf, options.reviewOptions());
  }

  static List<Object> of(PlanDocument doc, LocalDate asOf, CheckOptions options) {
    return of(doc, asOf, options, type -> true, type -> true);
  }

  /**
   * The facts of one document that are of a wanted type: a checker whose rules match only some
   * types (see {@link FactFilter}) spares the making of the others, and of the id index unless
   * {@link IdFact} is wanted. Facts of the small, fixed-size types may still be there.
   *
   * <p>Of three types, the standard rules match only some facts, and unless {@code every} says
   * otherwise of the type, only those are made (each the same fact as otherwise):
   *
   * <ul>
   *   <li>{@link IdFact}: the ids at fault, those that more than one element carries or that a
   *       reference names as something they are not ({@code IdFact(count > 1)}, DUPLICATE_ID,
   *       and {@code IdFact(hasUnresolved())}, UNKNOWN_REFERENCE), references and all;
   *   <li>{@link ReportSectionFact}: the empty sections ({@code empty == true},
   *       REPORT_SECTION_EMPTY);
   *   <li>{@link KeyTaskDoneFact}: the tasks done that the entry does not list as key tasks
   *       ({@code listed == false}, KEY_TASK_DONE_UNLISTED).
   * </ul>
   *
   * <p>{@code SelectedFactsTest} holds the catalog to those patterns. A checker asks for every
   * fact of a type where an embedder's rules match it: those see every fact, as the type
   * documents.
   */
  static List<Object> of(PlanDocument doc, LocalDate asOf, CheckOptions options,
      Predicate<Class<?>> wanted, Predicate<Class<?>> every) {
    Facts f = new Facts(doc, asOf, options, wanted, every, null);
    f.document(asOf);
    return f.out;
  }

  /**
   * Every reference to these ids, in document order: a second walk that makes no fact. Needed
   * only where an id is found at fault after references to it were met that named it rightly
   * (a second element of the id later in the document, or a reference that names it wrongly
   * after some that named it rightly): those were counted, not kept.
   */
  private List<Site> referencesTo(Set<String> targets) {
    // the walk meets every reference whatever fact types are wanted: none but the index here
    Facts f = new Facts(doc, null, options, type -> type == IdFact.class, type -> false,
        targets);
    f.document(null);
    return f.sites;
  }

  private boolean wants(Class<?> type) {
    return wanted.test(type);
  }

  /** The facts that describe the earlier version, for the revision rules. */
  static List<Object> earlier(PlanDocument earlier) {
    List<Object> out = new ArrayList<>();
    out.add(new EarlierDocumentFact(earlier.company(), earlier.planningYear()));
    for (DepartmentPlan plan : earlier.plans()) {
      for (Kpi k : plan.kpis()) {
        out.add(new EarlierKpiFact(k.id(), plan.department(), k.name().orElse(null),
            k.target().orElse(null), k.monthly(), k.actual(), true));
      }
      for (Goal g : plan.goals()) {
        out.add(new EarlierGoalFact(g.id(), plan.department(), g.title().orElse(null), true));
      }
    }
    FirstCopies.mark(out);
    return out;
  }



  private void document(LocalDate asOf) {
    out.add(new DocumentFact(doc.company(), doc.planningYear(), doc.session().isPresent(),
        doc.followUp().isPresent(), doc.companyGoals().size(),
        doc.revision().flatMap(r -> r.quarter()).orElse(null),
        doc.revision().flatMap(r -> r.date()).orElse(null), asOf));
    if (calendar != null) {
      out.add(calendar);
    }
    for (int q = 1; q <= 4; q++) {
      out.add(new QuarterFact(q, 3 * q - 2, 3 * q));
    }
    people(doc);
    departments(doc);
    for (int i = 0; i < doc.plans().size(); i++) {
      plan(doc.plans().get(i), i);
    }
    remarks(doc);
    initiatives(doc);
    companyGoals();
    doc.session().ifPresent(this::session);
    doc.followUp().ifPresent(this::followUp);
    if (only != null) {
      return;
    }
    // the references of the ids made facts, now that every element has been counted; an id at
    // fault with references that were only counted is gathered again, whole
    Set<String> again = new HashSet<>();
    for (Map.Entry<String, Id> e : ids.entrySet()) {
      if (e.getValue().unkept > 0 && e.getValue().faulty()) {
        again.add(e.getKey());
      }
    }
    for (Site site : sites) {
      if ((everyId || site.entry.faulty()) && !again.contains(site.target)) {
        site.entry.add(site.reference());
      }
    }
    if (!again.isEmpty()) {
      for (Site site : referencesTo(again)) {
        ids.get(site.target).add(site.reference());
      }
    }
    Set<String> repeated = new HashSet<>();
    for (Map.Entry<String, Id> e : ids.entrySet()) {
      Id id = e.getValue();
      // an id that only references name has count 0, no path and no kinds
      if (everyId || id.faulty()) {
        out.add(new IdFact(e.getKey(), id.count, id.path, KINDS.get(id.kinds),
            KINDS.get(id.referencedAs),
            id.references == null ? List.of() : Collections.unmodifiableList(id.references)));
      }
      if (id.count > 1) {
        repeated.add(e.getKey());
      }
    }
    // an id one element carries is one fact's: only ids of several elements can have copies
    // (asked of the few repeated ids, not of the index of every id)
    FirstCopies.mark(out, indexed ? repeated::contains : id -> true);
  }

  private void people(PlanDocument doc) {
    for (int i = 0; i < doc.people().size(); i++) {
      Person p = doc.people().get(i);
      String path = "/people/" + i;
      String dept = p.department().orElse(null);
      element(p.id(), path);
      referable(p.id(), RefKind.PERSON);
      if (wants(PersonFact.class)) {
        out.add(new PersonFact(p.id(), p.name().orElse(null), dept, p.role().orElse(null),
            Collections.unmodifiableList(links.masksByOwner.getOrDefault(p.id(), List.of())),
            links.headsByPerson.getOrDefault(p.id(), 0), links.goalsByOwner.getOrDefault(p.id(), 0),
            true, path));
      }
      ref(p.id(), null, path, "/department", RefKind.DEPARTMENT, dept);
    }
  }

  private void departments(PlanDocument doc) {
    for (int i = 0; i < doc.departments().size(); i++) {
      Department d = doc.departments().get(i);
      String path = "/departments/" + i;
      element(d.id(), path);
      referable(d.id(), RefKind.DEPARTMENT);
      boolean dependent = d.kind().map(options.salesDependentKinds()::contains).orElse(false);
      out.add(new DepartmentFact(d.id(), d.name().orElse(null), d.kind().orElse(null),
          d.head().orElse(null), dependent, links.plansByDepartment.getOrDefault(d.id(), 0), true,
          path));
      ref(d.id(), d.id(), path, "/head", RefKind.PERSON, d.head().orElse(null));
    }
  }

  private void plan(DepartmentPlan plan, int i) {
    String dept = plan.department();
    String path = "/plans/" + i;
    // the department's plans so far, this one included
    int seen = plansSeen.merge(dept, 1, Integer::sum);
    if (wants(PlanFact.class)) {
      out.add(new PlanFact(dept, i, plan.submittedOn().orElse(null), plan.report().isPresent(),
          plan.kpis().size(), plan.goals().size(),
          links.monthsByDepartment.getOrDefault(dept, 0),
          links.plansByDepartment.getOrDefault(dept, 0), seen - 1, path));
    }
    ref(dept, dept, path, "/department", RefKind.DEPARTMENT, dept);
    plan.report().ifPresent(r -> report(r, dept, path + "/report"));
    for (int j = 0; j < plan.kpis().size(); j++) {
      kpi(plan.kpis().get(j), dept, path + "/kpis/" + j);
    }
    for (int j = 0; j < plan.goals().size(); j++) {
      goal(plan.goals().get(j), dept, path + "/goals/" + j);
    }
    for (int j = 0; j < plan.tasks().size(); j++) {
      task(plan.tasks().get(j), dept, path + "/tasks/" + j);
    }
  }

  private void report(YearReport r, String dept, String path) {
    List<List<String>> sections =
        List.of(r.results(), r.strengths(), r.weaknesses(), r.marketChanges(), r.conclusions());
    if (wants(ReportSectionFact.class)) {
      for (int s = 0; s < CHECKED_SECTIONS.length; s++) {
        boolean empty = allBlank(sections.get(s));
        if (empty || everySection) {
          out.add(new ReportSectionFact(dept, CHECKED_SECTIONS[s], empty,
              path + "/" + CHECKED_SECTIONS[s]));
        }
      }
    }
    for (int k = 0; k < r.proposals().size(); k++) {
      ref(dept, dept, path, "/proposals/", k, "/to", RefKind.DEPARTMENT,
          r.proposals().get(k).to().orElse(null));
    }
  }

  /** Whether every line is blank (true for none); a loop, not a stream per section. */
  private static boolean allBlank(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return false;
      }
    }
    return true;
  }

  private void kpi(Kpi k, String dept, String path) {
    element(k.id(), path);
    referable(k.id(), RefKind.KPI);
    String basedOn = k.basedOn().flatMap(b -> b.kpi()).orElse(null);
    if (wants(KpiFact.class)) {
      out.add(new KpiFact(k.id(), dept, k.name().orElse(null), k.unit().orElse(null),
          k.baseline().orElse(null), k.target().orElse(null), k.effectiveDirection(),
          k.basedOn().isPresent(), basedOn, k.basedOn().flatMap(b -> b.assumed()).orElse(null),
          k.monthly(), k.actual(), links.goalsByKpi.getOrDefault(k.id(), 0),
          links.basedOnByKpi.getOrDefault(k.id(), 0), true, path));
    }
    if (calendar != null && wants(KpiHealthFact.class)) {
      KpiHealth.latest(k, calendar, options.reviewOptions()).ifPresent(r ->
          out.add(new KpiHealthFact(k.id(), dept, k.name().orElse(null),
              k.unit().orElse(null), r.month(), r.milestone(), r.actual(),
              r.shortfallShare().map(RuleFunctions::percent).orElse(null), r.health(),
              path + "/actual/" + r.month())));
    }
    k.basedOn().ifPresent(b -> {
      ref(k.id(), dept, path, "/basedOn/kpi", RefKind.KPI, basedOn);
      if (wants(AssumedMonthFact.class)) {
        for (Map.Entry<Integer, java.math.BigDecimal> e : b.assumedMonthly().entrySet()) {
          out.add(new AssumedMonthFact(k.id(), dept, basedOn, e.getKey(), e.getValue(),
              path + "/basedOn/assumedMonthly/" + e.getKey()));
        }
      }
    });
  }

  private void goal(Goal g, String dept, String path) {
    element(g.id(), path);
    referable(g.id(), RefKind.GOAL);
    referable(g.id(), RefKind.ADDRESSABLE);
    if (wants(GoalFact.class)) {
      out.add(new GoalFact(g.id(), dept, g.title().orElse(null), g.owner().orElse(null),
          g.kpis().size(), g.serves().size(), g.effectivePriority(),
          links.liveTasksByGoal.getOrDefault(g.id(), 0), path));
    }
    boolean goalKpis = wants(GoalKpiFact.class);
    boolean serves = wants(ServesFact.class);
    ref(g.id(), dept, path, "/owner", RefKind.PERSON, g.owner().orElse(null));
    for (int k = 0; k < g.kpis().size(); k++) {
      if (goalKpis) {
        out.add(new GoalKpiFact(g.id(), g.kpis().get(k), dept));
      }
      ref(g.id(), dept, path, "/kpis/", k, "", RefKind.KPI, g.kpis().get(k));
    }
    for (int k = 0; k < g.serves().size(); k++) {
      if (serves) {
        out.add(new ServesFact(g.id(), g.serves().get(k), dept));
      }
      ref(g.id(), dept, path, "/serves/", k, "", RefKind.COMPANY_GOAL, g.serves().get(k));
    }
  }

  private void task(Task t, String dept, String path) {
    element(t.id(), path);
    referable(t.id(), RefKind.TASK);
    referable(t.id(), RefKind.ADDRESSABLE);
    // each value read once: the model's accessors make an Optional per call
    TaskStatus status = t.effectiveStatus();
    boolean dropped = status == TaskStatus.DROPPED;
    List<Integer> months = t.months();
    Integer first = null;
    Integer last = null;
    for (int k = 0; k < months.size(); k++) {
      Integer m = months.get(k);
      first = first == null || m < first ? m : first;
      last = last == null || m > last ? m : last;
    }
    String owner = t.owner().orElse(null);
    String goal = t.goal().orElse(null);
    if (wants(TaskFact.class)) {
      out.add(new TaskFact(t.id(), dept, t.title().orElse(null), goal, owner, status, dropped,
          status == TaskStatus.APPROVED, status == TaskStatus.DONE, t.doneIn().orElse(null),
          first, last, months.size(), TaskFact.maskOf(months),
          links.transferred.contains(t.id()), links.supportsByTask.getOrDefault(t.id(), 0),
          Links.count(links.needsOfTasks, dept, t.id()),
          Links.count(links.supportsOfTasks, dept, t.id()), true, path));
    }
    boolean needs = wants(NeedFact.class);
    boolean supports = wants(SupportFact.class);
    ref(t.id(), dept, path, "/goal", RefKind.GOAL, goal);
    ref(t.id(), dept, path, "/owner", RefKind.PERSON, owner);
    for (int k = 0; k < t.needs().size(); k++) {
      Need n = t.needs().get(k);
      String asked = n.department().orElse(null);
      if (needs) {
        out.add(new NeedFact(t.id(), dept, k, asked, n.what().orElse(null), dropped,
            path + "/needs/" + k));
      }
      ref(t.id(), dept, path, "/needs/", k, "/department", RefKind.DEPARTMENT, asked);
    }
    for (int k = 0; k < t.supports().size(); k++) {
      String supported = t.supports().get(k);
      if (supports) {
        out.add(new SupportFact(t.id(), dept, k, supported, dropped, first,
            path + "/supports/" + k));
      }
      ref(t.id(), dept, path, "/supports/", k, "", RefKind.TASK, supported);
    }
  }

  private void remarks(PlanDocument doc) {
    for (int i = 0; i < doc.remarks().size(); i++) {
      Remark r = doc.remarks().get(i);
      String path = "/remarks/" + i;
      String dept = r.department().orElse(null);
      element(r.id(), path);
      if (wants(RemarkFact.class)) {
        out.add(new RemarkFact(r.id(), dept, r.kind().orElse(null), r.text().orElse(null),
            r.addressedBy().size(), path));
      }
      ref(r.id(), dept, path, "/department", RefKind.DEPARTMENT, dept);
      for (int k = 0; k < r.addressedBy().size(); k++) {
        ref(r.id(), dept, path, "/addressedBy/", k, "", RefKind.ADDRESSABLE,
            r.addressedBy().get(k));
      }
    }
  }

  private void initiatives(PlanDocument doc) {
    for (int i = 0; i < doc.initiatives().size(); i++) {
      Initiative in = doc.initiatives().get(i);
      String path = "/initiatives/" + i;
      String dept = in.proposedBy().orElse(null);
      element(in.id(), path);
      referable(in.id(), RefKind.INITIATIVE);
      referable(in.id(), RefKind.ADDRESSABLE);
      if (wants(InitiativeFact.class)) {
        out.add(new InitiativeFact(in.id(), in.title().orElse(null), dept,
            new HashSet<>(in.departments()).size(), in.owner().orElse(null),
            in.effectiveStatus(), in.decidedOn().orElse(null), path));
      }
      ref(in.id(), dept, path, "/proposedBy", RefKind.DEPARTMENT, dept);
      for (int k = 0; k < in.departments().size(); k++) {
        ref(in.id(), dept, path, "/departments/", k, "", RefKind.DEPARTMENT,
            in.departments().get(k));
      }
      ref(in.id(), dept, path, "/owner", RefKind.PERSON, in.owner().orElse(null));
    }
  }

  private void session(Session s) {
    List<LocalDate> days = s.days();
    boolean consecutive = true;
    for (int i = 1; i < days.size(); i++) {
      consecutive &= days.get(i).equals(days.get(i - 1).plusDays(1));
    }
    out.add(new SessionFact(days.size(), consecutive, new HashSet<>(s.participants()).size(),
        s.facilitator().orElse(null), s.venue().isPresent(),
        s.venue().flatMap(v -> v.format()).orElse(null),
        s.venue().flatMap(v -> v.offsite()).orElse(null),
        days.isEmpty() ? null : days.get(0),
        days.isEmpty() ? null : days.get(days.size() - 1), days, "/session"));
    for (LocalDate d : days) {
      out.add(new SessionDateFact(d));
    }
    int lastDay = days.size();
    for (AgendaItem item : s.agenda()) {
      lastDay = Math.max(lastDay, item.day().orElse(0));
    }
    Map<Integer, Integer> working = s.workingMinutesByDay();
    for (int day = 1; day <= lastDay; day++) {
      out.add(new SessionDayFact(day, day <= days.size() ? days.get(day - 1) : null,
          working.getOrDefault(day, 0)));
    }
    for (StandardBlock b : StandardProgram.blocks()) {
      // The break is no working time and no block RULES.md names: an agenda may lack it or
      // move it, so the agenda rules judge the other six blocks only (docs/decisions.md).
      if (b.kind() != AgendaKind.BREAK) {
        out.add(new StandardBlockFact(b.day(), b.kind(), b.minMinutes(), b.maxMinutes()));
      }
    }
    ref("session", null, "/session/facilitator", RefKind.PERSON, s.facilitator().orElse(null));
    for (int k = 0; k < s.participants().size(); k++) {
      String p = s.participants().get(k);
      out.add(new ParticipantFact(p));
      ref("session", null, "/session", "/participants/", k, "", RefKind.PERSON, p);
    }
    for (int i = 0; i < s.agenda().size(); i++) {
      AgendaItem item = s.agenda().get(i);
      String path = "/session/agenda/" + i;
      out.add(new AgendaItemFact(i, item.day().orElse(null), item.startMinute().orElse(null),
          item.endMinute().orElse(null), item.minutes().orElse(null), item.kind().orElse(null),
          item.title().orElse(null), item.department().orElse(null),
          item.presenter().orElse(null),
          AgendaItemFact.sortKey(item.startMinute().orElse(null), item.endMinute().orElse(null),
              item.kind().orElse(null), item.title().orElse(null),
              item.department().orElse(null), item.presenter().orElse(null)),
          path));
      ref("session", null, path, "/department", RefKind.DEPARTMENT,
          item.department().orElse(null));
      ref("session", null, path, "/presenter", RefKind.PERSON, item.presenter().orElse(null));
    }
  }

  private void followUp(FollowUp f) {
    boolean sets = wants(KeyTaskSetFact.class);
    boolean keyTasks = wants(KeyTaskFact.class);
    boolean dones = wants(KeyTaskDoneFact.class);
    if (!sets && !keyTasks && !dones && !indexed && !wants(TrackerRefFact.class)) {
      return;
    }
    KeyTasks.Review review = keyTasks ? KeyTasks.review(doc) : null;
    Set<List<Object>> personMonths = new HashSet<>();
    Set<Integer> months = new HashSet<>();
    // the distinct task ids of each person and month, over all their entries
    Map<List<Object>, Set<String>> personMonthTasks = new HashMap<>();
    if (sets) {
      for (KeyTaskAssignment a : f.keyTasks()) {
        if (a.person().isPresent() && a.month().isPresent()) {
          personMonthTasks.computeIfAbsent(List.of(a.person().get(), a.month().get()),
              k -> new HashSet<>()).addAll(a.tasks());
        }
      }
    }
    Set<List<Object>> personMonthTaskSeen = new HashSet<>();
    Set<String> doneSeen = new HashSet<>();
    for (int i = 0; i < f.keyTasks().size(); i++) {
      KeyTaskAssignment a = f.keyTasks().get(i);
      String path = "/followUp/keyTasks/" + i;
      String person = a.person().orElse(null);
      Integer month = a.month().orElse(null);
      boolean firstOfPersonMonth = person != null && month != null
          && personMonths.add(List.of(person, month));
      boolean firstOfMonth = month != null && !a.tasks().isEmpty() && months.add(month);
      if (sets) {
        int personMonthCount = person != null && month != null
            ? personMonthTasks.get(List.of(person, month)).size()
            : new HashSet<>(a.tasks()).size();
        out.add(new KeyTaskSetFact(person, month, a.tasks().size(), i, firstOfPersonMonth,
            firstOfMonth, personMonthCount, namedAll(links.peopleNamed, person), path));
      }
      ref("followUp", null, path, "/person", RefKind.PERSON, person);
      for (int k = 0; k < a.tasks().size(); k++) {
        String task = a.tasks().get(k);
        if (keyTasks) {
          boolean done = person != null && month != null
              && review.isDone(person, month, task);
          boolean firstOfPersonMonthTask = person != null && month != null
              && personMonthTaskSeen.add(List.of(person, month, task));
          out.add(new KeyTaskFact(person, month, task, done, i, k,
              links.monthsByTask.getOrDefault(task, 0), firstOfPersonMonthTask,
              namedOne(links.peopleNamed, person), namedOne(links.tasksNamed, task),
              namedAll(links.tasksNamed, task), path + "/tasks/" + k));
        }
        ref("followUp", null, path, "/tasks/", k, "", RefKind.TASK, task);
      }
      doneSeen.clear();
      for (int k = 0; k < a.done().size(); k++) {
        String task = a.done().get(k);
        boolean firstInEntry = doneSeen.add(task);
        boolean listed = dones && a.tasks().contains(task);
        if (dones && (!listed || everyDone)) {
          out.add(new KeyTaskDoneFact(person, month, task, listed, i, k,
              firstInEntry, namedOne(links.peopleNamed, person),
              namedOne(links.tasksNamed, task), path + "/done/" + k));
        }
        ref("followUp", null, path, "/done/", k, "", RefKind.TASK, task);
      }
    }
    for (Map.Entry<String, String> e : f.trackerRefs().entrySet()) {
      if (wants(TrackerRefFact.class)) {
        out.add(new TrackerRefFact(e.getKey(), e.getValue()));
      }
      refMember("followUp", null, "/followUp/trackerRefs", e.getKey(), RefKind.TASK,
          e.getKey());
    }
  }

  /** Every element of an id, named (unmodifiable; empty for none, or for a null id). */
  private static List<Named> namedAll(Map<String, List<Named>> byId, String id) {
    List<Named> all = id == null ? null : byId.get(id);
    return all == null ? List.of() : Collections.unmodifiableList(all);
  }

  /** The element of an id a finding names ({@link RuleFunctions#oneNamed}); null for none. */
  private static Named namedOne(Map<String, List<Named>> byId, String id) {
    List<Named> all = id == null ? null : byId.get(id);
    return all == null ? null : RuleFunctions.oneNamed(all);
  }

  private void companyGoals() {
    for (int i = 0; i < doc.companyGoals().size(); i++) {
      CompanyGoal c = doc.companyGoals().get(i);
      String path = "/companyGoals/" + i;
      element(c.id(), path);
      referable(c.id(), RefKind.COMPANY_GOAL);
      out.add(new CompanyGoalFact(c.id(), c.title().orElse(null), c.owner().orElse(null),
          c.kpis().size(), links.goalsByCompanyGoal.getOrDefault(c.id(), 0), path));
      ref(c.id(), null, path, "/owner", RefKind.PERSON, c.owner().orElse(null));
      for (int k = 0; k < c.kpis().size(); k++) {
        ref(c.id(), null, path, "/kpis/", k, "", RefKind.KPI, c.kpis().get(k));
      }
    }
  }

  /** One more element with this id; the first one's path is the id's. */
  private void element(String id, String path) {
    if (!indexed) {
      return;
    }
    Id entry = ids.computeIfAbsent(id, i -> new Id());
    if (entry.count++ == 0) {
      entry.path = path;
    }
  }

  /** The element with this id, just counted, may be named by references of this kind. */
  private void referable(String id, RefKind kind) {
    if (!indexed) {
      return;
    }
    ids.get(id).kinds |= 1 << kind.ordinal();
  }

  /**
   * Every set of {@link RefKind}s, unmodifiable, at the index of its bits (bit {@code ordinal()}
   * for each kind): the ids of a document share a handful of sets, so each {@link IdFact} is
   * given one of these instead of a set of its own.
   */
  private static final List<Set<RefKind>> KINDS = allKindSets();

  private static List<Set<RefKind>> allKindSets() {
    RefKind[] kinds = RefKind.values();
    List<Set<RefKind>> out = new ArrayList<>(1 << kinds.length);
    for (int bits = 0; bits < 1 << kinds.length; bits++) {
      Set<RefKind> set = EnumSet.noneOf(RefKind.class);
      for (RefKind kind : kinds) {
        if ((bits & 1 << kind.ordinal()) != 0) {
          set.add(kind);
        }
      }
      out.add(Collections.unmodifiableSet(set));
    }
    return List.copyOf(out);
  }

  /** What the index knows of one id while the document is walked. */
  private static final class Id {
    /** The pointer of the first element with the id; null while no element has it. */
    String path;
    /** The kinds a reference to the id may be, bit {@code ordinal()} for each ({@link #KINDS}). */
    int kinds;
    /** The kinds of the references to the id so far, likewise. */
    int referencedAs;
    /** The elements with the id so far. */
    int count;
    /** The references to the id so far; null while there are none. */
    List<ReferenceFact> references;
    /**
     * The references to the id that were counted, not kept ({@link #sites}): they named it when
     * it had one element, of their kind.
     */
    int unkept;

    /**
     * Whether the integrity rules can find the id at fault: more than one element carries it,
     * or a reference names it as a kind it is not ({@link IdFact#hasUnresolved()}).
     */
    boolean faulty() {
      return count > 1 || (referencedAs & ~kinds) != 0;
    }

    void add(ReferenceFact reference) {
      if (references == null) {
        references = new ArrayList<>(2);
      }
      references.add(reference);
    }
  }

  /**
   * A reference whose pointer is not made yet: {@code base + member} or {@code base + member +
   * index + tail} ({@code index} not negative), or {@code base} with {@code member} escaped as
   * one segment ({@code escaped}).
   */
  private record Site(Id entry, String holder, String department, String base, String member,
      int index, String tail, boolean escaped, RefKind kind, String target) {
    ReferenceFact reference() {
      String path = escaped ? JsonPointers.member(base, member)
          : member == null ? base
          : index < 0 ? base + member
          : base + member + index + tail;
      return new ReferenceFact(holder, department, path, kind, target);
    }
  }

  /** A reference at {@code base + member}; the pointer is made only when the index keeps it. */
  private void ref(String holder, String dept, String base, String member, RefKind kind,
      String target) {
    if (target != null && indexed) {
      site(holder, dept, base, member, -1, null, false, kind, target);
    }
  }

  /** A reference at {@code base + member + index + tail}, likewise. */
  private void ref(String holder, String dept, String base, String member, int index,
      String tail, RefKind kind, String target) {
    if (target != null && indexed) {
      site(holder, dept, base, member, index, tail, false, kind, target);
    }
  }

  /** A reference at {@code base} with {@code member} escaped as one more segment, likewise. */
  private void refMember(String holder, String dept, String base, String member, RefKind kind,
      String target) {
    if (target != null && indexed) {
      site(holder, dept, base, member, -1, null, true, kind, target);
    }
  }

  /** A reference kept until the walk ends, when its pointer is made if its id is a fact. */
  private void site(String holder, String dept, String base, String member, int index,
      String tail, boolean escaped, RefKind kind, String target) {
    if (only != null) {
      if (only.contains(target)) {
        sites.add(new Site(null, holder, dept, base, member, index, tail, escaped, kind, target));
      }
      return;
    }
    Id entry = ids.computeIfAbsent(target, i -> new Id());
    int bit = 1 << kind.ordinal();
    entry.referencedAs |= bit;
    if (!everyId && entry.count == 1 && (entry.kinds & bit) != 0) {
      // resolved as things stand: nearly every reference, and nearly every such id stays clean
      entry.unkept++;
      return;
    }
    sites.add(new Site(entry, holder, dept, base, member, index, tail, escaped, kind, target));
  }

  /** A reference at {@code path}, likewise. */
  private void ref(String holder, String dept, String path, RefKind kind, String target) {
    if (target != null && indexed) {
      site(holder, dept, path, null, -1, null, false, kind, target);
    }
  }
}
