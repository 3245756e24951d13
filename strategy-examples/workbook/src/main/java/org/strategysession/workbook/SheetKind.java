package org.strategysession.workbook;

/**
 * The kinds of sheet of the workbook, with the tab name each is written under. A sheet is
 * recognised by the title of its first block, in column A, not by its name.
 */
enum SheetKind {
  INSTRUCTIONS(Term.of("Instructions", "Инструкция")),
  SESSION(Term.of("Session", "Сессия")),
  COMPANY_GOALS(Term.of("Company goals", "Цели компании")),
  /** One per department plan; named after the department. */
  PLAN(Term.of("Department", "Отдел")),
  AGENDA(Term.of("Agenda", "Повестка")),
  REMARKS(Term.of("Remarks", "Замечания")),
  INITIATIVES(Term.of("Initiatives", "Инициативы")),
  FOLLOW_UP(Term.of("Follow-up", "После сессии"));

  final Term name;

  SheetKind(Term name) {
    this.name = name;
  }
}
