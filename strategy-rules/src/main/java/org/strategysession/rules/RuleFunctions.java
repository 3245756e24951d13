package org.strategysession.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.strategysession.model.PlanningCalendar;
import org.strategysession.rules.facts.GoalFact;
import org.strategysession.rules.facts.KeyTaskFact;
import org.strategysession.rules.facts.KpiFact;
import org.strategysession.rules.facts.KpiHealthFact;
import org.strategysession.rules.facts.Label;
import org.strategysession.rules.facts.Located;
import org.strategysession.rules.facts.Named;
import org.strategysession.rules.facts.PersonFact;
import org.strategysession.rules.facts.PlanFact;
import org.strategysession.rules.facts.TaskFact;

/**
 * Arithmetic the rules share, kept out of DRL so that every rule compares numbers the same
 * way. Pure functions; thread-safe.
 */
public final class RuleFunctions {
  private RuleFunctions() {}

  /**
   * Whether a fact comes before another of the same id, where a rule looks an element up by an
   * id that the document may repeat and takes only the first of them. Facts are ordered by
   * their values other than the pointer and their {@code first} flag (so that the order of the
   * document's lists changes no finding), then by pointer. Flattening marks the first of each id
   * with this order once ({@code first}); rules ask the flag, or {@link #firstOf} where the
   * first is the first of those meeting a condition, so that a document that repeats an id a
   * thousand times costs a thousand matches, not a million. Facts are records whose text ends
   * with their {@code path}; none of the arguments is null.
   *
   * @param fact a fact
   * @param path its JSON Pointer
   * @param other the fact it is compared with
   * @param otherPath the other's JSON Pointer
   */
  public static boolean precedes(Object fact, String path, Object other, String otherPath) {
    if (fact == other) {
      // The usual case, an id that does not repeat: the pattern meets only the fact itself,
      // and comparing it with itself needs neither of its texts.
      return false;
    }
    int byValues = withoutPath(fact, path).compareTo(withoutPath(other, otherPath));
    return byValues < 0 || (byValues == 0 && (path.length() < otherPath.length()
        || (path.length() == otherPath.length() && path.compareTo(otherPath) < 0)));
  }

  private static String withoutPath(Object fact, String path) {
    String text = fact.toString();
    String tail = "path=" + path + "]";
    if (!text.endsWith(tail)) {
      return text;
    }
    String head = text.substring(0, text.length() - tail.length());
    // a fact's first flag (see Facts) is not one of the values it is ordered by
    for (String flag : FIRST_FLAGS) {
      if (head.endsWith(flag)) {
        return head.substring(0, head.length() - flag.length());
      }
    }
    return head;
  }

  private static final String[] FIRST_FLAGS = {"first=true, ", "first=false, "};

  /**
   * The first of these facts in the order of {@link #precedes}; null when there are none. For a
   * rule that takes the first of the elements meeting a condition that depends on another fact,
   * which the facts' {@code first} cannot tell: one pass over the candidates instead of
   * comparing each with every other.
   *
   * @param facts facts of one type, each {@link Located}
   */
  public static Object firstOf(Collection<?> facts) {
    Located first = null;
    for (Object fact : facts) {
      Located l = (Located) fact;
      if (first == null || precedes(l, l.path(), first, first.path())) {
        first = l;
      }
    }
    return first;
  }

  /** Whether the JSON Pointer {@code path} points inside the element at {@code element}. */
  public static boolean within(String path, String element) {
    return path.length() > element.length() && path.startsWith(element)
        && path.charAt(element.length()) == '/';
  }

  /** Whether {@code |value − reference| > tolerance × |reference|}. */
  public static boolean differsBeyond(BigDecimal value, BigDecimal reference, double tolerance) {
    if (value == null || reference == null) {
      return false;
    }
    BigDecimal diff = value.subtract(reference).abs();
    BigDecimal allowed = reference.abs().multiply(BigDecimal.valueOf(tolerance));
    return diff.compareTo(allowed) > 0;
  }

  /**
   * The plan submitted last ({@code submittedOn} latest, then the one first in {@code plans}
   * order of the document); null when none of them has {@code submittedOn}.
   */
  public static PlanFact latestSubmitted(Collection<PlanFact> plans) {
    PlanFact latest = null;
    for (PlanFact p : plans) {
      if (p.submittedOn() == null) {
        continue;
      }
      if (latest == null || p.submittedOn().isAfter(latest.submittedOn())
          || p.submittedOn().equals(latest.submittedOn()) && p.index() < latest.index()) {
        latest = p;
      }
    }
    return latest;
  }

  /** {@code (to − from) / |from|} in percent, rounded to one decimal; null when from is 0. */
  public static BigDecimal changePercent(BigDecimal from, BigDecimal to) {
    if (from == null || to == null || from.signum() == 0) {
      return null;
    }
    return to.subtract(from)
        .multiply(BigDecimal.valueOf(100))
        .divide(from.abs(), MathContext.DECIMAL64)
        .setScale(1, RoundingMode.HALF_UP)
        .stripTrailingZeros();
  }

  /** The month occurring most often (the smallest such month on a tie), or 0 for none. */
  public static int busiestMonth(Collection<Integer> months) {
    Map<Integer, Integer> counts = new HashMap<>();
    int best = 0;
    int bestCount = 0;
    for (Integer m : months) {
      int c = counts.merge(m, 1, Integer::sum);
      if (c > bestCount || (c == bestCount && m < best)) {
        best = m;
        bestCount = c;
      }
    }
    return best;
  }

  /** How often the busiest month occurs. */
  public static int busiestMonthCount(Collection<Integer> months) {
    Map<Integer, Integer> counts = new HashMap<>();
    int bestCount = 0;
    for (Integer m : months) {
      bestCount = Math.max(bestCount, counts.merge(m, 1, Integer::sum));
    }
    return bestCount;
  }

  /**
   * The busiest month of tasks given by their month masks ({@code TaskFact.monthMask}): the
   * month most of them are scheduled in, the earliest of equally busy ones; 0 for none.
   */
  public static int busiestMonthOfMasks(Collection<Integer> masks) {
    int[] counts = monthCounts(masks);
    int best = 0;
    for (int m = 1; m <= 12; m++) {
      if (counts[m] > counts[best]) {
        best = m;
      }
    }
    return best;
  }

  /** How many of the tasks given by their month masks the busiest month has. */
  public static int busiestMonthCountOfMasks(Collection<Integer> masks) {
    int[] counts = monthCounts(masks);
    int best = 0;
    for (int m = 1; m <= 12; m++) {
      best = Math.max(best, counts[m]);
    }
    return best;
  }

  /** Tasks by month (index 1–12; index 0 stays 0). */
  private static int[] monthCounts(Collection<Integer> masks) {
    int[] counts = new int[13];
    for (Integer mask : masks) {
      for (int m = 1; m <= 12; m++) {
        if ((mask & (1 << m)) != 0) {
          counts[m]++;
        }
      }
    }
    return counts;
  }

  /** Minutes since midnight as {@code HH:mm}. */
  public static String time(Integer minutes) {
    if (minutes == null) {
      return "?";
    }
    return String.format("%02d:%02d", minutes / 60, minutes % 60);
  }

  /** {@code from}–{@code to} as {@code HH:mm–HH:mm}. */
  public static String timeRange(Integer from, Integer to) {
    return time(from) + "–" + time(to);
  }

  /** Dates ISO, separated by ", "; null for no dates (a message then renders "none"). */
  public static String dates(List<LocalDate> dates) {
    if (dates == null || dates.isEmpty()) {
      return null;
    }
    return dates.stream().map(LocalDate::toString).collect(Collectors.joining(", "));
  }

  /** {@code min × (1 − tolerance)}: the least total of a block of the standard program. */
  public static BigDecimal lowerBound(int min, double tolerance) {
    BigDecimal factor = BigDecimal.ONE.subtract(BigDecimal.valueOf(tolerance));
    return scaled(BigDecimal.valueOf(min).multiply(factor));
  }

  /** {@code max × (1 + tolerance)}: the greatest total of a block of the standard program. */
  public static BigDecimal upperBound(int max, double tolerance) {
    BigDecimal factor = BigDecimal.ONE.add(BigDecimal.valueOf(tolerance));
    return scaled(BigDecimal.valueOf(max).multiply(factor));
  }

  /**
   * Whether {@code total} lies outside {@code [min × (1 − tolerance), max × (1 + tolerance)]}
   * (the bounds themselves are inside); false for a null total.
   */
  public static boolean outsideTolerance(Number total, int min, int max, double tolerance) {
    if (total == null) {
      return false;
    }
    BigDecimal t = new BigDecimal(total.toString());
    return t.compareTo(lowerBound(min, tolerance)) < 0
        || t.compareTo(upperBound(max, tolerance)) > 0;
  }

  /** Whole days from {@code from} to {@code to} (negative when {@code to} is earlier). */
  public static long daysBetween(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to);
  }

  /** Whether {@code part > share × whole}; false when {@code whole} is 0. */
  public static boolean shareAbove(int part, int whole, double share) {
    if (whole <= 0) {
      return false;
    }
    BigDecimal limit = BigDecimal.valueOf(whole).multiply(BigDecimal.valueOf(share));
    return BigDecimal.valueOf(part).compareTo(limit) > 0;
  }

  /** Whether the string holds something other than whitespace. */
  public static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }

  /**
   * {@link #changePercent} with its sign ({@code +40}, {@code -12.5}, {@code 0}); from an
   * earlier value of 0 to another value the change is unbounded: {@code +∞} or {@code -∞}.
   * Null when either value is null.
   */
  public static String signedChangePercent(BigDecimal from, BigDecimal to) {
    if (from == null || to == null) {
      return null;
    }
    if (from.signum() == 0) {
      int sign = to.signum();
      return sign == 0 ? "0" : sign > 0 ? "+∞" : "-∞";
    }
    BigDecimal p = changePercent(from, to);
    String plain = p.scale() < 0 ? p.setScale(0).toPlainString() : p.toPlainString();
    return p.signum() > 0 ? "+" + plain : plain;
  }

  private static BigDecimal scaled(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /** A share (0.125) in percent rounded half up to one decimal (12.5); null for null. */
  public static BigDecimal percent(BigDecimal share) {
    if (share == null) {
      return null;
    }
    return share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP)
        .stripTrailingZeros();
  }

  /**
   * The months whose milestone a revision rewrote after the fact: those whose last day is
   * before {@code revisionDate} and whose value differs between the versions or is in only one
   * of them; ascending, empty where none.
   */
  public static List<Integer> rewrittenMonths(Map<Integer, BigDecimal> earlier,
      Map<Integer, BigDecimal> revised, int planningYear, LocalDate revisionDate) {
    List<Integer> out = new ArrayList<>();
    if (revisionDate == null) {
      return out;
    }
    for (int m = 1; m <= 12; m++) {
      if (!java.time.YearMonth.of(planningYear, m).atEndOfMonth().isBefore(revisionDate)) {
        break;
      }
      if (!sameNumber(earlier.get(m), revised.get(m))) {
        out.add(m);
      }
    }
    return out;
  }

  /** The months with an actual in both versions whose values differ; ascending. */
  public static List<Integer> changedActuals(Map<Integer, BigDecimal> earlier,
      Map<Integer, BigDecimal> revised) {
    List<Integer> out = new ArrayList<>();
    for (Map.Entry<Integer, BigDecimal> e : new java.util.TreeMap<>(earlier).entrySet()) {
      BigDecimal now = revised.get(e.getKey());
      if (now != null && now.compareTo(e.getValue()) != 0) {
        out.add(e.getKey());
      }
    }
    return out;
  }

  private static boolean sameNumber(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  /**
   * The latest month that is closed on the calendar, has a milestone in {@code monthly} and no
   * value in {@code actual}: a list of that one month, or an empty list where there is none (a
   * rule matches it with {@code from}, which matches nothing in an empty list).
   */
  public static List<Integer> latestMissingActual(Map<Integer, BigDecimal> monthly,
      Map<Integer, BigDecimal> actual, PlanningCalendar calendar) {
    int latest = 0;
    for (Integer m : monthly.keySet()) {
      if (m > latest && calendar.isClosed(m) && !actual.containsKey(m)) {
        latest = m;
      }
    }
    return latest == 0 ? List.of() : List.of(latest);
  }

  /** The labels of some goals, ordered by id, for a list argument. */
  public static List<Label> goalLabels(Collection<?> goals) {
    return goals.stream().map(g -> ((GoalFact) g).label())
        .sorted(java.util.Comparator.comparing(Label::id)).toList();
  }

  /**
   * The label of the person found among {@code people} (the people of one id), or the bare id
   * ({@code followUp} for none). Of several people sharing the id (a DUPLICATE_ID), the one
   * {@link #oneNamed} picks.
   */
  public static Label personLabel(Collection<?> people, String id) {
    return personLabel(oneNamed(people.stream().map(p -> named((PersonFact) p)).toList()), id);
  }

  /**
   * The label of a person named by id, as {@link KeyTaskFact#personNamed()} names them, or the
   * bare id ({@code followUp} for none) where no person has the id.
   */
  public static Label personLabel(Named person, String id) {
    return person != null ? person.label() : new Label(id == null ? "followUp" : id, null);
  }

  /** The department of the person {@link #oneNamed} picks among {@code people}, or null. */
  public static String personDepartment(Collection<?> people) {
    return departmentOf(oneNamed(people.stream().map(p -> named((PersonFact) p)).toList()));
  }

  /** The department of a named element, or null for none. */
  public static String departmentOf(Named element) {
    return element == null ? null : element.department();
  }

  /**
   * The label of one of some tasks (the tasks of one id): the first by title, then
   * department, so that the order of the document's tasks never changes a finding.
   */
  public static Label taskLabel(Collection<?> tasks) {
    Named one = oneNamed(tasks.stream().map(t -> named((TaskFact) t)).toList());
    return one == null ? null : one.label();
  }

  /** How a finding names a person. */
  public static Named named(PersonFact person) {
    return new Named(person.label(), person.department());
  }

  /** How a finding names a task. */
  public static Named named(TaskFact task) {
    return new Named(task.label(), task.department());
  }

  /**
   * One of some elements that share an id: the first by name (or title), then department, so
   * that the order of the document's elements never changes a finding; null for none.
   */
  public static Named oneNamed(List<Named> elements) {
    Named first = null;
    for (int i = 0, size = elements.size(); i < size; i++) {
      Named n = elements.get(i);
      if (first == null || BY_NAME_AND_DEPARTMENT.compare(n, first) < 0) {
        first = n;
      }
    }
    return first;
  }

  /**
   * The label of one of some KPIs (the KPIs of one id): the first by name, then department,
   * so that the order of the document's KPIs never changes a finding.
   */
  public static Label kpiLabel(Collection<?> kpis) {
    KpiFact first = null;
    for (Object o : kpis) {
      KpiFact k = (KpiFact) o;
      if (first == null || BY_NAME_AND_PLAN.compare(k, first) < 0) {
        first = k;
      }
    }
    return first == null ? null : first.label();
  }

  private static final Comparator<String> NULLS_FIRST =
      Comparator.nullsFirst(Comparator.naturalOrder());
  private static final Comparator<Named> BY_NAME_AND_DEPARTMENT =
      Comparator.comparing((Named n) -> n.label().name(), NULLS_FIRST)
          .thenComparing(Named::department, NULLS_FIRST);
  private static final Comparator<KpiFact> BY_NAME_AND_PLAN =
      Comparator.comparing(KpiFact::name, NULLS_FIRST)
          .thenComparing(KpiFact::department, NULLS_FIRST);

  /**
   * How far a KPI is behind its milestone, for a message: the shortfall in percent of the
   * milestone, or, for a zero milestone, the shortfall itself in the KPI's unit.
   */
  public static Object shortfall(KpiHealthFact health) {
    if (health.shortfallPercent() != null) {
      return new MessageValues.Percent(health.shortfallPercent());
    }
    return MessageValues.amount(health.actual().subtract(health.milestone()).abs(),
        health.unit());
  }

  /**
   * Whether some month of a KPI's actuals has not ended as of the calendar's date: {@link
   * #actualsNotEnded} is not empty. Made nothing: a check asks it of every KPI.
   */
  public static boolean hasActualNotEnded(Map<Integer, BigDecimal> actual,
      PlanningCalendar calendar) {
    for (Integer m : actual.keySet()) {
      if (!calendar.hasEnded(m)) {
        return true;
      }
    }
    return false;
  }

  /** The months of a KPI's actuals that have not ended as of the calendar's date, ascending. */
  public static List<Integer> actualsNotEnded(Map<Integer, BigDecimal> actual,
      PlanningCalendar calendar) {
    List<Integer> out = new ArrayList<>();
    for (Integer m : new java.util.TreeSet<>(actual.keySet())) {
      if (!calendar.hasEnded(m)) {
        out.add(m);
      }
    }
    return out;
  }
}
