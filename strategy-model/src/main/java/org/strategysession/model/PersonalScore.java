package org.strategysession.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A head's personal score for a month ({@code FORMAT.md}, "The year in action"): {@code
 * keyTaskWeight} × the share of the head's key tasks for the month that are done ({@link
 * KeyTasks}), plus (1 − {@code keyTaskWeight}) × the mean KPI score of the plans of the
 * departments the person heads, over their KPIs with both a milestone and an actual for the
 * month (1 on track, 0.5 behind, 0 at risk, judged on that month). Where one part has nothing
 * to count the score is the other part alone; where neither has, there is no score. Immutable.
 *
 * @param person the person's id
 * @param month 1–12
 * @param keyTasks the distinct key tasks set for the month that name tasks of the document
 * @param keyTasksDone how many of them are done
 * @param kpiScore the mean KPI score, 0–1, if some KPI has both values for the month
 * @param score the personal score, 0–1
 */
public record PersonalScore(String person, int month, int keyTasks, int keyTasksDone,
    Optional<BigDecimal> kpiScore, BigDecimal score) {
  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public PersonalScore {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(kpiScore, "kpiScore");
    Objects.requireNonNull(score, "score");
  }

  /** The share of the key tasks done, if some were set. */
  public Optional<BigDecimal> keyTaskShare() {
    return keyTasks == 0 ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(keyTasksDone)
            .divide(BigDecimal.valueOf(keyTasks), MathContext.DECIMAL64).stripTrailingZeros());
  }

  /** The score as a whole percentage, rounded half up (0.745 → 75). */
  public int percent() {
    return percent(score);
  }

  /** A score 0–1 as a whole percentage, rounded half up. */
  static int percent(BigDecimal score) {
    return score.multiply(HUNDRED).setScale(0, RoundingMode.HALF_UP).intValueExact();
  }

  /**
   * The score of a person for a month, or empty where neither part has anything to count.
   *
   * @param document not null
   * @param person a person id, not null
   * @param month 1–12
   * @param options not null
   */
  public static Optional<PersonalScore> of(PlanDocument document, String person, int month,
      ReviewOptions options) {
    List<String> set = KeyTasks.of(document, person, month, true);
    int done = 0;
    for (String task : set) {
      done += KeyTasks.isDone(document, person, month, task) ? 1 : 0;
    }
    Optional<BigDecimal> kpis = kpiScore(document, person, month, options);
    BigDecimal weight = BigDecimal.valueOf(options.keyTaskWeight());
    BigDecimal score;
    if (!set.isEmpty()) {
      BigDecimal share = BigDecimal.valueOf(done)
          .divide(BigDecimal.valueOf(set.size()), MathContext.DECIMAL64);
      score = kpis.isEmpty() ? share
          : weight.multiply(share).add(BigDecimal.ONE.subtract(weight).multiply(kpis.get()));
    } else if (kpis.isPresent()) {
      score = kpis.get();
    } else {
      return Optional.empty();
    }
    return Optional.of(new PersonalScore(person, month, set.size(), done, kpis,
        score.round(MathContext.DECIMAL64).stripTrailingZeros()));
  }

  /** The mean KPI score of the plans of the departments the person heads, for a month. */
  static Optional<BigDecimal> kpiScore(PlanDocument document, String person, int month,
      ReviewOptions options) {
    BigDecimal sum = BigDecimal.ZERO;
    int count = 0;
    for (Department d : document.departments()) {
      if (!d.head().filter(person::equals).isPresent()) {
        continue;
      }
      for (DepartmentPlan plan : document.plans()) {
        if (!plan.department().equals(d.id())) {
          continue;
        }
        for (Kpi kpi : plan.kpis()) {
          Optional<KpiReading> reading = KpiHealth.inMonth(kpi, month, options);
          if (reading.isPresent()) {
            sum = sum.add(points(reading.get().health()));
            count++;
          }
        }
      }
    }
    return count == 0 ? Optional.empty()
        : Optional.of(sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL64)
            .stripTrailingZeros());
  }

  private static BigDecimal points(KpiHealth health) {
    switch (health) {
      case ON_TRACK:
        return BigDecimal.ONE;
      case BEHIND:
        return HALF;
      default:
        return BigDecimal.ZERO;
    }
  }
}
