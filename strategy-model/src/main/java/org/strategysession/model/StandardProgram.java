package org.strategysession.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The standard program of a two-day session (the table in {@code FORMAT.md}), generated for a
 * list of departments.
 *
 * <table>
 *   <caption>The generated agenda</caption>
 *   <tr><th>day</th><th>kind</th><th>minutes</th></tr>
 *   <tr><td>1</td><td>{@code INTRO}</td><td>30</td></tr>
 *   <tr><td>1</td><td>{@code DEPARTMENT_REPORT}, one per department</td><td>180–240 in all</td></tr>
 *   <tr><td>1</td><td>{@code DISCUSSION}</td><td>60</td></tr>
 *   <tr><td>1</td><td>{@code GOAL_SETTING}</td><td>120</td></tr>
 *   <tr><td>2</td><td>{@code TASK_PRESENTATION}</td><td>240</td></tr>
 *   <tr><td>2</td><td>{@code BREAK}</td><td>60</td></tr>
 *   <tr><td>2</td><td>{@code INITIATIVES}</td><td>240</td></tr>
 * </table>
 *
 * <p>{@link #blocks()} gives the table to programs (the rules judge an agenda by it). The
 * choices:
 *
 * <ul>
 *   <li>Each day starts at {@value #START_HOUR}:00 and its items follow one another without
 *       gaps, in the order above; the report block runs in the order of the departments given.
 *   <li>The report block gives each department {@value #NOMINAL_REPORT_MINUTES} minutes, with
 *       the block's total clamped to {@value #MIN_REPORT_BLOCK}–{@value #MAX_REPORT_BLOCK}: up to
 *       six departments share 180 minutes, eight or more share 240. The total is split evenly in
 *       whole minutes, the remainder going one minute each to the first departments (seven
 *       departments: 30 each, 210 in all; nine: 27 for the first six, 26 for the others).
 *   <li>Day 1's working time is therefore 390–450 minutes and day 2's 480, both within the
 *       360–480 minutes a day of the practice; no lunch break is added, as the table has none.
 *   <li>Titles are the English names of the blocks; a report has no title (its department
 *       names it) and a presenter where one is given.
 * </ul>
 *
 * <p>At most {@value #MAX_REPORT_BLOCK} departments fit (one minute each). Stateless and
 * thread-safe.
 */
public final class StandardProgram {
  /** The hour at which each day starts. */
  public static final int START_HOUR = 10;

  /** The report time a department gets before the block is clamped. */
  public static final int NOMINAL_REPORT_MINUTES = 30;

  /** The shortest report block, in minutes. */
  public static final int MIN_REPORT_BLOCK = 180;

  /** The longest report block, in minutes. */
  public static final int MAX_REPORT_BLOCK = 240;

  private static final List<StandardBlock> BLOCKS =
      List.of(
          new StandardBlock(1, AgendaKind.INTRO, 30, 30),
          new StandardBlock(1, AgendaKind.DEPARTMENT_REPORT, MIN_REPORT_BLOCK, MAX_REPORT_BLOCK),
          new StandardBlock(1, AgendaKind.DISCUSSION, 60, 60),
          new StandardBlock(1, AgendaKind.GOAL_SETTING, 120, 120),
          new StandardBlock(2, AgendaKind.TASK_PRESENTATION, 240, 240),
          new StandardBlock(2, AgendaKind.BREAK, 60, 60),
          new StandardBlock(2, AgendaKind.INITIATIVES, 240, 240));

  private StandardProgram() {}

  /**
   * The blocks of the program, the table above, in agenda order: seven blocks, the break
   * included.
   *
   * @return an immutable list; never null
   */
  public static List<StandardBlock> blocks() {
    return BLOCKS;
  }

  /**
   * A session on the two days with the standard agenda and nothing else (no venue,
   * facilitator or participants).
   *
   * @param departments ids of the reporting departments, in report order; not null, at least
   *     one, at most {@value #MAX_REPORT_BLOCK}, none blank or repeated
   * @param presenters person id of the presenter by department id; not null, may lack
   *     departments (their reports have no presenter)
   * @param firstDay the first session day; not null
   * @param secondDay the second session day, after the first; not null
   * @return a new session; never null
   * @throws IllegalArgumentException if the departments or days break the rules above
   */
  public static Session session(
      List<String> departments,
      Map<String, String> presenters,
      LocalDate firstDay,
      LocalDate secondDay) {
    Objects.requireNonNull(firstDay, "firstDay");
    Objects.requireNonNull(secondDay, "secondDay");
    if (!secondDay.isAfter(firstDay)) {
      throw new IllegalArgumentException(
          "the second day " + secondDay + " is not after the first " + firstDay);
    }
    return Session.builder()
        .addDays(firstDay, secondDay)
        .agenda(agenda(departments, presenters))
        .build();
  }

  /**
   * A session on the two days with the standard agenda for a document's departments: the
   * declared departments in document order, then those that have a plan but are not declared
   * (the order of {@link Roadmap}); each report presented by its department's head, where one
   * is declared.
   *
   * @param document not null; must have at least one department or plan
   * @param firstDay the first session day; not null
   * @param secondDay the second session day, after the first; not null
   * @return a new session; never null
   * @throws IllegalArgumentException if the document has no department, or the days are not
   *     in order
   */
  public static Session session(PlanDocument document, LocalDate firstDay, LocalDate secondDay) {
    Objects.requireNonNull(document, "document");
    Set<String> departments = new LinkedHashSet<>();
    Map<String, String> heads = new LinkedHashMap<>();
    for (Department d : document.departments()) {
      departments.add(d.id());
      d.head().ifPresent(head -> heads.putIfAbsent(d.id(), head));
    }
    document.plans().forEach(p -> departments.add(p.department()));
    return session(new ArrayList<>(departments), heads, firstDay, secondDay);
  }

  /**
   * The standard agenda of both days.
   *
   * @param departments as for {@link #session(List, Map, LocalDate, LocalDate)}
   * @param presenters as for {@link #session(List, Map, LocalDate, LocalDate)}
   * @return a new immutable list; never null
   * @throws IllegalArgumentException if the departments break the rules above
   */
  public static List<AgendaItem> agenda(List<String> departments, Map<String, String> presenters) {
    Objects.requireNonNull(departments, "departments");
    Objects.requireNonNull(presenters, "presenters");
    int[] reports = reportMinutes(departments.size());
    Set<String> seen = new HashSet<>();
    for (String department : departments) {
      Objects.requireNonNull(department, "department");
      if (department.isBlank()) {
        throw new IllegalArgumentException("a department id is blank");
      }
      if (!seen.add(department)) {
        throw new IllegalArgumentException("department " + department + " is listed twice");
      }
    }

    List<AgendaItem> agenda = new ArrayList<>();
    Clock clock = null;
    for (StandardBlock block : BLOCKS) {
      if (clock == null || clock.day != block.day()) {
        clock = new Clock(block.day());
      }
      if (block.kind() == AgendaKind.DEPARTMENT_REPORT) {
        for (int i = 0; i < departments.size(); i++) {
          String department = departments.get(i);
          agenda.add(
              AgendaItem.builder()
                  .from(clock.next(AgendaKind.DEPARTMENT_REPORT, reports[i], null))
                  .department(department)
                  .presenter(Optional.ofNullable(presenters.get(department)))
                  .build());
        }
      } else {
        agenda.add(clock.next(block.kind(), block.minMinutes(), title(block.kind())));
      }
    }
    return List.copyOf(agenda);
  }

  /**
   * The minutes of each report for {@code count} departments: the block total clamped to
   * 180–240, split evenly, the remainder going to the first ones.
   *
   * @throws IllegalArgumentException if {@code count} is outside 1–240
   */
  static int[] reportMinutes(int count) {
    if (count < 1 || count > MAX_REPORT_BLOCK) {
      throw new IllegalArgumentException(
          "the standard program needs 1–" + MAX_REPORT_BLOCK + " departments, not " + count);
    }
    int total =
        Math.max(MIN_REPORT_BLOCK, Math.min(MAX_REPORT_BLOCK, count * NOMINAL_REPORT_MINUTES));
    int[] minutes = new int[count];
    for (int i = 0; i < count; i++) {
      minutes[i] = total / count + (i < total % count ? 1 : 0);
    }
    return minutes;
  }

  /** The title of a block's item; a report has none (its department names it). */
  private static String title(AgendaKind kind) {
    switch (kind) {
      case INTRO:
        return "Goals of the session and rules of work";
      case DISCUSSION:
        return "Recurring problems, obstacles, opportunities";
      case GOAL_SETTING:
        return "Goals and indicators per department";
      case TASK_PRESENTATION:
        return "Tasks by department, resources needed from others";
      case BREAK:
        return "Break to refine proposals";
      case INITIATIVES:
        return "Cross-department initiatives";
      default:
        return null;
    }
  }

  /** Hands out consecutive slots of one day. */
  private static final class Clock {
    private final int day;
    private LocalTime next = LocalTime.of(START_HOUR, 0);

    Clock(int day) {
      this.day = day;
    }

    AgendaItem next(AgendaKind kind, int minutes, String title) {
      AgendaItem item =
          AgendaItem.builder()
              .day(day)
              .start(next)
              .minutes(minutes)
              .kind(kind)
              .title(Optional.ofNullable(title))
              .build();
      next = next.plusMinutes(minutes);
      return item;
    }
  }
}
