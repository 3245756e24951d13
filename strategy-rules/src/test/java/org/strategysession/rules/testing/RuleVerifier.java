package org.strategysession.rules.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.strategysession.model.CompanyGoal;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.FollowUp;
import org.strategysession.model.ImmutablePlanDocument;
import org.strategysession.model.Initiative;
import org.strategysession.model.Person;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.Remark;
import org.strategysession.model.Revision;
import org.strategysession.model.Session;
import org.strategysession.rules.PlanChecker;
import org.strategysession.rules.RuleSource;

/**
 * Runs a checker, or a single rule, on a few elements and asserts on the findings, in the
 * given-then-assert style:
 *
 * <pre>{@code
 * RuleVerifier.forRule("GOAL_WITHOUT_TASKS")
 *     .given(salesDepartment, salesPlanWithGoalG2)
 *     .fires("GOAL_WITHOUT_TASKS").on("sales.g2")
 *     .firesNothingElse();
 * }</pre>
 *
 * <p>{@link #given(Object...)} takes model elements ({@link Person}, {@link Department},
 * {@link DepartmentPlan}, {@link Remark}, {@link Initiative}, {@link CompanyGoal}, {@link
 * Session}, {@link FollowUp}, {@link Revision}) and assembles a document of company {@code
 * "Test"}, year 2027; {@link #given(PlanDocument)} takes a whole document. {@link
 * #asOf(LocalDate)} checks as of a date (the year-in-action rules need one), {@link
 * #revising(PlanDocument)} checks a revision against the version it revises. Embedders test their own DRL
 * with {@link #forRules(RuleSource, String...)}. Immutable; thread-safe.
 */
public final class RuleVerifier {
  private final PlanChecker checker;
  private final LocalDate asOf;
  private final PlanDocument earlier;

  private RuleVerifier(PlanChecker checker, LocalDate asOf, PlanDocument earlier) {
    this.checker = Objects.requireNonNull(checker, "checker");
    this.asOf = asOf;
    this.earlier = earlier;
  }

  /** A verifier over a checker as configured. */
  public static RuleVerifier of(PlanChecker checker) {
    return new RuleVerifier(checker, null, null);
  }

  /** A verifier running the whole catalog with default options. */
  public static RuleVerifier allRules() {
    return of(PlanChecker.standard());
  }

  /** A verifier running only these catalog rules, with default options. */
  public static RuleVerifier forRule(String... rules) {
    return of(PlanChecker.builder().enableOnly(List.of(rules)).build());
  }

  /**
   * A verifier running an embedder's DRL; {@code keepCatalogRules} names catalog rules to
   * keep on beside it (none: only the custom rules run).
   */
  public static RuleVerifier forRules(RuleSource drl, String... keepCatalogRules) {
    return of(PlanChecker.builder().enableOnly(List.of(keepCatalogRules)).addRules(drl).build());
  }

  /** The same verifier checking as of a date. */
  public RuleVerifier asOf(LocalDate date) {
    return new RuleVerifier(checker, Objects.requireNonNull(date), earlier);
  }

  /** The same verifier checking revisions of this earlier version. */
  public RuleVerifier revising(PlanDocument earlierVersion) {
    return new RuleVerifier(checker, asOf, Objects.requireNonNull(earlierVersion));
  }

  /** Checks a whole document. */
  public ReportAssert given(PlanDocument document) {
    if (earlier != null) {
      return new ReportAssert(asOf == null
          ? checker.checkRevision(earlier, document)
          : checker.checkRevision(earlier, document, asOf));
    }
    return new ReportAssert(asOf == null ? checker.check(document) : checker.check(document, asOf));
  }

  /** Checks a document assembled from these elements. */
  public ReportAssert given(Object... elements) {
    return given(document(elements));
  }

  /** A document of company "Test", year 2027, holding these elements. */
  public static PlanDocument document(Object... elements) {
    ImmutablePlanDocument.Builder b = PlanDocument.builder().company("Test").planningYear(2027);
    for (Object e : elements) {
      if (e instanceof Person) {
        b.addPeople((Person) e);
      } else if (e instanceof Department) {
        b.addDepartments((Department) e);
      } else if (e instanceof DepartmentPlan) {
        b.addPlans((DepartmentPlan) e);
      } else if (e instanceof Remark) {
        b.addRemarks((Remark) e);
      } else if (e instanceof Initiative) {
        b.addInitiatives((Initiative) e);
      } else if (e instanceof CompanyGoal) {
        b.addCompanyGoals((CompanyGoal) e);
      } else if (e instanceof Session) {
        b.session((Session) e);
      } else if (e instanceof FollowUp) {
        b.followUp((FollowUp) e);
      } else if (e instanceof Revision) {
        b.revision((Revision) e);
      } else {
        throw new IllegalArgumentException("not a document element: " + e);
      }
    }
    return b.build();
  }
}
