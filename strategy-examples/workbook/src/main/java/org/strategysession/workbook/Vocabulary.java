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
import org.strategysession.model.Priority;
import org.strategysession.model.RemarkKind;
import org.strategysession.model.Role;
import org.strategysession.model.TaskStatus;
import org.strategysession.model.VenueFormat;

/**
 * The words of the workbook besides titles and headers: choice labels, yes and no, and month
 * marks. English choices are the format's own constants ({@code INCREASE}), which people who
 * also read the JSON already know; Russian ones are words.
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
          Map.entry(TaskStatus.DONE, "выполнена"),
          Map.entry(Priority.HIGH, "высокий"),
          Map.entry(Priority.NORMAL, "обычный"),
          Map.entry(Priority.LOW, "низкий"),
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
}
