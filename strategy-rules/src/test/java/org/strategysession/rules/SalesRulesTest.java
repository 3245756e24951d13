package org.strategysession.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.Kpi;
import org.strategysession.model.SalesBasis;
import org.strategysession.rules.testing.ReportAssert;
import org.strategysession.rules.testing.RuleVerifier;

/**
 * sales.drl: SALES_PLAN_MISSING, SALES_BASIS_NOT_SALES, SALES_ASSUMPTION_MISMATCH,
 * SALES_MONTHLY_OUT_OF_STEP, SALES_LINK_MISSING, SALES_PLAN_NEWER_THAN_ASSUMPTION.
 */
class SalesRulesTest {
  private static final Department SALES =
      Department.of("sales", "Sales", DepartmentKind.SALES, "petrov");
  private static final Department RETAIL =
      Department.of("retail", "Retail sales", DepartmentKind.SALES, "orlov");
  private static final Department MARKETING =
      Department.of("marketing", "Marketing", DepartmentKind.MARKETING, "smirnova");
  private static final Department PRODUCTION =
      Department.of("production", "Production", DepartmentKind.PRODUCTION, "kozlov");
  private static final Department HR = Department.of("hr", "HR", DepartmentKind.HR, "ivanova");

  /** Revenue 480 for the year; 110, 230 and 480 by the end of months 3, 6 and 12. */
  private static final Kpi REVENUE = Kpi.builder().id("sales.revenue").name("Revenue")
      .target(n(480)).putMonthly(3, n(110)).putMonthly(6, n(230)).putMonthly(12, n(480))
      .build();

  private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);
  private static final LocalDate DEC_3 = LocalDate.of(2026, 12, 3);
  private static final LocalDate DEC_5 = LocalDate.of(2026, 12, 5);

  private static BigDecimal n(String value) {
    return new BigDecimal(value);
  }

  private static BigDecimal n(int value) {
    return BigDecimal.valueOf(value);
  }

  private static DepartmentPlan salesPlan(Kpi... kpis) {
    return DepartmentPlan.builder().department("sales").addKpis(kpis).build();
  }

  /** A marketing KPI resting on {@code basis}. */
  private static Kpi leads(SalesBasis basis) {
    return Kpi.builder().id("marketing.leads").name("Qualified leads").target(n(2600))
        .basedOn(basis).build();
  }

  private static SalesBasis basis(String kpi) {
    return SalesBasis.builder().kpi(kpi).build();
  }

  private static DepartmentPlan marketingPlan(Kpi... kpis) {
    return DepartmentPlan.builder().department("marketing").addKpis(kpis).build();
  }

  private static RuleVerifier withOptions(CheckOptions options, String rule) {
    return RuleVerifier.of(
        PlanChecker.builder().options(options).enableOnly(List.of(rule)).build());
  }

  // ---- SALES_PLAN_MISSING ---------------------------------------------------------------

  @Test
  void SALES_PLAN_MISSING_fires_once_on_the_document_when_plans_rest_on_absent_sales() {
    // both triggers at once (a dependent department and a KPI with basedOn): still one finding
    ReportAssert report = RuleVerifier.forRule("SALES_PLAN_MISSING")
        .given(MARKETING, marketingPlan(leads(basis("sales.revenue"))))
        .fires("SALES_PLAN_MISSING").on("document", 1)
        .firesNothingElse();
    Finding f = report.findings("SALES_PLAN_MISSING", "document").get(0);
    assertThat(f.department()).isEmpty();
    assertThat(f.path()).isEmpty();
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message())
        .isEqualTo("Plans rest on the sales plan, but no sales department has a plan with KPIs");
  }

  @Test
  void SALES_PLAN_MISSING_fires_when_the_sales_plan_has_no_kpi() {
    RuleVerifier.forRule("SALES_PLAN_MISSING")
        .given(SALES, salesPlan(), PRODUCTION)
        .fires("SALES_PLAN_MISSING").on("document", 1)
        .firesNothingElse();
  }

  @Test
  void SALES_PLAN_MISSING_fires_for_a_basedOn_alone() {
    // an HR KPI resting on a figure, no sales-dependent department at all
    DepartmentPlan hrPlan = DepartmentPlan.builder().department("hr")
        .addKpis(Kpi.builder().id("hr.staff").basedOn(basis("sales.revenue")).build()).build();
    RuleVerifier.forRule("SALES_PLAN_MISSING")
        .given(HR, hrPlan)
        .fires("SALES_PLAN_MISSING").on("document", 1)
        .firesNothingElse();
  }

  @Test
  void SALES_PLAN_MISSING_negative_control_sales_plan_with_a_kpi() {
    RuleVerifier.forRule("SALES_PLAN_MISSING")
        .given(SALES, salesPlan(REVENUE), MARKETING, marketingPlan(leads(basis("sales.revenue"))))
        .firesNothing();
  }

  @Test
  void SALES_PLAN_MISSING_negative_control_nothing_rests_on_sales() {
    // no sales department, but no dependent department and no basedOn either
    RuleVerifier.forRule("SALES_PLAN_MISSING")
        .given(HR, DepartmentPlan.builder().department("hr")
            .addKpis(Kpi.builder().id("hr.staff").build()).build())
        .firesNothing();
  }

  @Test
  void SALES_PLAN_MISSING_follows_the_sales_dependent_kinds_option() {
    CheckOptions hrDepends =
        CheckOptions.builder().salesDependentKinds(EnumSet.of(DepartmentKind.HR)).build();
    withOptions(hrDepends, "SALES_PLAN_MISSING").given(HR)
        .fires("SALES_PLAN_MISSING").on("document", 1).firesNothingElse();
    withOptions(hrDepends, "SALES_PLAN_MISSING").given(MARKETING).firesNothing();
  }

  // ---- SALES_BASIS_NOT_SALES ------------------------------------------------------------

  @Test
  void SALES_BASIS_NOT_SALES_fires_on_the_dependent_kpi() {
    DepartmentPlan production = DepartmentPlan.builder().department("production")
        .addKpis(Kpi.builder().id("production.output").name("Output").target(n(110)).build())
        .build();
    ReportAssert report = RuleVerifier.forRule("SALES_BASIS_NOT_SALES")
        .given(SALES, salesPlan(REVENUE), PRODUCTION, production, MARKETING,
            marketingPlan(leads(basis("production.output"))))
        .fires("SALES_BASIS_NOT_SALES").on("marketing.leads", 1)
        .firesNothingElse();
    Finding f = report.findings("SALES_BASIS_NOT_SALES", "marketing.leads").get(0);
    assertThat(f.department()).contains("marketing");
    assertThat(f.path()).contains("/plans/2/kpis/0");
    assertThat(f.message()).isEqualTo("KPI marketing.leads \"Qualified leads\" is based on "
        + "production.output \"Output\", which is not a KPI of a sales department's plan");
  }

  @Test
  void SALES_BASIS_NOT_SALES_fires_once_where_the_basis_id_is_duplicated() {
    Kpi output = Kpi.builder().id("production.output").name("Output").build();
    DepartmentPlan production = DepartmentPlan.builder().department("production")
        .addKpis(output, output).build();
    RuleVerifier.forRule("SALES_BASIS_NOT_SALES")
        .given(PRODUCTION, production, MARKETING, marketingPlan(leads(basis("production.output"))))
        .fires("SALES_BASIS_NOT_SALES").on("marketing.leads", 1)
        .firesNothingElse();
    // one of the two bearing the id is a sales KPI: the basis is a sales KPI
    RuleVerifier.forRule("SALES_BASIS_NOT_SALES")
        .given(SALES, salesPlan(Kpi.builder().id("production.output").build()), PRODUCTION,
            production, MARKETING, marketingPlan(leads(basis("production.output"))))
        .firesNothing();
  }

  @Test
  void SALES_BASIS_NOT_SALES_negative_control_basis_is_a_sales_kpi() {
    RuleVerifier.forRule("SALES_BASIS_NOT_SALES")
        .given(SALES, salesPlan(REVENUE), MARKETING, marketingPlan(leads(basis("sales.revenue"))))
        .firesNothing();
  }

  @Test
  void SALES_BASIS_NOT_SALES_stays_silent_for_a_basis_naming_nothing() {
    RuleVerifier.forRule("SALES_BASIS_NOT_SALES", "UNKNOWN_REFERENCE")
        .given(SALES, salesPlan(REVENUE), MARKETING, marketingPlan(leads(basis("sales.nothing"))))
        .fires("UNKNOWN_REFERENCE").on("marketing.leads", 1)
        .doesNotFire("SALES_BASIS_NOT_SALES");
  }

  // ---- SALES_ASSUMPTION_MISMATCH --------------------------------------------------------

  private static SalesBasis assumed(String value) {
    return SalesBasis.builder().kpi("sales.revenue").assumed(n(value)).build();
  }

  private static Kpi revenueTarget(String target) {
    return Kpi.builder().id("sales.revenue").name("Revenue").target(n(target)).build();
  }

  @Test
  void SALES_ASSUMPTION_MISMATCH_fires_on_the_dependent_kpi() {
    ReportAssert report = RuleVerifier.forRule("SALES_ASSUMPTION_MISMATCH")
        .given(SALES, salesPlan(revenueTarget("400")), MARKETING,
            marketingPlan(leads(assumed("420.01"))))
        .fires("SALES_ASSUMPTION_MISMATCH").on("marketing.leads", 1)
        .firesNothingElse();
    Finding f = report.findings("SALES_ASSUMPTION_MISMATCH", "marketing.leads").get(0);
    assertThat(f.department()).contains("marketing");
    assertThat(f.path()).contains("/plans/1/kpis/0");
    assertThat(f.message()).isEqualTo("KPI marketing.leads \"Qualified leads\" assumes 420.01 "
        + "for sales.revenue \"Revenue\", but the sales target is 400");
  }

  @Test
  void SALES_ASSUMPTION_MISMATCH_negative_control_exactly_at_the_tolerance() {
    // |420 − 400| = 0.05 × 400: not beyond the tolerance; likewise below the target
    RuleVerifier.forRule("SALES_ASSUMPTION_MISMATCH")
        .given(SALES, salesPlan(revenueTarget("400")), MARKETING,
            marketingPlan(leads(assumed("420"))))
        .firesNothing();
    RuleVerifier.forRule("SALES_ASSUMPTION_MISMATCH")
        .given(SALES, salesPlan(revenueTarget("400")), MARKETING,
            marketingPlan(leads(assumed("380"))))
        .firesNothing();
  }

  @Test
  void SALES_ASSUMPTION_MISMATCH_stays_silent_when_the_basis_is_not_a_sales_kpi() {
    DepartmentPlan production = DepartmentPlan.builder().department("production")
        .addKpis(Kpi.builder().id("production.output").target(n(110)).build()).build();
    RuleVerifier.forRule("SALES_ASSUMPTION_MISMATCH")
        .given(SALES, salesPlan(REVENUE), PRODUCTION, production, MARKETING,
            marketingPlan(leads(SalesBasis.builder().kpi("production.output")
                .assumed(n(480)).build())))
        .firesNothing();
  }

  @Test
  void SALES_ASSUMPTION_MISMATCH_follows_the_salesTolerance_option() {
    Object[] doc = {SALES, salesPlan(revenueTarget("400")), MARKETING,
        marketingPlan(leads(assumed("430")))};
    RuleVerifier.forRule("SALES_ASSUMPTION_MISMATCH").given(doc)
        .fires("SALES_ASSUMPTION_MISMATCH").on("marketing.leads", 1);
    withOptions(CheckOptions.builder().salesTolerance(0.10).build(), "SALES_ASSUMPTION_MISMATCH")
        .given(doc)
        .firesNothing();
  }

  // ---- SALES_MONTHLY_OUT_OF_STEP --------------------------------------------------------

  @Test
  void SALES_MONTHLY_OUT_OF_STEP_fires_once_per_month_out_of_step_or_missing() {
    // month 6 differs (260 against 230), month 9 has no sales value, month 12 is in step
    SalesBasis monthly = SalesBasis.builder().kpi("sales.revenue")
        .putAssumedMonthly(6, n(260)).putAssumedMonthly(9, n(350)).putAssumedMonthly(12, n(480))
        .build();
    ReportAssert report = RuleVerifier.forRule("SALES_MONTHLY_OUT_OF_STEP")
        .given(SALES, salesPlan(REVENUE), MARKETING, marketingPlan(leads(monthly)))
        .fires("SALES_MONTHLY_OUT_OF_STEP").on("marketing.leads", 2)
        .firesNothingElse();
    List<Finding> findings = report.findings("SALES_MONTHLY_OUT_OF_STEP", "marketing.leads");
    assertThat(findings).extracting(f -> f.path().orElseThrow()).containsExactlyInAnyOrder(
        "/plans/1/kpis/0/basedOn/assumedMonthly/6", "/plans/1/kpis/0/basedOn/assumedMonthly/9");
    assertThat(findings).allSatisfy(f -> assertThat(f.department()).contains("marketing"));
    assertThat(findings).extracting(Finding::message).containsExactlyInAnyOrder(
        "KPI marketing.leads \"Qualified leads\" assumes 260 for sales.revenue \"Revenue\" "
            + "in month 6; the sales plan has 230",
        "KPI marketing.leads \"Qualified leads\" assumes 350 for sales.revenue \"Revenue\" "
            + "in month 9; the sales plan has none");
  }

  @Test
  void SALES_MONTHLY_OUT_OF_STEP_negative_control_exactly_at_the_tolerance() {
    // 241.5 = 230 × 1.05 and 456 = 480 × 0.95
    SalesBasis monthly = SalesBasis.builder().kpi("sales.revenue")
        .putAssumedMonthly(6, n("241.5")).putAssumedMonthly(12, n(456)).build();
    RuleVerifier.forRule("SALES_MONTHLY_OUT_OF_STEP")
        .given(SALES, salesPlan(REVENUE), MARKETING, marketingPlan(leads(monthly)))
        .firesNothing();
  }

  @Test
  void SALES_MONTHLY_OUT_OF_STEP_stays_silent_when_the_basis_is_not_a_sales_kpi() {
    DepartmentPlan production = DepartmentPlan.builder().department("production")
        .addKpis(Kpi.builder().id("production.output").putMonthly(6, n(52)).build()).build();
    SalesBasis monthly = SalesBasis.builder().kpi("production.output")
        .putAssumedMonthly(6, n(99)).putAssumedMonthly(9, n(80)).build();
    RuleVerifier.forRule("SALES_MONTHLY_OUT_OF_STEP")
        .given(SALES, salesPlan(REVENUE), PRODUCTION, production, MARKETING,
            marketingPlan(leads(monthly)))
        .firesNothing();
  }

  @Test
  void SALES_MONTHLY_OUT_OF_STEP_follows_the_salesTolerance_option() {
    SalesBasis monthly = SalesBasis.builder().kpi("sales.revenue")
        .putAssumedMonthly(6, n(250)).build();
    Object[] doc = {SALES, salesPlan(REVENUE), MARKETING, marketingPlan(leads(monthly))};
    RuleVerifier.forRule("SALES_MONTHLY_OUT_OF_STEP").given(doc)
        .fires("SALES_MONTHLY_OUT_OF_STEP").on("marketing.leads", 1);
    withOptions(CheckOptions.builder().salesTolerance(0.10).build(), "SALES_MONTHLY_OUT_OF_STEP")
        .given(doc)
        .firesNothing();
  }

  @Test
  void assumption_rules_stay_silent_for_a_basis_naming_nothing() {
    SalesBasis dangling = SalesBasis.builder().kpi("sales.nothing").assumed(n(1))
        .putAssumedMonthly(6, n(1)).build();
    RuleVerifier.forRule("SALES_ASSUMPTION_MISMATCH", "SALES_MONTHLY_OUT_OF_STEP",
            "UNKNOWN_REFERENCE")
        .given(SALES, salesPlan(REVENUE), MARKETING, marketingPlan(leads(dangling)))
        .fires("UNKNOWN_REFERENCE").on("marketing.leads", 1)
        .doesNotFire("SALES_ASSUMPTION_MISMATCH")
        .doesNotFire("SALES_MONTHLY_OUT_OF_STEP");
  }

  // ---- SALES_LINK_MISSING ---------------------------------------------------------------

  @Test
  void SALES_LINK_MISSING_fires_on_the_dependent_department() {
    ReportAssert report = RuleVerifier.forRule("SALES_LINK_MISSING")
        .given(SALES, salesPlan(REVENUE), MARKETING,
            marketingPlan(Kpi.builder().id("marketing.leads").target(n(2600)).build()))
        .fires("SALES_LINK_MISSING").on("marketing", 1)
        .firesNothingElse();
    Finding f = report.findings("SALES_LINK_MISSING", "marketing").get(0);
    assertThat(f.department()).contains("marketing");
    assertThat(f.path()).contains("/plans/1");
    assertThat(f.message())
        .isEqualTo("Plan of department marketing \"Marketing\" has no KPI based on a sales KPI");
  }

  @Test
  void SALES_LINK_MISSING_fires_once_for_a_department_with_two_plans() {
    RuleVerifier.forRule("SALES_LINK_MISSING")
        .given(MARKETING, marketingPlan(), marketingPlan())
        .fires("SALES_LINK_MISSING").on("marketing", 1)
        .firesNothingElse();
  }

  @Test
  void SALES_LINK_MISSING_negative_control_linked_or_not_dependent() {
    DepartmentPlan hrPlan = DepartmentPlan.builder().department("hr")
        .addKpis(Kpi.builder().id("hr.staff").build()).build();
    RuleVerifier.forRule("SALES_LINK_MISSING")
        .given(SALES, salesPlan(REVENUE), MARKETING, marketingPlan(leads(basis("sales.revenue"))),
            HR, hrPlan)
        .firesNothing();
  }

  @Test
  void SALES_LINK_MISSING_negative_control_department_without_a_plan() {
    // PLAN_MISSING covers it
    RuleVerifier.forRule("SALES_LINK_MISSING").given(MARKETING).firesNothing();
  }

  // ---- SALES_PLAN_NEWER_THAN_ASSUMPTION -------------------------------------------------

  private static DepartmentPlan submitted(DepartmentPlan plan, LocalDate on) {
    return DepartmentPlan.builder().from(plan).submittedOn(on).build();
  }

  private static final Kpi NEW_CLIENTS =
      Kpi.builder().id("sales.newClients").name("New clients").target(n(60)).build();

  @Test
  void SALES_PLAN_NEWER_THAN_ASSUMPTION_fires_once_per_dependent_department() {
    // two KPIs of marketing rest on two KPIs of the later sales plan: one finding
    Kpi reach = Kpi.builder().id("marketing.reach").basedOn(basis("sales.newClients")).build();
    ReportAssert report = RuleVerifier.forRule("SALES_PLAN_NEWER_THAN_ASSUMPTION")
        .given(SALES, submitted(salesPlan(REVENUE, NEW_CLIENTS), DEC_5), MARKETING,
            submitted(marketingPlan(leads(basis("sales.revenue")), reach), DEC_3))
        .fires("SALES_PLAN_NEWER_THAN_ASSUMPTION").on("marketing", 1)
        .firesNothingElse();
    Finding f = report.findings("SALES_PLAN_NEWER_THAN_ASSUMPTION", "marketing").get(0);
    assertThat(f.department()).contains("marketing");
    assertThat(f.path()).contains("/plans/1");
    assertThat(f.message()).isEqualTo("Plan of department marketing \"Marketing\" (submitted "
        + "2026-12-03) rests on the sales plan of sales \"Sales\", submitted later (2026-12-05)");
  }

  @Test
  void SALES_PLAN_NEWER_THAN_ASSUMPTION_names_the_latest_of_two_later_sales_plans() {
    Kpi retailRevenue = Kpi.builder().id("retail.revenue").target(n(100)).build();
    Kpi reach = Kpi.builder().id("marketing.reach").basedOn(basis("retail.revenue")).build();
    ReportAssert report = RuleVerifier.forRule("SALES_PLAN_NEWER_THAN_ASSUMPTION")
        .given(SALES, submitted(salesPlan(REVENUE), DEC_3), RETAIL,
            submitted(DepartmentPlan.builder().department("retail").addKpis(retailRevenue)
                .build(), DEC_5),
            MARKETING, submitted(marketingPlan(leads(basis("sales.revenue")), reach), DEC_1))
        .fires("SALES_PLAN_NEWER_THAN_ASSUMPTION").on("marketing", 1)
        .firesNothingElse();
    assertThat(report.findings("SALES_PLAN_NEWER_THAN_ASSUMPTION", "marketing").get(0).message())
        .contains("retail \"Retail sales\", submitted later (2026-12-05)");
  }

  @Test
  void SALES_PLAN_NEWER_THAN_ASSUMPTION_negative_control_same_day_or_undated() {
    Object marketing = submitted(marketingPlan(leads(basis("sales.revenue"))), DEC_3);
    RuleVerifier.forRule("SALES_PLAN_NEWER_THAN_ASSUMPTION")
        .given(SALES, submitted(salesPlan(REVENUE), DEC_3), MARKETING, marketing)
        .firesNothing();
    RuleVerifier.forRule("SALES_PLAN_NEWER_THAN_ASSUMPTION")
        .given(SALES, salesPlan(REVENUE), MARKETING, marketing)
        .firesNothing();
  }

  @Test
  void SALES_PLAN_NEWER_THAN_ASSUMPTION_negative_control_later_plan_is_not_of_sales() {
    DepartmentPlan production = submitted(DepartmentPlan.builder().department("production")
        .addKpis(Kpi.builder().id("production.output").build()).build(), DEC_5);
    RuleVerifier.forRule("SALES_PLAN_NEWER_THAN_ASSUMPTION")
        .given(SALES, submitted(salesPlan(REVENUE), DEC_1), PRODUCTION, production, MARKETING,
            submitted(marketingPlan(leads(basis("production.output"))), DEC_3))
        .firesNothing();
  }

  // ---- messages -------------------------------------------------------------------------

  @Test
  void messages_render_in_russian() {
    PlanChecker russian = PlanChecker.builder().locale(Locale.forLanguageTag("ru"))
        .enableOnly(List.of("SALES_ASSUMPTION_MISMATCH", "SALES_PLAN_MISSING")).build();
    ReportAssert report = RuleVerifier.of(russian)
        .given(SALES, salesPlan(revenueTarget("400")), MARKETING,
            marketingPlan(leads(assumed("500"))))
        .fires("SALES_ASSUMPTION_MISMATCH").on("marketing.leads", 1)
        .firesNothingElse();
    assertThat(report.findings("SALES_ASSUMPTION_MISMATCH", "marketing.leads").get(0).message())
        .isEqualTo("KPI marketing.leads «Qualified leads» исходит из значения 500 для "
            + "sales.revenue «Revenue», а цель плана продаж — 400");
    RuleVerifier.of(russian).given(MARKETING)
        .fires("SALES_PLAN_MISSING").on("document", 1)
        .findings("SALES_PLAN_MISSING", "document")
        .forEach(f -> assertThat(f.message()).isEqualTo(
            "Планы опираются на план продаж, но ни у одного отдела продаж нет плана с KPI"));
  }
}
