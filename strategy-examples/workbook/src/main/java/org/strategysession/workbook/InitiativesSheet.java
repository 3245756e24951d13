package org.strategysession.workbook;

import static org.strategysession.workbook.Layout.REF_WIDTH;
import static org.strategysession.workbook.Layout.TITLE_WIDTH;
import static org.strategysession.workbook.Layout.choice;
import static org.strategysession.workbook.Layout.col;
import static org.strategysession.workbook.Layout.columns;
import static org.strategysession.workbook.Layout.department;
import static org.strategysession.workbook.Layout.id;
import static org.strategysession.workbook.Layout.person;
import static org.strategysession.workbook.Layout.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.strategysession.model.Initiative;
import org.strategysession.model.InitiativeStatus;
import org.strategysession.model.InitiativeTheme;
import org.strategysession.model.PlanDocument;
import org.strategysession.workbook.Layout.Block;
import org.strategysession.workbook.Layout.Kind;
import org.strategysession.workbook.Layout.Lookup;
import org.strategysession.workbook.Layout.Table;

/** The Initiatives sheet, filled during the session: the initiatives proposed and decided. */
final class InitiativesSheet {
  private InitiativesSheet() {}

  static final Table INITIATIVES =
      new Table(
          "initiatives",
          Term.of("Initiatives", "Инициативы"),
          columns(
              id(),
              text("title", "Title", "Название", TITLE_WIDTH),
              choice("theme", "Theme", "Тема", InitiativeTheme.class, 22),
              department("proposedBy", "Proposed by", "Предложил отдел"),
              col("departments", "Departments", "Отделы", Kind.ID_LIST, 22),
              person("owner", "Owner", "Ответственный"),
              choice("status", "Status", "Статус", InitiativeStatus.class, REF_WIDTH),
              col("decidedOn", "Decided on", "Дата решения", Kind.DATE, 12)),
          10);

  static final List<Block> BLOCKS = List.of(INITIATIVES);

  static void write(WorkbookDraft draft, PlanDocument doc) {
    SheetWriter s = draft.sheet(SheetKind.INITIATIVES);
    s.table(INITIATIVES, doc.initiatives().stream().map(InitiativesSheet::row).toList());
    s.finish(0, 2, true);
  }

  private static RowValues row(Initiative i) {
    return new RowValues()
        .with("id", i.id())
        .with("title", i.title())
        .with("theme", i.theme())
        .with("proposedBy", i.proposedBy())
        .with("departments", i.departments())
        .with("owner", i.owner())
        .with("status", i.status())
        .with("decidedOn", i.decidedOn());
  }

  static void read(SheetBlocks blocks, DocumentParts parts) {
    for (TableRow row : blocks.table(INITIATIVES)) {
      Optional<String> id = row.required("id", "initiative");
      Optional<String> title = row.text("title");
      Optional<InitiativeTheme> theme = row.choice("theme", InitiativeTheme.class);
      Optional<String> proposedBy = row.ref("proposedBy", Lookup.DEPARTMENT);
      List<String> touched = row.refs("departments", Lookup.DEPARTMENT);
      Optional<String> owner = row.ref("owner", Lookup.PERSON);
      Optional<InitiativeStatus> status = row.choice("status", InitiativeStatus.class);
      Optional<LocalDate> decidedOn = row.date("decidedOn");
      id.flatMap(i -> row.build(() -> Initiative.builder().id(i).title(title).theme(theme)
              .proposedBy(proposedBy).departments(touched).owner(owner).status(status)
              .decidedOn(decidedOn).build()))
          .ifPresent(parts.initiatives::add);
    }
  }
}
