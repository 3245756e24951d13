package org.strategysession.workbook;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.strategysession.model.Language;

/**
 * The first sheet: how to fill the workbook, for the people who do. It is prose, protected
 * (without a password) so that it stays intact, and never read: the reader recognises it by
 * its title and skips it.
 */
final class InstructionsSheet {
  private InstructionsSheet() {}

  /** The title in A1 that identifies the sheet. */
  static final Term TITLE = Term.of("How to fill in this workbook", "Как заполнять эту книгу");

  private static final int WIDTH = 100;

  /**
   * A column's width counts digits; text of proportional letters is narrower, so a line holds
   * a little more than the width, and this errs on the short side so that no text is cut off.
   */
  private static final int CHARS_PER_LINE = 105;

  static void write(WorkbookDraft draft) {
    SheetWriter s = draft.sheet(SheetKind.INSTRUCTIONS);
    Language language = draft.language();
    XSSFCell title = s.row().createCell(0);
    title.setCellValue(TITLE.in(language));
    title.setCellStyle(s.styles().title);
    s.skipRow();
    for (String line : language == Language.RU ? INSTRUCTIONS_RU : INSTRUCTIONS_EN) {
      XSSFRow row = s.row();
      XSSFCell cell = row.createCell(0);
      cell.setCellValue(line);
      cell.setCellStyle(s.styles().paragraph);
      // Programs do not all grow a row to fit wrapped text when they open a file.
      int lines = (line.length() + CHARS_PER_LINE - 1) / CHARS_PER_LINE;
      row.setHeightInPoints(lines * 15f + 4f);
    }
    s.sheet().setColumnWidth(0, WIDTH * 256);
    s.landscape();
    // Read-only text: protecting it stops nothing a person needs and keeps it intact.
    s.sheet().enableLocking();
  }

  private static final List<String> INSTRUCTIONS_EN =
      List.of(
          "Session: the company, the planning year, the session days and who takes part. The"
              + " People and Departments tables below it are what the drop-downs of the other"
              + " sheets offer: add a person or a department there first.",
          "Company goals: the company's goals for the year, each with who answers for it and"
              + " the KPIs (of any department's plan) that show it reached.",
          "One sheet per department, filled by its head a week before the session: the year"
              + " report, the KPIs (this year's value, next year's target and the value to reach"
              + " by the end of each month you plan a milestone in), the goals with their owner"
              + " and KPIs, the company goals each serves (their ids under Serves) and its"
              + " priority (HIGH, NORMAL or LOW: LOW is what can be postponed), the tasks with"
              + " their goal, owner and an x in each month the task is worked on, and what each"
              + " task needs from other departments.",
          "Departments whose plan rests on the sales plan (marketing, production, procurement,"
              + " logistics, finance) say so under \"Sales plan the KPIs rest on\": for each such"
              + " KPI, the sales KPI and the sales figures they assumed, for the year and by month.",
          "Ids: every person, department, company goal, KPI, goal, task, remark and initiative"
              + " has an id unique in the whole workbook, such as sales.g1. Other cells refer to"
              + " them by id; several ids in one cell are separated by commas.",
          "Numbers are plain numbers (480 or 14.5); dates are written 2026-12-14; times 10:30.",
          "Agenda, Remarks and Initiatives are filled during the session; Follow-up after it:"
              + " each head's 3–4 key tasks of each month, a key task a row.",
          "The monthly review, by the 10th of the next month: in the Actual row under each"
              + " KPI's plan row, write the value reached by the end of the month (in the plan's"
              + " meaning: for revenue, the year to date); give each finished task the status"
              + " DONE and the month it was finished in under Done in; on the Follow-up sheet,"
              + " put x under Done beside each of the month's key tasks that was achieved. Once a"
              + " quarter the plan is refined on these numbers, without radical change.",
          "Add rows inside a table as you need them; blank rows are skipped. Keep the layout:"
              + " do not merge cells, rename headers or write outside the tables. The import"
              + " reports every value it cannot place, with its sheet and cell.",
          "To turn the filled workbook into a plan document and check it:"
              + " strategy-check import workbook.xlsx -o plan.json --check");

  private static final List<String> INSTRUCTIONS_RU =
      List.of(
          "Сессия: компания, год планирования, дни сессии и участники. Таблицы «Люди» и"
              + " «Отделы» под ними — это списки, которые предлагают выпадающие списки на других"
              + " листах: сначала добавьте человека или отдел туда.",
          "Цели компании: цели компании на год, для каждой — кто за неё отвечает и показатели"
              + " (из плана любого отдела), по которым видно, что она достигнута.",
          "Один лист на отдел; руководитель заполняет его за неделю до сессии: отчёт за год,"
              + " показатели (факт этого года, план на следующий и значение, которого нужно"
              + " достичь к концу месяца, где намечена веха), цели с ответственным и показателями,"
              + " целями компании, которым служит цель (их ID в столбце «Цели компании»), и"
              + " приоритетом (высокий, обычный или низкий: низкий — то, что можно отложить),"
              + " задачи с целью, ответственным и отметкой x в каждом месяце работы над задачей,"
              + " и что задаче нужно от других отделов.",
          "Отделы, чей план опирается на план продаж (маркетинг, производство, закупки,"
              + " логистика, финансы), указывают это в таблице «На какой план продаж опираются"
              + " показатели»: для каждого такого показателя — KPI продаж и принятые значения"
              + " продаж на год и по месяцам.",
          "ID: у каждого человека, отдела, цели компании, показателя, цели отдела, задачи,"
              + " замечания и инициативы есть ID, единственный во всей книге, например sales.g1."
              + " Другие ячейки ссылаются на них по ID; несколько ID в одной ячейке разделяются"
              + " запятыми.",
          "Числа — обычные числа (480 или 14,5); даты пишутся 2026-12-14; время 10:30.",
          "Повестку, замечания и инициативы заполняют во время сессии, лист «После сессии» —"
              + " после неё: 3–4 ключевые задачи каждого руководителя на каждый месяц, по задаче"
              + " в строке.",
          "Ежемесячный разбор, до 10-го числа следующего месяца: в строку «Факт» под строкой"
              + " плана каждого показателя запишите значение, достигнутое к концу месяца (в том"
              + " же смысле, что и план: для выручки — нарастающим итогом с начала года);"
              + " выполненным задачам поставьте статус «выполнена» и месяц выполнения в столбце"
              + " «Месяц выполнения»; на листе «После сессии» поставьте x в столбце «Выполнено»"
              + " у каждой ключевой задачи месяца, которая выполнена. Раз в квартал план"
              + " уточняется по этим данным, без радикальных изменений.",
          "Добавляйте строки внутри таблиц сколько нужно; пустые строки пропускаются. Сохраняйте"
              + " разметку: не объединяйте ячейки, не переименовывайте заголовки и не пишите вне"
              + " таблиц. Импорт сообщит о каждом значении, которое не смог разместить, с листом"
              + " и ячейкой.",
          "Чтобы превратить заполненную книгу в документ плана и проверить его:"
              + " strategy-check import workbook.xlsx -o plan.json --check");
}
