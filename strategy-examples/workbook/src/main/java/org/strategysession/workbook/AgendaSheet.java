package org.strategysession.workbook;

import static org.strategysession.workbook.Layout.TITLE_WIDTH;
import static org.strategysession.workbook.Layout.choice;
import static org.strategysession.workbook.Layout.col;
import static org.strategysession.workbook.Layout.columns;
import static org.strategysession.workbook.Layout.department;
import static org.strategysession.workbook.Layout.person;
import static org.strategysession.workbook.Layout.text;
import static org.strategysession.workbook.Layout.whole;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.strategysession.model.AgendaItem;
import org.strategysession.model.AgendaKind;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.Session;
import org.strategysession.workbook.Layout.Block;
import org.strategysession.workbook.Layout.Kind;
import org.strategysession.workbook.Layout.Lookup;
import org.strategysession.workbook.Layout.Table;

/** The Agenda sheet, filled during the session: the session's agenda, an item a row. */
final class AgendaSheet {
  private AgendaSheet() {}

  /** An agenda item has no id: any of its columns may be blank. */
  static final Table AGENDA =
      new Table(
          "agenda",
          Term.of("Agenda", "Повестка"),
          columns(
              whole("day", "Day", "День", 1, 999, 8),
              col("start", "Start", "Начало", Kind.TIME, 8),
              whole("minutes", "Minutes", "Минут", 1, 720, 8),
              choice("kind", "Kind", "Вид", AgendaKind.class, 22),
              text("title", "Title", "Тема", TITLE_WIDTH),
              department("department", "Department", "Отдел"),
              person("presenter", "Presenter", "Докладчик")),
          15)
          .unkeyed();

  static final List<Block> BLOCKS = List.of(AGENDA);

  static void write(WorkbookDraft draft, PlanDocument doc) {
    SheetWriter s = draft.sheet(SheetKind.AGENDA);
    List<AgendaItem> agenda = doc.session().map(Session::agenda).orElse(List.of());
    s.table(AGENDA, agenda.stream().map(AgendaSheet::row).toList());
    s.finish(0, 2, true);
  }

  private static RowValues row(AgendaItem a) {
    return new RowValues()
        .with("day", a.day())
        .with("start", a.start())
        .with("minutes", a.minutes())
        .with("kind", a.kind())
        .with("title", a.title())
        .with("department", a.department())
        .with("presenter", a.presenter());
  }

  static void read(SheetBlocks blocks, DocumentParts parts) {
    for (TableRow row : blocks.table(AGENDA)) {
      Optional<Integer> day = row.whole("day");
      Optional<LocalTime> start = row.time("start");
      Optional<Integer> minutes = row.whole("minutes");
      Optional<AgendaKind> kind = row.choice("kind", AgendaKind.class);
      Optional<String> title = row.text("title");
      Optional<String> department = row.ref("department", Lookup.DEPARTMENT);
      Optional<String> presenter = row.ref("presenter", Lookup.PERSON);
      row.build(() -> AgendaItem.builder().day(day).start(start).minutes(minutes).kind(kind)
              .title(title).department(department).presenter(presenter).build())
          .ifPresent(parts.agenda::add);
    }
  }
}
