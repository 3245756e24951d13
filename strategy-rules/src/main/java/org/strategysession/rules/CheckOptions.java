package org.strategysession.rules;

import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.ReviewOptions;

/**
 * The thresholds of the rule catalog, with the defaults of {@code RULES.md}. Immutable and
 * thread-safe; build with {@link #builder()} and change only what differs.
 */
@Value.Immutable
public interface CheckOptions {
  /** PLAN_LATE: days between submission and the first session day; default 7. */
  @Value.Default
  default int submissionLeadDays() {
    return 7;
  }

  /** Sales rules: allowed relative difference from the sales figure; default 0.05. */
  @Value.Default
  default double salesTolerance() {
    return 0.05;
  }

  /** OWNER_OVERLOADED: most non-dropped tasks a person owns in one month; default 6. */
  @Value.Default
  default int maxTasksPerOwnerPerMonth() {
    return 6;
  }

  /** TOO_MANY_GOALS: most goals of one plan; default 5. */
  @Value.Default
  default int maxGoalsPerDepartment() {
    return 5;
  }

  /** SESSION_DAYS: number of session days; default 2. */
  @Value.Default
  default int sessionDays() {
    return 2;
  }

  /** SESSION_DAY_LENGTH: least working minutes of a day; default 360. */
  @Value.Default
  default int minDayMinutes() {
    return 360;
  }

  /** SESSION_DAY_LENGTH: most working minutes of a day; default 480. */
  @Value.Default
  default int maxDayMinutes() {
    return 480;
  }

  /** SESSION_TOO_MANY_PARTICIPANTS: most participants; default 8. */
  @Value.Default
  default int maxParticipants() {
    return 8;
  }

  /** INITIATIVE_NOT_ANALYZED: days after the last session day; default 30. */
  @Value.Default
  default int initiativeAnalysisDays() {
    return 30;
  }

  /** KEY_TASKS_COUNT: least key tasks of a person in a month; default 3. */
  @Value.Default
  default int minKeyTasks() {
    return 3;
  }

  /** KEY_TASKS_COUNT: most key tasks of a person in a month; default 4. */
  @Value.Default
  default int maxKeyTasks() {
    return 4;
  }

  /** TARGET_CHANGED_RADICALLY: largest relative target move; default 0.30. */
  @Value.Default
  default double radicalTargetChange() {
    return 0.30;
  }

  /** GOALS_DROPPED_RADICALLY: largest share of earlier goals dropped; default 0.25. */
  @Value.Default
  default double radicalGoalDrop() {
    return 0.25;
  }

  /**
   * AGENDA_BLOCK_DURATION: how far a block's total minutes may lie outside the standard
   * program's; default 0.25 (for department reports: 135–300 minutes).
   */
  @Value.Default
  default double agendaBlockTolerance() {
    return 0.25;
  }

  /** The year in action: days after a month's end from which it is closed; default 10. */
  @Value.Default
  default int reviewGraceDays() {
    return ReviewOptions.defaults().reviewGraceDays();
  }

  /** KPI health: largest shortfall share of the milestone still on track; default 0.05. */
  @Value.Default
  default double behindTolerance() {
    return ReviewOptions.defaults().behindTolerance();
  }

  /** KPI health: shortfall share of the milestone beyond which a KPI is at risk; default 0.15. */
  @Value.Default
  default double atRiskTolerance() {
    return ReviewOptions.defaults().atRiskTolerance();
  }

  /** Personal score: the weight of the key tasks, 0–1; default 0.5. */
  @Value.Default
  default double keyTaskWeight() {
    return ReviewOptions.defaults().keyTaskWeight();
  }

  /** TOO_MANY_HIGH_PRIORITY: most HIGH-priority goals of one plan; default 2. */
  @Value.Default
  default int maxHighPriorityGoals() {
    return 2;
  }

  /** REVISION_OVERDUE: days after a quarter's end by which it is revised; default 30. */
  @Value.Default
  default int revisionGraceDays() {
    return 30;
  }

  /**
   * The four settings of the year in action as the model's {@link ReviewOptions}, which the
   * rules and the progress view judge months, KPI health and scores with.
   */
  @Value.Derived
  default ReviewOptions reviewOptions() {
    return ReviewOptions.builder()
        .reviewGraceDays(reviewGraceDays())
        .behindTolerance(behindTolerance())
        .atRiskTolerance(atRiskTolerance())
        .keyTaskWeight(keyTaskWeight())
        .build();
  }

  /**
   * Department kinds whose plans are expected to rest on the sales plan; default MARKETING,
   * PRODUCTION, PROCUREMENT, LOGISTICS, FINANCE.
   */
  @Value.Default
  default Set<DepartmentKind> salesDependentKinds() {
    EnumSet<DepartmentKind> kinds = EnumSet.noneOf(DepartmentKind.class);
    for (DepartmentKind k : DepartmentKind.values()) {
      if (k.salesDependent()) {
        kinds.add(k);
      }
    }
    return kinds;
  }

  @Value.Check
  default void check() {
    if (submissionLeadDays() < 0 || salesTolerance() < 0 || maxTasksPerOwnerPerMonth() < 0
        || maxGoalsPerDepartment() < 0 || sessionDays() < 1 || minDayMinutes() < 0
        || maxDayMinutes() < minDayMinutes() || maxParticipants() < 0
        || initiativeAnalysisDays() < 0 || minKeyTasks() < 0 || maxKeyTasks() < minKeyTasks()
        || radicalTargetChange() < 0 || radicalGoalDrop() < 0 || agendaBlockTolerance() < 0
        || maxHighPriorityGoals() < 0 || revisionGraceDays() < 0) {
      throw new IllegalArgumentException("check options out of range: " + this);
    }
  }

  /** The defaults of {@code RULES.md}. */
  static CheckOptions defaults() {
    return builder().build();
  }

  static ImmutableCheckOptions.Builder builder() {
    return ImmutableCheckOptions.builder();
  }
}
