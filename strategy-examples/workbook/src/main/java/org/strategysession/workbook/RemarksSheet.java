package org.strategysession.workbook;

import static org.strategysession.workbook.Layout.TITLE_WIDTH;
import static org.strategysession.workbook.Layout.choice;
import static org.strategysession.workbook.Layout.col;
import static org.strategysession.workbook.Layout.columns;
import static org.strategysession.workbook.Layout.department;
import static org.strategysession.workbook.Layout.id;
import static org.strategysession.workbook.Layout.text;
import static org.strategysession.workbook.Layout.whole;

import java.util.List;
import java.util.Optional;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.Remark;
import org.strategysession.model.RemarkKind;
import org.strategysession.workbook.Layout.Block;
import org.strategysession.workbook.Layout.Kind;
import org.strategysession.workbook.Layout.Lookup;
import org.strategysession.workbook.Layout.Table;

/** The Remarks sheet, filled during the session: what was noted, a remark a row. */
final class RemarksSheet {
  private RemarksSheet() {}

  static final Table REMARKS =
      new Table(
          "remarks",
          Term.of("Remarks", "Замечания"),
          columns(
              id(),
              whole("day", "Day", "День", 1, 999, 8),
              department("department", "Department", "Отдел"),
              choice("kind", "Kind", "Вид", RemarkKind.class, 20),
              text("text", "Text", "Текст", TITLE_WIDTH),
              col("addressedBy", "Addressed by", "Чем решается", Kind.ID_LIST, 20)),
          10);

  static final List<Block> BLOCKS = List.of(REMARKS);

  static void write(WorkbookDraft draft, PlanDocument doc) {
    SheetWriter s = draft.sheet(SheetKind.REMARKS);
    s.table(REMARKS, doc.remarks().stream().map(RemarksSheet::row).toList());
    s.finish(0, 2, true);
  }

  private static RowValues row(Remark r) {
    return new RowValues()
        .with("id", r.id())
        .with("day", r.day())
        .with("department", r.department())
        .with("kind", r.kind())
        .with("text", r.text())
        .with("addressedBy", r.addressedBy());
  }

  static void read(SheetBlocks blocks, DocumentParts parts) {
    for (TableRow row : blocks.table(REMARKS)) {
      Optional<String> id = row.required("id", "remark");
      Optional<Integer> day = row.whole("day");
      Optional<String> department = row.ref("department", Lookup.DEPARTMENT);
      Optional<RemarkKind> kind = row.choice("kind", RemarkKind.class);
      Optional<String> text = row.text("text");
      List<String> addressedBy = row.idList("addressedBy");
      id.flatMap(i -> row.build(() -> Remark.builder().id(i).day(day).department(department)
              .kind(kind).text(text).addressedBy(addressedBy).build()))
          .ifPresent(parts.remarks::add);
    }
  }
}
