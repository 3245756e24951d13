package org.strategysession.workbook;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.strategysession.model.Language;
import org.strategysession.workbook.Layout.Column;
import org.strategysession.workbook.Layout.Lookup;

/**
 * The data validation of every laid-out cell, by its column's kind: drop-downs for choices,
 * marks and references, ranges for numbers, dates and times. A validation waits until the
 * lists it offers (people, departments) are laid out, which may be on a later sheet.
 */
final class Validations {
  private record Pending(
      XSSFSheet sheet, Column column, CellRangeAddressList cells, Map<Lookup, String> local) {}

  private final Language language;
  private final Map<Lookup, String> lists = new EnumMap<>(Lookup.class);
  private final List<Pending> pending = new ArrayList<>();

  Validations(Language language) {
    this.language = language;
  }

  /**
   * The range whose values a reference drop-down of every sheet offers (the people's ids),
   * unless the sheet offers its own.
   */
  void offer(Lookup lookup, String range) {
    lists.put(lookup, range);
  }

  /** Validates cells by their column; {@code local} holds the lists the sheet itself offers. */
  void add(XSSFSheet sheet, Column column, CellRangeAddressList cells, Map<Lookup, String> local) {
    pending.add(new Pending(sheet, column, cells, local));
  }

  /** Adds every validation to its sheet, once every list is laid out. */
  void apply() {
    pending.forEach(this::apply);
  }

  private void apply(Pending p) {
    Column column = p.column();
    DataValidationHelper helper = p.sheet().getDataValidationHelper();
    DataValidationConstraint constraint;
    String message;
    boolean strict = true;
    switch (column.kind()) {
      case CHOICE -> {
        constraint = helper.createExplicitListConstraint(
            Vocabulary.labels(column.choices(), language).toArray(String[]::new));
        message = language.t("Choose a value from the list.", "Выберите значение из списка.");
      }
      case MARK -> {
        constraint = helper.createExplicitListConstraint(new String[] {Vocabulary.MARK});
        message = language.t("Put x in the months of the task, or leave blank.",
            "Поставьте x в месяцах задачи или оставьте пустым.");
      }
      case TICK -> {
        constraint = helper.createExplicitListConstraint(new String[] {Vocabulary.MARK});
        message = language.t("Put x if it was achieved, or leave blank.",
            "Поставьте x, если выполнено, или оставьте пустым.");
      }
      case YES_NO -> {
        constraint = helper.createExplicitListConstraint(
            new String[] {Vocabulary.YES.in(language), Vocabulary.NO.in(language)});
        message = language.t("Choose yes or no.", "Выберите да или нет.");
      }
      case NUMBER -> {
        constraint = helper.createDecimalConstraint(
            OperatorType.BETWEEN, "-999999999999999999", "999999999999999999");
        message = language.t("Enter a number, such as 480 or 14.5.",
            "Введите число, например 480 или 14,5.");
      }
      case WHOLE -> {
        constraint = helper.createIntegerConstraint(
            OperatorType.BETWEEN, String.valueOf(column.min()), String.valueOf(column.max()));
        message = language.t("Enter a whole number from " + column.min() + " to " + column.max() + ".",
            "Введите целое число от " + column.min() + " до " + column.max() + ".");
      }
      case DATE -> {
        constraint = helper.createDateConstraint(
            OperatorType.BETWEEN, "DATE(1900,3,1)", "DATE(9999,12,31)", null);
        message = language.t("Enter a date, such as 2026-12-14.", "Введите дату, например 2026-12-14.");
      }
      case TIME -> {
        constraint = helper.createTimeConstraint(OperatorType.BETWEEN, "TIME(0,0,0)", "TIME(23,59,59)");
        message = language.t("Enter a time, such as 10:30.", "Введите время, например 10:30.");
      }
      case GAP -> {
        return;
      }
      default -> {
        String range = list(column.lookup(), p.local());
        if (range == null) {
          return;
        }
        constraint = helper.createFormulaListConstraint(range);
        // A warning, not a stop: a person not yet in the list can still be typed, and the
        // import names the cell.
        strict = false;
        message = language.t("Choose from the list; add new entries to the list first.",
            "Выберите из списка; новые значения сначала добавьте в список.");
      }
    }
    DataValidation validation = helper.createValidation(constraint, p.cells());
    validation.setErrorStyle(strict ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
    validation.setShowErrorBox(true);
    validation.createErrorBox(column.header().in(language), message);
    validation.setEmptyCellAllowed(true);
    if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
      // In XSSF "suppress" maps to the file's inverted showDropDown flag: true shows the arrow.
      validation.setSuppressDropDownArrow(true);
    }
    p.sheet().addValidationData(validation);
  }

  private String list(Lookup to, Map<Lookup, String> local) {
    if (to == Lookup.NONE) {
      return null;
    }
    String own = local.get(to);
    return own != null ? own : lists.get(to);
  }
}
