package org.strategysession.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.Kpi;
import org.strategysession.model.KpiHealth;
import org.strategysession.model.KpiProgress;
import org.strategysession.model.Language;
import org.strategysession.model.Person;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.PlanningCalendar;
import org.strategysession.model.Progress;
import org.strategysession.model.ReviewOptions;
import org.strategysession.model.ScorecardRow;
import org.strategysession.rules.Messages;

/**
 * The model's {@link Progress} view laid out for people at the monthly review: departments and
 * their KPIs in the order of the plan document (the order the room knows from the session),
 * heads in the order of their departments, and the words and numbers the text and the HTML
 * page share. Nothing here judges a KPI or scores a head: every health, score and closed month
 * comes from the view and the model's {@link PlanningCalendar}; only display rounding happens
 * here.
 */
final class MonthlyReview {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  final PlanDocument document;
  final Progress progress;
  final PlanningCalendar calendar;
  final ReviewOptions options;
  final Language language;

  /** A department's KPIs, each with its plan definition and its row of the view. */
  record DepartmentKpis(String department, Optional<String> name, List<KpiLine> kpis) {}

  /** A KPI of a plan with its row of the view. */
  record KpiLine(Kpi kpi, KpiProgress progress) {}

  /** A head's rows of the scorecard, month by month. */
  record Head(String person, Optional<String> name, String department, List<ScorecardRow> rows) {}

  MonthlyReview(PlanDocument document, LocalDate asOf, ReviewOptions options, Language language) {
    this.document = document;
    this.progress = Progress.of(document, asOf, options);
    this.calendar = PlanningCalendar.of(document, asOf, options);
    this.options = options;
    this.language = language;
  }

  /** The departments with a plan holding KPIs, in document order, each KPI in plan order. */
  List<DepartmentKpis> departments() {
    Map<String, KpiProgress> rows = new HashMap<>();
    for (KpiProgress row : progress.kpis()) {
      rows.putIfAbsent(row.department() + '\u0000' + row.kpi(), row);
    }
    Map<String, List<KpiLine>> byDepartment = new LinkedHashMap<>();
    for (DepartmentPlan plan : document.plans()) {
      for (Kpi kpi : plan.kpis()) {
        KpiProgress row = rows.get(plan.department() + '\u0000' + kpi.id());
        if (row != null) {
          byDepartment.computeIfAbsent(plan.department(), d -> new ArrayList<>())
              .add(new KpiLine(kpi, row));
        }
      }
    }
    List<DepartmentKpis> out = new ArrayList<>();
    byDepartment.forEach((d, kpis) -> out.add(
        new DepartmentKpis(d, Labels.departmentName(document, d), List.copyOf(kpis))));
    return out;
  }

  /** The heads of the scorecard, in the order of their departments in the document. */
  List<Head> heads() {
    Map<String, List<ScorecardRow>> byPerson = new LinkedHashMap<>();
    for (ScorecardRow row : progress.scorecard()) {
      byPerson.computeIfAbsent(row.person(), p -> new ArrayList<>()).add(row);
    }
    List<Head> heads = new ArrayList<>();
    byPerson.forEach((person, rows) -> heads.add(new Head(person, rows.get(0).name(),
        rows.get(0).department(), List.copyOf(rows))));
    List<String> order = document.departments().stream().map(Department::id).toList();
    heads.sort(Comparator.comparingInt((Head h) -> order.indexOf(h.department()))
        .thenComparing(Head::person));
    return heads;
  }

  /** The last closed month, if any: the scorecard runs from January to it. */
  OptionalInt lastClosedMonth() {
    return calendar.lastClosedMonth();
  }

  /** How many KPIs of the view have this health. */
  long count(KpiHealth health) {
    return progress.kpis().stream().filter(k -> k.health() == health).count();
  }

  // ---- words and numbers ----------------------------------------------------------------

  /** The health in words, for a badge or a line. */
  String health(KpiHealth health) {
    return switch (health) {
      case ON_TRACK -> language.t("on track", "в графике");
      case BEHIND -> language.t("behind", "отстаёт");
      case AT_RISK -> language.t("at risk", "под угрозой");
      case NO_DATA -> language.t("no data", "нет данных");
    };
  }

  /** The CSS class of a health: {@code on-track}, {@code behind}, {@code at-risk}, {@code no-data}. */
  static String cssClass(KpiHealth health) {
    return health.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A number as the checker's messages write it: plain, no exponent, no trailing zeros. */
  String number(BigDecimal value) {
    return Messages.render(value, language.locale());
  }

  /** A number with the KPI's unit where it has one: {@code 720 млн руб.}. */
  String amount(BigDecimal value, Kpi kpi) {
    return number(value) + kpi.unit().map(u -> " " + u).orElse("");
  }

  /** A person's name where the document gives one, the id otherwise. */
  String personName(String person) {
    return Optional.ofNullable(document.personById().get(person)).flatMap(Person::name)
        .orElse(person);
  }

  /** A department's name where it has one, the id otherwise. */
  String departmentName(String department) {
    return Labels.departmentName(document, department).orElse(department);
  }

  /** A share (0.0877) in percent for reading, one decimal at most: {@code 8.8%}. */
  static String percent(BigDecimal share) {
    BigDecimal p = share.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
    return (p.scale() < 0 ? p.setScale(0) : p).toPlainString() + "%";
  }

  /** A score 0–1 as a whole percentage, rounded half up as the model rounds the score. */
  static String wholePercent(BigDecimal score) {
    return score.multiply(HUNDRED).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /**
   * How the judged month went, in words: "behind by 8.8%", "ahead by 0.6%", "off by 2%" for a
   * KPI to maintain; empty where the view gives no shortfall in percent (a zero milestone).
   */
  Optional<String> deviation(KpiLine line) {
    Optional<BigDecimal> shortfall = line.progress().shortfall();
    if (shortfall.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal s = shortfall.get();
    if (s.signum() == 0) {
      return Optional.of(language.t("exactly on the milestone", "точно по плану"));
    }
    String size = percent(s.abs());
    if (s.signum() < 0) {
      return Optional.of(language.t("ahead by ", "опережение ") + size);
    }
    return Optional.of(switch (line.kpi().effectiveDirection()) {
      case MAINTAIN -> language.t("off by ", "отклонение ") + size;
      default -> language.t("behind by ", "отставание ") + size;
    });
  }

  /**
   * "March: actual 166, milestone 165 (ahead by 0.6%)"; for a KPI without data, that no month
   * that has ended has both values yet.
   */
  String reading(KpiLine line) {
    KpiProgress p = line.progress();
    if (p.month().isEmpty() || p.actual().isEmpty() || p.milestone().isEmpty()) {
      return language.t("no ended month with both a milestone and an actual yet",
          "ещё нет прошедшего месяца, где есть и план, и факт");
    }
    return language.month(p.month().get()) + ": "
        + language.t("actual ", "факт ") + number(p.actual().get()) + ", "
        + language.t("milestone ", "план ") + number(p.milestone().get())
        + deviation(line).map(d -> " (" + d + ")").orElse("");
  }

  /** "target 720 млн руб." or "no target". */
  String target(KpiLine line) {
    return line.progress().target()
        .map(t -> language.t("target ", "цель ") + amount(t, line.kpi()))
        .orElse(language.t("no target", "цель не задана"));
  }

  /** "January–March", "January", or "no month closed yet". */
  String closedMonths() {
    OptionalInt last = lastClosedMonth();
    if (last.isEmpty()) {
      return language.t("no month closed yet", "ни один месяц ещё не закрыт");
    }
    String months = last.getAsInt() == 1 ? language.month(1)
        : language.month(1) + "–" + language.month(last.getAsInt());
    return language.t("months closed: ", "закрытые месяцы: ") + months;
  }

  /** The weight of the key tasks in words: "key tasks 50%, KPIs 50% of the personal score". */
  String weights() {
    BigDecimal keyTasks = BigDecimal.valueOf(options.keyTaskWeight());
    return language.t("personal score: key tasks ", "личный показатель: ключевые задачи ")
        + percent(keyTasks) + language.t(", KPIs ", ", KPI ")
        + percent(BigDecimal.ONE.subtract(keyTasks));
  }
}
