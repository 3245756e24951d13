package org.strategysession.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strategysession.workbook.TestWorkbooks.cell;
import static org.strategysession.workbook.TestWorkbooks.edited;
import static org.strategysession.workbook.TestWorkbooks.read;
import static org.strategysession.workbook.TestWorkbooks.written;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Whatever a person does to a workbook, reading it never throws and always answers. */
class WorkbookImportProperties {
  private static final byte[] WORKBOOK = written(SampleDocuments.full());

  /** One edit: a value of some type typed into some cell, or cells merged. */
  private record Edit(int sheet, int row, int column, Object value) {
    void apply(XSSFWorkbook workbook) {
      XSSFSheet s = workbook.getSheetAt(sheet % workbook.getNumberOfSheets());
      if (value instanceof int[]) {
        int[] size = (int[]) value;
        try {
          s.addMergedRegion(new CellRangeAddress(row, row + size[0], column, column + size[1]));
        } catch (IllegalStateException | IllegalArgumentException overlapping) {
          // a merge over another merge is refused by POI as by a spreadsheet program
        }
        return;
      }
      Cell c = cell(s, row, column);
      if (value == null) {
        c.setBlank();
      } else if (value instanceof String) {
        c.setCellValue((String) value);
      } else if (value instanceof Double) {
        c.setCellValue((Double) value);
      } else if (value instanceof Boolean) {
        c.setCellValue((Boolean) value);
      } else if (value instanceof LocalDate) {
        c.setCellValue((LocalDate) value);
      } else {
        c.setCellErrorValue(((FormulaError) value).getCode());
      }
    }
  }

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<Object> value =
        Arbitraries.oneOf(
            Arbitraries.just(null),
            Arbitraries.of("x", "many", "KPIs", "Tasks", "sales.t1", "lebedeva", "", " ", "2028-13-01",
                "10:61", "1,5", "да", "Goals", "Session", "ID", "Department plan", "=1/0"),
            Arbitraries.strings().ofMaxLength(12).map(s -> (Object) s),
            Arbitraries.doubles().between(-1e20, 1e20).map(d -> (Object) d),
            Arbitraries.of(0.5, 1.0, 13.0, 2028.0, 46000.0, -1.0).map(d -> (Object) d),
            Arbitraries.of(true, false).map(b -> (Object) b),
            Arbitraries.of(LocalDate.of(2028, 5, 1)).map(d -> (Object) d),
            Arbitraries.of(FormulaError.REF, FormulaError.NA, FormulaError.DIV0).map(e -> (Object) e),
            Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 2))
                .as((r, c) -> (Object) new int[] {r, c}));
    return Combinators.combine(
            Arbitraries.integers().between(0, 12),
            Arbitraries.integers().between(0, 60),
            Arbitraries.integers().between(0, 25),
            value)
        .as(Edit::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(8);
  }

  @Property(tries = 60)
  void anEditedWorkbookGivesADocumentOrItsErrorsAndNeverThrows(@ForAll("edits") List<Edit> edits) {
    byte[] workbook = edited(WORKBOOK, wb -> edits.forEach(e -> e.apply(wb)));

    WorkbookImport read = read(workbook);

    assertThat(read.document().isPresent()).isEqualTo(read.errors().isEmpty());
    assertThat(read.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
  }
}
