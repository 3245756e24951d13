package org.strategysession.reports;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.strategysession.model.Kpi;
import org.strategysession.model.KpiHealth;
import org.strategysession.model.KpiProgress;
import org.strategysession.model.Language;
import org.strategysession.model.PlanningCalendar;

/**
 * The small chart of one KPI on the progress page, as SVG coordinates: the twelve months
 * across, the KPI's values up; its monthly milestones as a dashed line, its actuals (of months
 * that have ended) as points joined by a line in the colour of its health, the target as a
 * dotted line, and the month the view judged it on marked. The template only places what this
 * computes; every coordinate is written with one decimal, so the page is the same bytes on
 * every platform.
 *
 * @param health CSS class of the KPI's health ({@code on-track}…)
 * @param milestones the milestone line: SVG {@code points}, empty when there is none
 * @param milestoneDots a dot per milestone
 * @param actuals the actuals' line: SVG {@code points}, empty with fewer than two actuals
 * @param actualDots a dot per actual
 * @param target the target's line, or null where the KPI has none
 * @param judged the point judged, or null for a KPI without data
 * @param judgedMonth the month judged, 0 for a KPI without data
 * @param yTicks value labels and grid lines up the left
 * @param xTicks a tick per month along the bottom, labelled for every other month (and the
 *     month judged): twelve three-letter names do not fit side by side in a chart this small
 */
record KpiChart(String health, String milestones, List<Dot> milestoneDots, String actuals,
    List<Dot> actualDots, Level target, Dot judged, int judgedMonth, List<Tick> yTicks,
    List<Tick> xTicks) {

  static final int WIDTH = 300;
  static final int HEIGHT = 150;
  static final int LEFT = 44;
  static final int RIGHT = WIDTH - 12;
  static final int TOP = 14;
  static final int BOTTOM = HEIGHT - 22;
  /** The width of a month on the plot. */
  static final double MONTH = (RIGHT - LEFT) / 11.0;

  /** A point with what it shows on hover. */
  record Dot(String x, String y, String title) {}

  /** A horizontal line across the plot with its label. */
  record Level(String y, String label) {}

  /** A tick on an axis, at {@code at} (x for months, y for values), with its label or "". */
  record Tick(String at, String label) {}

  /** Plot bounds for the template: the frame of the chart. */
  int left() {
    return LEFT;
  }

  int right() {
    return RIGHT;
  }

  int top() {
    return TOP;
  }

  int bottom() {
    return BOTTOM;
  }

  /** The left edge of the band that marks the month judged (a month's width, centred on it). */
  String judgedBandX() {
    return coordinate(LEFT + (judgedMonth - 1.5) * MONTH);
  }

  String judgedBandWidth() {
    return coordinate(MONTH);
  }

  int width() {
    return WIDTH;
  }

  int height() {
    return HEIGHT;
  }

  static KpiChart of(Kpi kpi, KpiProgress progress, PlanningCalendar calendar,
      MonthlyReview review) {
    Language language = review.language;
    SortedMap<Integer, BigDecimal> milestones = new TreeMap<>(kpi.monthly());
    SortedMap<Integer, BigDecimal> actuals = new TreeMap<>();
    // Actuals of months that have not ended are an error the checker reports, not data.
    kpi.actual().forEach((m, v) -> {
      if (calendar.hasEnded(m)) {
        actuals.put(m, v);
      }
    });
    List<BigDecimal> values = new ArrayList<>(milestones.values());
    values.addAll(actuals.values());
    progress.target().ifPresent(values::add);
    Scale scale = Scale.of(values);

    List<Dot> milestoneDots = new ArrayList<>();
    for (Map.Entry<Integer, BigDecimal> e : milestones.entrySet()) {
      milestoneDots.add(new Dot(x(e.getKey()), scale.y(e.getValue()),
          language.month(e.getKey()) + ": " + language.t("milestone ", "план ")
              + review.number(e.getValue())));
    }
    List<Dot> actualDots = new ArrayList<>();
    for (Map.Entry<Integer, BigDecimal> e : actuals.entrySet()) {
      BigDecimal milestone = milestones.get(e.getKey());
      actualDots.add(new Dot(x(e.getKey()), scale.y(e.getValue()),
          language.month(e.getKey()) + ": " + language.t("actual ", "факт ")
              + review.number(e.getValue()) + (milestone == null ? ""
                  : ", " + language.t("milestone ", "план ") + review.number(milestone))));
    }
    Level target = progress.target().map(t -> new Level(scale.y(t),
        language.t("target ", "цель ") + review.number(t))).orElse(null);
    Dot judged = null;
    int judgedMonth = 0;
    if (progress.health() != KpiHealth.NO_DATA && progress.month().isPresent()
        && progress.actual().isPresent()) {
      int month = progress.month().get();
      judgedMonth = month;
      judged = new Dot(x(month), scale.y(progress.actual().get()),
          language.month(month) + ": " + review.health(progress.health()));
    }
    List<Tick> xTicks = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      boolean labelled = m % 2 == 1 || m == judgedMonth;
      xTicks.add(new Tick(x(m), labelled ? language.shortMonth(m) : ""));
    }
    return new KpiChart(MonthlyReview.cssClass(progress.health()), points(milestoneDots),
        milestoneDots, actualDots.size() < 2 ? "" : points(actualDots), actualDots, target,
        judged, judgedMonth, scale.ticks(review), xTicks);
  }

  private static String points(List<Dot> dots) {
    StringBuilder sb = new StringBuilder();
    for (Dot d : dots) {
      sb.append(sb.length() == 0 ? "" : " ").append(d.x()).append(',').append(d.y());
    }
    return sb.toString();
  }

  /** The x of a month's centre. */
  static String x(int month) {
    return coordinate(LEFT + (month - 1) * MONTH);
  }

  static String coordinate(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /**
   * The values' axis: from a round number at or below the smallest value to one at or above
   * the largest, in three or four round steps (1, 2, 2.5 or 5 times a power of ten), so that
   * its labels read like a hand-drawn chart's.
   */
  record Scale(BigDecimal low, BigDecimal high, BigDecimal step) {
    private static final BigDecimal[] STEPS = {BigDecimal.ONE, BigDecimal.valueOf(2),
        new BigDecimal("2.5"), BigDecimal.valueOf(5), BigDecimal.TEN};

    static Scale of(List<BigDecimal> values) {
      if (values.isEmpty()) {
        return new Scale(BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("0.5"));
      }
      BigDecimal min = values.stream().min(BigDecimal::compareTo).orElseThrow();
      BigDecimal max = values.stream().max(BigDecimal::compareTo).orElseThrow();
      BigDecimal range = max.subtract(min);
      if (range.signum() == 0) {
        // One value: a band around it, as wide as a tenth of it (or 1 around zero).
        range = min.signum() == 0 ? BigDecimal.ONE : min.abs().divide(BigDecimal.TEN);
        min = min.subtract(range.divide(BigDecimal.valueOf(2)));
        max = max.add(range.divide(BigDecimal.valueOf(2)));
      }
      BigDecimal rough = range.divide(BigDecimal.valueOf(3), MathContext.DECIMAL64);
      BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(
          rough.precision() - rough.scale() - 1);
      BigDecimal step = power.multiply(BigDecimal.TEN);
      for (BigDecimal s : STEPS) {
        if (power.multiply(s).compareTo(rough) >= 0) {
          step = power.multiply(s);
          break;
        }
      }
      BigDecimal low = min.divide(step, 0, RoundingMode.FLOOR).multiply(step);
      BigDecimal high = max.divide(step, 0, RoundingMode.CEILING).multiply(step);
      return new Scale(low, high, step);
    }

    String y(BigDecimal value) {
      double share = value.subtract(low).doubleValue() / high.subtract(low).doubleValue();
      return coordinate(BOTTOM - share * (BOTTOM - TOP));
    }

    List<Tick> ticks(MonthlyReview review) {
      List<Tick> ticks = new ArrayList<>();
      for (BigDecimal v = low; v.compareTo(high) <= 0; v = v.add(step)) {
        ticks.add(new Tick(y(v), review.number(v)));
      }
      return ticks;
    }
  }
}
