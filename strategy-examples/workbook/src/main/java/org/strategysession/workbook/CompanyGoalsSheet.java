package org.strategysession.workbook;

import static org.strategysession.workbook.Layout.col;
import static org.strategysession.workbook.Layout.columns;
import static org.strategysession.workbook.Layout.id;
import static org.strategysession.workbook.Layout.person;
import static org.strategysession.workbook.Layout.text;

import java.util.List;
import java.util.Optional;
import org.strategysession.model.CompanyGoal;
import org.strategysession.model.PlanDocument;
import org.strategysession.workbook.Layout.Block;
import org.strategysession.workbook.Layout.Kind;
import org.strategysession.workbook.Layout.Lookup;
import org.strategysession.workbook.Layout.Table;

/**
 * The Company goals sheet: the company's goals for the year, who answers for each and the
 * KPIs that show it reached. It comes before the departments' sheets, whose goals name the
 * company goals they serve.
 */
final class CompanyGoalsSheet {
  private CompanyGoalsSheet() {}

  static final Table COMPANY_GOALS =
      new Table(
          "companyGoals",
          Term.of("Company goals", "Цели компании"),
          columns(
              id(),
              // A company goal is said in a sentence, longer than a department goal's title.
              text("title", "Title", "Название", 50),
              person("owner", "Owner", "Ответственный"),
              col("kpis", "KPIs", "Показатели", Kind.ID_LIST, 30)),
          5);

  static final List<Block> BLOCKS = List.of(COMPANY_GOALS);

  static void write(WorkbookDraft draft, PlanDocument doc) {
    SheetWriter s = draft.sheet(SheetKind.COMPANY_GOALS);
    s.table(COMPANY_GOALS, doc.companyGoals().stream()
        .map(g -> new RowValues()
            .with("id", g.id())
            .with("title", g.title())
            .with("owner", g.owner())
            .with("kpis", g.kpis()))
        .toList());
    s.finish(1, 2, true);
  }

  static void read(SheetBlocks blocks, DocumentParts parts) {
    for (TableRow row : blocks.table(COMPANY_GOALS)) {
      Optional<String> id = row.required("id", "company goal");
      Optional<String> title = row.text("title");
      Optional<String> owner = row.ref("owner", Lookup.PERSON);
      // KPIs of any plan: checked by the rules, as a department goal's are.
      List<String> kpis = row.idList("kpis");
      id.flatMap(i -> row.build(() -> CompanyGoal.builder().id(i).title(title).owner(owner)
              .kpis(kpis).build()))
          .ifPresent(parts.companyGoals::add);
    }
  }
}
