package org.strategysession.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strategysession.model.AgendaKind;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.Direction;
import org.strategysession.model.InitiativeStatus;
import org.strategysession.model.InitiativeTheme;
import org.strategysession.model.Language;
import org.strategysession.model.RemarkKind;
import org.strategysession.model.Role;
import org.strategysession.model.TaskStatus;
import org.strategysession.model.VenueFormat;

/**
 * The words of the workbook besides titles and headers: choice labels, yes and no, month
 * marks and the instructions. English choices are the format's own constants ({@code
 * INCREASE}), which people who also read the JSON already know; Russian ones are words.
 */
final class Vocabulary {
  private Vocabulary() {}

  private static final Map<Enum<?>, String> RUSSIAN =
      Map.ofEntries(
          Map.entry(Role.HEAD, "руководитель отдела"),
          Map.entry(Role.SPECIALIST, "специалист"),
          Map.entry(Role.EXECUTIVE, "топ-менеджер"),
          Map.entry(Role.EXTERNAL, "внешний"),
          Map.entry(DepartmentKind.SALES, "продажи"),
          Map.entry(DepartmentKind.MARKETING, "маркетинг"),
          Map.entry(DepartmentKind.PRODUCTION, "производство"),
          Map.entry(DepartmentKind.PROCUREMENT, "закупки"),
          Map.entry(DepartmentKind.LOGISTICS, "логистика"),
          Map.entry(DepartmentKind.FINANCE, "финансы"),
          Map.entry(DepartmentKind.HR, "персонал"),
          Map.entry(DepartmentKind.IT, "ИТ"),
          Map.entry(DepartmentKind.SERVICE, "сервис"),
          Map.entry(DepartmentKind.MANAGEMENT, "управление"),
          Map.entry(DepartmentKind.OTHER, "другое"),
          Map.entry(VenueFormat.OFFLINE, "очно"),
          Map.entry(VenueFormat.ONLINE, "онлайн"),
          Map.entry(VenueFormat.HYBRID, "смешанный"),
          Map.entry(AgendaKind.INTRO, "вступление"),
          Map.entry(AgendaKind.DEPARTMENT_REPORT, "отчёт отдела"),
          Map.entry(AgendaKind.DISCUSSION, "обсуждение"),
          Map.entry(AgendaKind.GOAL_SETTING, "цели и показатели"),
          Map.entry(AgendaKind.TASK_PRESENTATION, "задачи отделов"),
          Map.entry(AgendaKind.INITIATIVES, "инициативы"),
          Map.entry(AgendaKind.BREAK, "перерыв"),
          Map.entry(AgendaKind.OTHER, "другое"),
          Map.entry(Direction.INCREASE, "рост"),
          Map.entry(Direction.DECREASE, "снижение"),
          Map.entry(Direction.MAINTAIN, "удержание"),
          Map.entry(TaskStatus.PROPOSED, "предложена"),
          Map.entry(TaskStatus.APPROVED, "утверждена"),
          Map.entry(TaskStatus.DROPPED, "снята"),
          Map.entry(RemarkKind.SYSTEMIC_PROBLEM, "системная проблема"),
          Map.entry(RemarkKind.OBSTACLE, "препятствие"),
          Map.entry(RemarkKind.OPPORTUNITY, "возможность"),
          Map.entry(RemarkKind.PROPOSAL, "предложение"),
          Map.entry(RemarkKind.NOTE, "заметка"),
          Map.entry(InitiativeTheme.MARKETING_FOR_SALES, "маркетинг для продаж"),
          Map.entry(InitiativeTheme.TEAM_DEVELOPMENT, "развитие команды"),
          Map.entry(InitiativeTheme.AUTOMATION, "автоматизация"),
          Map.entry(InitiativeTheme.OTHER, "другое"),
          Map.entry(InitiativeStatus.PROPOSED, "предложена"),
          Map.entry(InitiativeStatus.UNDER_ANALYSIS, "на анализе"),
          Map.entry(InitiativeStatus.ACCEPTED, "принята"),
          Map.entry(InitiativeStatus.REJECTED, "отклонена"),
          Map.entry(InitiativeStatus.DEFERRED, "отложена"),
          Map.entry(ReportSection.RESULTS, "итоги"),
          Map.entry(ReportSection.IMPROVEMENTS, "улучшения"),
          Map.entry(ReportSection.DIFFICULTIES, "трудности"),
          Map.entry(ReportSection.STRENGTHS, "сильные стороны"),
          Map.entry(ReportSection.WEAKNESSES, "слабые стороны"),
          Map.entry(ReportSection.MARKET_CHANGES, "изменения рынка"),
          Map.entry(ReportSection.CONCLUSIONS, "выводы"),
          Map.entry(ReportSection.PROPOSAL, "предложение отделу"));

  /** Report sections are not format constants, so English gets words too. */
  private static final Map<ReportSection, String> ENGLISH_SECTIONS =
      Map.of(
          ReportSection.RESULTS, "Results",
          ReportSection.IMPROVEMENTS, "Improvements",
          ReportSection.DIFFICULTIES, "Difficulties",
          ReportSection.STRENGTHS, "Strengths",
          ReportSection.WEAKNESSES, "Weaknesses",
          ReportSection.MARKET_CHANGES, "Market changes",
          ReportSection.CONCLUSIONS, "Conclusions",
          ReportSection.PROPOSAL, "Proposal");

  static Term term(Enum<?> value) {
    String en =
        value instanceof ReportSection ? ENGLISH_SECTIONS.get(value) : value.name();
    return Term.of(en, RUSSIAN.get(value));
  }

  static String label(Enum<?> value, Language language) {
    return term(value).in(language);
  }

  static List<String> labels(Class<? extends Enum<?>> type, Language language) {
    List<String> out = new ArrayList<>();
    for (Enum<?> e : type.getEnumConstants()) {
      out.add(label(e, language));
    }
    return out;
  }

  /**
   * The constant a label names, in either language, or its constant name; spaces may stand
   * for underscores ({@code department report}).
   */
  static <E extends Enum<?>> Optional<E> parse(Class<E> type, String text) {
    String asConstant = Term.normalize(text).replace(' ', '_').replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (term(e).matches(text) || e.name().toLowerCase(java.util.Locale.ROOT).equals(asConstant)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  static final Term YES = Term.of("yes", "да");
  static final Term NO = Term.of("no", "нет");

  /** What a month cell is written with; the reader takes a few other marks too. */
  static final String MARK = "x";

  private static final List<String> MARKS = List.of("x", "х", "+", "v", "✓", "✔", "1", "yes", "да", "true");

  static boolean isMark(String text) {
    return MARKS.contains(Term.normalize(text));
  }

  static List<String> instructions(Language language) {
    return language == Language.RU ? INSTRUCTIONS_RU : INSTRUCTIONS_EN;
  }

  private static final List<String> INSTRUCTIONS_EN =
      List.of(
          "Session: the company, the planning year, the session days and who takes part. The"
              + " People and Departments tables below it are what the drop-downs of the other"
              + " sheets offer: add a person or a department there first.",
          "One sheet per department, filled by its head a week before the session: the year"
              + " report, the KPIs (this year's value, next year's target and the value to reach"
              + " by the end of each month you plan a milestone in), the goals with their owner"
              + " and KPIs, the tasks with their goal, owner and an x in each month the task is"
              + " worked on, and what each task needs from other departments.",
          "Departments whose plan rests on the sales plan (marketing, production, procurement,"
              + " logistics, finance) say so under \"Sales plan the KPIs rest on\": for each such"
              + " KPI, the sales KPI and the sales figures they assumed, for the year and by month.",
          "Ids: every person, department, KPI, goal, task, remark and initiative has an id"
              + " unique in the whole workbook, such as sales.g1. Other cells refer to them by"
              + " id; several ids in one cell are separated by commas.",
          "Numbers are plain numbers (480 or 14.5); dates are written 2026-12-14; times 10:30.",
          "Agenda, Remarks and Initiatives are filled during the session; Follow-up after it.",
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
          "Один лист на отдел; руководитель заполняет его за неделю до сессии: отчёт за год,"
              + " показатели (факт этого года, план на следующий и значение, которого нужно"
              + " достичь к концу месяца, где намечена веха), цели с ответственным и показателями,"
              + " задачи с целью, ответственным и отметкой x в каждом месяце работы над задачей,"
              + " и что задаче нужно от других отделов.",
          "Отделы, чей план опирается на план продаж (маркетинг, производство, закупки,"
              + " логистика, финансы), указывают это в таблице «На какой план продаж опираются"
              + " показатели»: для каждого такого показателя — KPI продаж и принятые значения"
              + " продаж на год и по месяцам.",
          "ID: у каждого человека, отдела, показателя, цели, задачи, замечания и инициативы"
              + " есть ID, единственный во всей книге, например sales.g1. Другие ячейки ссылаются"
              + " на них по ID; несколько ID в одной ячейке разделяются запятыми.",
          "Числа — обычные числа (480 или 14,5); даты пишутся 2026-12-14; время 10:30.",
          "Повестку, замечания и инициативы заполняют во время сессии, лист «После сессии» —"
              + " после неё.",
          "Добавляйте строки внутри таблиц сколько нужно; пустые строки пропускаются. Сохраняйте"
              + " разметку: не объединяйте ячейки, не переименовывайте заголовки и не пишите вне"
              + " таблиц. Импорт сообщит о каждом значении, которое не смог разместить, с листом"
              + " и ячейкой.",
          "Чтобы превратить заполненную книгу в документ плана и проверить его:"
              + " strategy-check import workbook.xlsx -o plan.json --check");
}
