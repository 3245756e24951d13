package org.strategysession.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.strategysession.model.AgendaItem;
import org.strategysession.model.AgendaKind;
import org.strategysession.model.CompanyGoal;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.Direction;
import org.strategysession.model.FollowUp;
import org.strategysession.model.Goal;
import org.strategysession.model.Initiative;
import org.strategysession.model.InitiativeStatus;
import org.strategysession.model.InitiativeTheme;
import org.strategysession.model.KeyTaskAssignment;
import org.strategysession.model.Kpi;
import org.strategysession.model.Need;
import org.strategysession.model.Person;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.Priority;
import org.strategysession.model.Proposal;
import org.strategysession.model.Remark;
import org.strategysession.model.RemarkKind;
import org.strategysession.model.Revision;
import org.strategysession.model.Role;
import org.strategysession.model.SalesBasis;
import org.strategysession.model.Session;
import org.strategysession.model.Task;
import org.strategysession.model.TaskStatus;
import org.strategysession.model.Venue;
import org.strategysession.model.VenueFormat;
import org.strategysession.model.YearReport;

/** Hand-written documents that use every part of the layout. */
final class SampleDocuments {
  private SampleDocuments() {}

  /**
   * The tool's sample plans ({@code strategy-examples/samples}), relative to the module's
   * directory, where the build runs the tests; in the order of their file names.
   */
  static List<PlanDocument> samples() {
    try (java.util.stream.Stream<java.nio.file.Path> files =
        java.nio.file.Files.list(java.nio.file.Path.of("../samples"))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted()
          .map(f -> org.strategysession.model.PlanDocuments.strict().read(f)).toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static BigDecimal n(String value) {
    return new BigDecimal(value);
  }

  /**
   * A furniture maker's session three months into the year, with every field of the format
   * (1.1's too, but {@code $schema}, which the workbook does not keep) filled somewhere.
   */
  static PlanDocument full() {
    return PlanDocument.builder()
        .company("Severny Mebel JSC")
        .planningYear(2028)
        .people(
            List.of(
                Person.builder().id("gromov").name("Oleg Gromov").role(Role.EXECUTIVE)
                    .department("board").email("gromov@example.org").build(),
                Person.builder().id("lebedeva").name("Irina Lebedeva").role(Role.HEAD)
                    .department("sales").build(),
                Person.builder().id("zaitsev").name("Roman Zaitsev").role(Role.SPECIALIST)
                    .department("sales").build(),
                Person.builder().id("nikitina").name("Olga Nikitina").role(Role.HEAD)
                    .department("supply").build(),
                Person.builder().id("fedorov").name("Artem Fedorov").role(Role.HEAD)
                    .department("people").build(),
                Person.builder().id("coach").name("External Coach").role(Role.EXTERNAL).build()))
        .departments(
            List.of(
                Department.of("board", "Board", DepartmentKind.MANAGEMENT, "gromov"),
                Department.of("sales", "Sales", DepartmentKind.SALES, "lebedeva"),
                Department.of("supply", "Procurement", DepartmentKind.PROCUREMENT, "nikitina"),
                Department.of("people", "People & Culture", DepartmentKind.HR, "fedorov")))
        .session(
            Session.builder()
                .days(List.of(LocalDate.of(2027, 12, 9), LocalDate.of(2027, 12, 10)))
                .venue(Venue.builder().name("Country club \"Pines\", hall B")
                    .format(VenueFormat.HYBRID).offsite(true).build())
                .facilitator("fedorov")
                .participants(List.of("gromov", "lebedeva", "nikitina", "fedorov"))
                .agenda(
                    List.of(
                        AgendaItem.builder().day(1).start(LocalTime.of(9, 30)).minutes(30)
                            .kind(AgendaKind.INTRO).title("Why we are here").build(),
                        AgendaItem.builder().day(1).start(LocalTime.of(10, 0)).minutes(45)
                            .kind(AgendaKind.DEPARTMENT_REPORT).department("sales")
                            .presenter("lebedeva").build(),
                        AgendaItem.builder().day(1).start(LocalTime.of(10, 45)).minutes(15)
                            .kind(AgendaKind.BREAK).build(),
                        AgendaItem.builder().day(2).start(LocalTime.of(14, 5)).minutes(240)
                            .kind(AgendaKind.INITIATIVES).build()))
                .build())
        .plans(
            List.of(
                DepartmentPlan.builder()
                    .department("sales")
                    .submittedOn(LocalDate.of(2027, 12, 1))
                    .report(
                        YearReport.builder()
                            .results(List.of("Revenue 1 250 mln RUB", "18 new dealers"))
                            .improvements(List.of("CRM pipeline reviews every Monday"))
                            .difficulties(List.of("Long approvals\nfor discounts"))
                            .strengths(List.of("Dealer network"))
                            .weaknesses(List.of("No online shop"))
                            .marketChanges(List.of("Imported furniture is 20% dearer"))
                            .conclusions(List.of("Open the online channel"))
                            .proposals(
                                List.of(
                                    Proposal.builder().to("supply")
                                        .text("Two-week lead time on oak panels").build(),
                                    Proposal.builder().text("Joint dealer days").build()))
                            .build())
                    .kpis(
                        List.of(
                            Kpi.builder().id("sales.revenue").name("Revenue").unit("mln RUB")
                                .baseline(n("1250")).target(n("1400.5")).direction(Direction.INCREASE)
                                .monthly(Map.of(3, n("330"), 6, n("690.25"), 12, n("1400.5")))
                                .actual(Map.of(1, n("101.5"), 2, n("215"), 3, n("322.75")))
                                .build(),
                            Kpi.builder().id("sales.returns").name("Returns").unit("%")
                                .baseline(n("3.2")).target(n("2")).direction(Direction.DECREASE)
                                .build(),
                            Kpi.builder().id("sales.precise").name("A number past double precision")
                                .target(n("123456789012345678.123456789012")).build()))
                    .goals(
                        List.of(
                            Goal.builder().id("sales.g1").title("Online channel").owner("lebedeva")
                                .kpis(List.of("sales.revenue")).serves(List.of("cg1"))
                                .priority(Priority.HIGH).build(),
                            Goal.builder().id("sales.g2").title("Fewer returns").owner("zaitsev")
                                .kpis(List.of("sales.returns", "sales.revenue"))
                                .serves(List.of("cg1", "cg2")).priority(Priority.LOW).build()))
                    .tasks(
                        List.of(
                            Task.builder().id("sales.t1").title("Launch the online shop")
                                .goal("sales.g1").owner("lebedeva").months(List.of(1, 2, 3))
                                .status(TaskStatus.DONE).doneIn(3)
                                .needs(
                                    List.of(
                                        Need.of("people", "Hire an e-commerce manager"),
                                        Need.builder().department("supply").build()))
                                .build(),
                            Task.builder().id("sales.t2").title("Quality checklist for dealers")
                                .goal("sales.g2").owner("zaitsev").months(List.of(4, 12))
                                .build()))
                    .build(),
                DepartmentPlan.builder()
                    .department("supply")
                    .kpis(
                        List.of(
                            Kpi.builder().id("supply.leadTime").name("Lead time").unit("days")
                                .baseline(n("28")).target(n("14")).direction(Direction.DECREASE)
                                .monthly(Map.of(6, n("20"), 12, n("14")))
                                .actual(Map.of(6, n("21")))
                                .basedOn(
                                    SalesBasis.builder().kpi("sales.revenue").assumed(n("1400.5"))
                                        .assumedMonthly(Map.of(6, n("690.25"), 12, n("1400.5")))
                                        .build())
                                .build()))
                    .goals(List.of(Goal.builder().id("supply.g1").title("Faster supply").build()))
                    .tasks(
                        List.of(
                            Task.builder().id("supply.t1").title("Second oak supplier")
                                .goal("supply.g1").owner("nikitina").months(List.of(2))
                                .status(TaskStatus.DROPPED).supports(List.of("sales.t1")).build()))
                    .build(),
                DepartmentPlan.builder().department("people").build()))
        .remarks(
            List.of(
                Remark.builder().id("r1").day(1).department("sales").kind(RemarkKind.OBSTACLE)
                    .text("Discount approvals take a week").addressedBy(List.of("i1")).build(),
                Remark.builder().id("r2").kind(RemarkKind.NOTE).build()))
        .initiatives(
            List.of(
                Initiative.builder().id("i1").title("One approval matrix").theme(InitiativeTheme.AUTOMATION)
                    .proposedBy("sales").departments(List.of("sales", "board")).owner("gromov")
                    .status(InitiativeStatus.ACCEPTED).decidedOn(LocalDate.of(2028, 1, 15)).build()))
        .companyGoals(
            List.of(
                CompanyGoal.builder().id("cg1").title("Twice the online sales").owner("gromov")
                    .kpis(List.of("sales.revenue")).build(),
                CompanyGoal.builder().id("cg2").title("Reliable supply")
                    .kpis(List.of("supply.leadTime", "sales.returns")).build()))
        .followUp(
            FollowUp.builder()
                .keyTasks(
                    List.of(
                        KeyTaskAssignment.builder().person("lebedeva").month(1)
                            .tasks(List.of("sales.t1")).done(List.of("sales.t1")).build(),
                        KeyTaskAssignment.builder().person("lebedeva").month(2)
                            .tasks(List.of("sales.t1", "sales.t2")).done(List.of("sales.t2"))
                            .build(),
                        KeyTaskAssignment.builder().person("nikitina").month(2)
                            .tasks(List.of("supply.t1")).build()))
                .trackerRefs(Map.of("sales.t1", "SHOP-12"))
                .build())
        .revision(Revision.builder().quarter(1).date(LocalDate.of(2028, 3, 31)).build())
        .build();
  }
}
