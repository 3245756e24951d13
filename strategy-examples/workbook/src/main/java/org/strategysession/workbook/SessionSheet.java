package org.strategysession.workbook;

import static org.strategysession.workbook.Layout.REF_WIDTH;
import static org.strategysession.workbook.Layout.choice;
import static org.strategysession.workbook.Layout.col;
import static org.strategysession.workbook.Layout.columns;
import static org.strategysession.workbook.Layout.department;
import static org.strategysession.workbook.Layout.id;
import static org.strategysession.workbook.Layout.person;
import static org.strategysession.workbook.Layout.text;
import static org.strategysession.workbook.Layout.whole;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.Person;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.Revision;
import org.strategysession.model.Role;
import org.strategysession.model.Session;
import org.strategysession.model.Venue;
import org.strategysession.model.VenueFormat;
import org.strategysession.workbook.Layout.Block;
import org.strategysession.workbook.Layout.Form;
import org.strategysession.workbook.Layout.Kind;
import org.strategysession.workbook.Layout.Lookup;
import org.strategysession.workbook.Layout.Table;
import org.strategysession.workbook.SheetGrid.Located;

/**
 * The Session sheet: the company, the planning year, the session's days, venue and people,
 * the revision, and the People and Departments tables whose ids the drop-downs of every other
 * sheet offer.
 */
final class SessionSheet {
  private SessionSheet() {}

  static final Form SESSION =
      new Form(
          "session",
          Term.of("Session", "Сессия"),
          columns(
              text("company", "Company", "Компания", 30),
              whole("planningYear", "Planning year", "Год планирования", 2000, 2100, 30),
              col("days", "Days", "Дни сессии", Kind.DATE, 30).multiple(),
              text("venue", "Venue", "Место", 30),
              choice("venueFormat", "Format", "Формат", VenueFormat.class, 30).field("venue format"),
              col("offsite", "Offsite", "Выездная", Kind.YES_NO, 30),
              person("facilitator", "Facilitator", "Ведущий"),
              person("participants", "Participants", "Участники").multiple().field("participant"),
              whole("revisionQuarter", "Revision quarter", "Пересмотр: квартал", 1, 4, 30),
              col("revisionDate", "Revision date", "Пересмотр: дата", Kind.DATE, 30)));

  static final Table PEOPLE =
      new Table(
          "people",
          Term.of("People", "Люди"),
          columns(
              id(),
              text("name", "Name", "Имя", 30),
              choice("role", "Role", "Роль", Role.class, REF_WIDTH),
              department("department", "Department", "Отдел"),
              text("email", "Email", "Эл. почта", 26)),
          10);

  static final Table DEPARTMENTS =
      new Table(
          "departments",
          Term.of("Departments", "Отделы"),
          columns(
              id(),
              text("name", "Name", "Название", 30),
              choice("kind", "Kind", "Тип", DepartmentKind.class, REF_WIDTH),
              person("head", "Head", "Руководитель")),
          5);

  static final List<Block> BLOCKS = List.of(SESSION, PEOPLE, DEPARTMENTS);

  static void write(WorkbookDraft draft, PlanDocument doc) {
    SheetWriter s = draft.sheet(SheetKind.SESSION);
    Optional<Session> session = doc.session();
    Optional<Venue> venue = session.flatMap(Session::venue);
    s.form(SESSION, new RowValues()
        .with("company", doc.company())
        .with("planningYear", doc.planningYear())
        .with("days", session.map(Session::days))
        .with("venue", venue.flatMap(Venue::name))
        .with("venueFormat", venue.flatMap(Venue::format))
        .with("offsite", venue.flatMap(Venue::offsite))
        .with("facilitator", session.flatMap(Session::facilitator))
        .with("participants", session.map(Session::participants))
        .with("revisionQuarter", doc.revision().flatMap(Revision::quarter))
        .with("revisionDate", doc.revision().flatMap(Revision::date)));
    draft.offer(Lookup.PERSON, s.table(PEOPLE, doc.people().stream()
        .map(p -> new RowValues()
            .with("id", p.id())
            .with("name", p.name())
            .with("role", p.role())
            .with("department", p.department())
            .with("email", p.email()))
        .toList()));
    draft.offer(Lookup.DEPARTMENT, s.table(DEPARTMENTS, doc.departments().stream()
        .map(d -> new RowValues()
            .with("id", d.id())
            .with("name", d.name())
            .with("kind", d.kind())
            .with("head", d.head()))
        .toList()));
    s.finish(1, 0, true);
  }

  static void read(SheetBlocks blocks, DocumentParts parts) {
    parts.sessionRead = true;
    FormValues f = blocks.form(SESSION);
    parts.company = f.text("company");
    if (f.single("company") == null) {
      f.missing("company", "the company is required");
    }
    parts.planningYear = f.whole("planningYear");
    if (f.single("planningYear") == null) {
      f.missing("planningYear", "the planning year is required");
    }
    for (Located d : f.all("days")) {
      f.date(d, "days").ifPresent(parts.days::add);
    }
    Optional<String> venueName = f.text("venue");
    Optional<VenueFormat> format = f.choice("venueFormat", VenueFormat.class);
    Optional<Boolean> offsite = f.yesNo("offsite");
    if (venueName.isPresent() || format.isPresent() || offsite.isPresent()) {
      parts.venue = Optional.of(Venue.builder().name(venueName).format(format).offsite(offsite).build());
    }
    parts.facilitator = f.ref(f.single("facilitator"), "facilitator", Lookup.PERSON);
    for (Located p : f.all("participants")) {
      f.ref(p, "participants", Lookup.PERSON).ifPresent(parts.participants::add);
    }
    Optional<Integer> quarter = f.whole("revisionQuarter");
    Optional<LocalDate> date = f.date("revisionDate");
    if (quarter.isPresent() || date.isPresent()) {
      parts.revision = Optional.of(Revision.builder().quarter(quarter).date(date).build());
    }

    for (TableRow row : blocks.table(PEOPLE)) {
      Optional<String> id = row.required("id", "person");
      Optional<String> name = row.text("name");
      Optional<Role> role = row.choice("role", Role.class);
      Optional<String> department = row.ref("department", Lookup.DEPARTMENT);
      Optional<String> email = row.text("email");
      id.flatMap(i -> row.build(() -> Person.builder().id(i).name(name).role(role)
              .department(department).email(email).build()))
          .ifPresent(parts.people::add);
    }
    for (TableRow row : blocks.table(DEPARTMENTS)) {
      Optional<String> id = row.required("id", "department");
      Optional<String> name = row.text("name");
      Optional<DepartmentKind> kind = row.choice("kind", DepartmentKind.class);
      Optional<String> head = row.ref("head", Lookup.PERSON);
      id.flatMap(i -> row.build(() -> Department.builder().id(i).name(name).kind(kind)
              .head(head).build()))
          .ifPresent(parts.departments::add);
    }
  }
}
