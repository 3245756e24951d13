package org.strategysession.bench;

import java.time.LocalDate;
import org.strategysession.model.ImmutablePlanDocument;
import org.strategysession.model.PlanDocument;
import org.strategysession.rules.PlanChecker;

/**
 * Seeded, deterministic generator of realistic plan documents of a chosen size, for the
 * benchmarks and the baseline agreement test.
 *
 * <p>A generated document is a company with one sales department and {@code departments − 1}
 * others of varied kinds, each with a head and a few specialists, a plan of KPIs (those of
 * sales-dependent departments resting on a sales KPI with an assumed target and monthly
 * values), goals, tasks scheduled by month, needs addressed to other departments and the
 * supporting tasks that answer most of them; the standard two-day session (report slots for at
 * most {@value #REPORT_SLOTS} departments, every head taking part), remarks, initiatives and a
 * follow-up with key tasks and tracker keys; and the year as it stands on {@link #AS_OF}
 * (format 1.1: company goals, priorities, the first quarter's actuals, done tasks, the review
 * of key tasks; {@link GeneratedYear}). A few percent of everything is defective — a
 * dangling reference, a duplicate id, a goal without tasks, an unanswered or late need, an
 * assumption out of step with the sales plan, a late plan, an empty report section … — so that
 * every rule group has work to do. Two kinds of defect are far more frequent: each head's key
 * tasks for January and February are picked from the department's live tasks without regard to
 * their months, and few tasks are scheduled that early, so most key tasks are off their month
 * (KEY_TASK_OFF_MONTH, about half of all findings); and the one sales plan is dated like any
 * other, so where its date is drawn late, most plans that rest on it were submitted before it
 * (SALES_PLAN_NEWER_THAN_ASSUMPTION). Size grows with the number of departments: about 170
 * facts per department.
 *
 * <p>The same seed and size always give the same document. Stateless and thread-safe.
 */
public final class PlanGenerator {
  /** The largest number of departments with a report slot in the session's agenda. */
  public static final int REPORT_SLOTS = 12;

  /** The planning year of every generated document. */
  static final int YEAR = 2027;
  /** The first day of every generated session, in December before the planning year. */
  static final LocalDate DAY1 = LocalDate.of(YEAR - 1, 12, 14);

  /** The date the generated documents are checked on: the first quarter is closed. */
  public static final LocalDate AS_OF = GeneratedYear.AS_OF;

  private PlanGenerator() {}

  /**
   * A document of about {@code facts} facts ({@link PlanChecker#factCount}): the number of
   * departments whose document comes closest, or, below one department's worth, a compact
   * document of one sales department.
   *
   * @param seed any value; the same seed and size give the same document
   * @param facts the wanted size, at least 50
   * @return a new document; never null
   */
  public static PlanDocument ofFacts(long seed, int facts) {
    return generate(seed, departmentsFor(seed, facts), facts);
  }

  /**
   * The number of departments whose document ({@link #generate}) comes closest to {@code
   * facts} facts, or 0 where one department is already too many (then {@link #ofFacts} makes
   * a compact document).
   *
   * @param seed as for {@link #ofFacts}
   * @param facts as for {@link #ofFacts}
   * @return the number of departments, or 0
   */
  public static int departmentsFor(long seed, int facts) {
    if (facts < 50) {
      throw new IllegalArgumentException("at least 50 facts, not " + facts);
    }
    int one = PlanChecker.factCount(generate(seed, 1));
    if (one > facts) {
      return 0;
    }
    // Facts grow about linearly with departments: a secant step or two, then the neighbours.
    int d = Math.max(1, (int) Math.round((double) facts / one));
    for (int step = 0; step < 3; step++) {
      int at = PlanChecker.factCount(generate(seed, d));
      double perDepartment = d == 1 ? one : (double) (at - one) / (d - 1);
      int next = Math.max(1, d + (int) Math.round((facts - at) / Math.max(1, perDepartment)));
      if (next == d) {
        break;
      }
      d = next;
    }
    int best = d;
    int bestError = Math.abs(PlanChecker.factCount(generate(seed, d)) - facts);
    for (int c : new int[] {d - 1, d + 1}) {
      if (c >= 1) {
        int error = Math.abs(PlanChecker.factCount(generate(seed, c)) - facts);
        if (error < bestError) {
          best = c;
          bestError = error;
        }
      }
    }
    return best;
  }

  /**
   * The document of {@code departments} departments, or for 0 the compact document nearest to
   * {@code facts} facts.
   */
  public static PlanDocument generate(long seed, int departments, int facts) {
    return departments == 0 ? compact(seed, facts) : generate(seed, departments);
  }

  /**
   * A document of {@code departments} departments with the full mix of content and defects.
   *
   * @param seed any value
   * @param departments at least 1
   * @return a new document; never null
   */
  public static PlanDocument generate(long seed, int departments) {
    if (departments < 1) {
      throw new IllegalArgumentException("at least one department, not " + departments);
    }
    Dice dice = new Dice(seed);
    GeneratedCompany company = new GeneratedCompany(dice, departments, false);
    ImmutablePlanDocument.Builder doc = company.draw();
    new GeneratedSession(company, dice).drawInto(doc);
    return new GeneratedYear(seed).addTo(doc.build());
  }

  /** One sales department with as many goals as bring the document near {@code facts}. */
  private static PlanDocument compact(long seed, int facts) {
    PlanDocument best = null;
    for (int goals = 1; goals <= 12; goals++) {
      PlanDocument doc = new GeneratedYear(seed)
          .addTo(new GeneratedCompany(new Dice(seed), 1, true).goals(goals).draw().build());
      if (best == null || Math.abs(PlanChecker.factCount(doc) - facts)
          < Math.abs(PlanChecker.factCount(best) - facts)) {
        best = doc;
      }
    }
    return best;
  }
}
