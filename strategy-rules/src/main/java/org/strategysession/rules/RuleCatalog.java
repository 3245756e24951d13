package org.strategysession.rules;

import static org.strategysession.rules.CatalogEntries.*;
import static org.strategysession.rules.RuleGroup.ALIGNMENT;
import static org.strategysession.rules.RuleGroup.CROSS_DEPARTMENT;
import static org.strategysession.rules.RuleGroup.CUSTOM;
import static org.strategysession.rules.RuleGroup.FOLLOW_UP;
import static org.strategysession.rules.RuleGroup.INITIATIVES;
import static org.strategysession.rules.RuleGroup.INTEGRITY;
import static org.strategysession.rules.RuleGroup.PLAN;
import static org.strategysession.rules.RuleGroup.PREPARATION;
import static org.strategysession.rules.RuleGroup.REVISION;
import static org.strategysession.rules.RuleGroup.SALES;
import static org.strategysession.rules.RuleGroup.SESSION;
import static org.strategysession.rules.RuleGroup.YEAR_IN_ACTION;
import static org.strategysession.rules.Severity.ERROR;
import static org.strategysession.rules.Severity.INFO;
import static org.strategysession.rules.Severity.WARNING;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule catalog v1.1 and its messages: one entry per rule of {@code RULES.md}, with its id,
 * group, default severity, titles and message templates in English and Russian. The only
 * place a rule's text lives; DRL reports through these constants, e.g. {@code
 * reporter.report(RuleCatalog.GOAL_WITHOUT_TASKS.with($g.label()), $g.id(), $g.department(),
 * $g.path())}.
 */
public final class RuleCatalog {
  private RuleCatalog() {}

  // ---- Integrity ----------------------------------------------------------------------
  public static final RuleMessage.Of2 DUPLICATE_ID = m2("DUPLICATE_ID", INTEGRITY, ERROR,
      "Duplicate id", "Повторяющийся идентификатор",
      "Id {0} is used by {1}", "Идентификатор {0} присвоен {1}", count(1, ELEMENTS_DATIVE));
  public static final RuleMessage.Of3 UNKNOWN_REFERENCE = m3("UNKNOWN_REFERENCE", INTEGRITY, ERROR,
      "Unknown reference", "Ссылка в никуда",
      "{0} refers to {2}, which is no {1} of the document",
      "{0} ссылается на {2}, но такого объекта (тип: {1}) в документе нет");

  // ---- Preparation --------------------------------------------------------------------
  public static final RuleMessage.Of1 PLAN_MISSING = m1("PLAN_MISSING", PREPARATION, ERROR,
      "Department without a plan", "Отдел без плана",
      "Department {0} has no plan", "У отдела {0} нет плана");
  public static final RuleMessage.Of2 PLAN_DUPLICATED = m2("PLAN_DUPLICATED", PREPARATION, ERROR,
      "More than one plan", "Несколько планов",
      "Department {0} has {1}", "У отдела {0} {1}", count(1, PLANS));
  public static final RuleMessage.Of3 PLAN_LATE = m3("PLAN_LATE", PREPARATION, WARNING,
      "Plan submitted late", "План сдан поздно",
      "Plan of department {0} was due by {2}; submitted: {1}",
      "План отдела {0} нужно было сдать до {2}; сдан: {1}");
  public static final RuleMessage.Of1 REPORT_MISSING = m1("REPORT_MISSING", PREPARATION, WARNING,
      "No year report", "Нет отчёта за год",
      "Plan of department {0} has no year report", "В плане отдела {0} нет отчёта за год");
  public static final RuleMessage.Of2 REPORT_SECTION_EMPTY = m2("REPORT_SECTION_EMPTY", PREPARATION, INFO,
      "Empty report section", "Пустой раздел отчёта",
      "Year report of department {0}: section {1} is empty",
      "Отчёт отдела {0} за год: раздел {1} не заполнен");

  // ---- Plan structure -----------------------------------------------------------------
  public static final RuleMessage.Of1 PLAN_WITHOUT_GOALS = m1("PLAN_WITHOUT_GOALS", PLAN, ERROR,
      "Plan without goals", "План без целей",
      "Plan of department {0} has no goals", "В плане отдела {0} нет целей");
  public static final RuleMessage.Of1 KPI_WITHOUT_TARGET = m1("KPI_WITHOUT_TARGET", PLAN, ERROR,
      "KPI without target", "KPI без целевого значения",
      "KPI {0} has no target", "У KPI {0} нет целевого значения");
  public static final RuleMessage.Of1 KPI_WITHOUT_BASELINE = m1("KPI_WITHOUT_BASELINE", PLAN, WARNING,
      "KPI without baseline", "KPI без базового значения",
      "KPI {0} has no baseline", "У KPI {0} нет базового значения");
  public static final RuleMessage.Of4 KPI_TARGET_AGAINST_DIRECTION = m4("KPI_TARGET_AGAINST_DIRECTION", PLAN, WARNING,
      "Target against the KPI's direction", "Цель противоречит направлению KPI",
      "KPI {0}: target {3} goes against direction {1} (baseline {2})",
      "KPI {0}: цель {3} противоречит направлению {1} (база {2})");
  public static final RuleMessage.Of1 KPI_UNUSED = m1("KPI_UNUSED", PLAN, INFO,
      "KPI no goal moves", "KPI не связан с целями",
      "KPI {0} is not listed by any goal", "KPI {0} не указан ни в одной цели");
  public static final RuleMessage.Of1 GOAL_WITHOUT_OWNER = m1("GOAL_WITHOUT_OWNER", PLAN, ERROR,
      "Goal without owner", "Цель без ответственного",
      "Goal {0} has no owner", "У цели {0} нет ответственного");
  public static final RuleMessage.Of1 GOAL_WITHOUT_TASKS = m1("GOAL_WITHOUT_TASKS", PLAN, ERROR,
      "Goal without tasks", "Цель без задач",
      "Goal {0} has no tasks", "У цели {0} нет задач");
  public static final RuleMessage.Of1 GOAL_WITHOUT_KPI = m1("GOAL_WITHOUT_KPI", PLAN, WARNING,
      "Goal without KPI", "Цель без KPI",
      "Goal {0} lists no KPI", "У цели {0} не указан ни один KPI");
  public static final RuleMessage.Of1 TASK_WITHOUT_OWNER = m1("TASK_WITHOUT_OWNER", PLAN, ERROR,
      "Task without owner", "Задача без ответственного",
      "Task {0} has no owner", "У задачи {0} нет ответственного");
  public static final RuleMessage.Of1 TASK_WITHOUT_GOAL = m1("TASK_WITHOUT_GOAL", PLAN, WARNING,
      "Task without goal", "Задача без цели",
      "Task {0} serves no goal", "Задача {0} не относится ни к одной цели");
  public static final RuleMessage.Of1 TASK_WITHOUT_MONTHS = m1("TASK_WITHOUT_MONTHS", PLAN, WARNING,
      "Task without months", "Задача без сроков",
      "Task {0} has no months", "У задачи {0} не указаны месяцы");
  public static final RuleMessage.Of2 PLAN_QUARTER_EMPTY = m2("PLAN_QUARTER_EMPTY", PLAN, INFO,
      "Empty quarter", "Пустой квартал",
      "Plan of department {0} has no task and no KPI milestone in quarter {1}",
      "В плане отдела {0} нет ни задач, ни значений KPI в {1}-м квартале");
  public static final RuleMessage.Of4 OWNER_OVERLOADED = m4("OWNER_OVERLOADED", PLAN, WARNING,
      "Owner overloaded", "Перегрузка ответственного",
      "{0} owns {1} in month {2} (more than {3})",
      "{0} отвечает за {1} в месяце {2} (больше {3})", count(1, TASKS_ACCUSATIVE));
  public static final RuleMessage.Of3 OWNER_OUTSIDE_DEPARTMENT = m3("OWNER_OUTSIDE_DEPARTMENT", PLAN, INFO,
      "Goal owned outside the department", "Ответственный из другого отдела",
      "Goal {0} is owned by {1} of department {2}",
      "Ответственный за цель {0} — {1} из отдела {2}");
  public static final RuleMessage.Of3 TOO_MANY_GOALS = m3("TOO_MANY_GOALS", PLAN, INFO,
      "Too many goals", "Слишком много целей",
      "Plan of department {0} has {1} (more than {2}): focus is lost",
      "В плане отдела {0} {1} (больше {2}) — теряется фокус", count(1, GOALS));

  // ---- Sales alignment ----------------------------------------------------------------
  public static final RuleMessage.Of0 SALES_PLAN_MISSING = m0("SALES_PLAN_MISSING", SALES, ERROR,
      "No sales plan", "Нет плана продаж",
      "Plans rest on the sales plan, but no sales department has a plan with KPIs",
      "Планы опираются на план продаж, но ни у одного отдела продаж нет плана с KPI");
  public static final RuleMessage.Of2 SALES_BASIS_NOT_SALES = m2("SALES_BASIS_NOT_SALES", SALES, ERROR,
      "Based on a KPI that is not a sales KPI", "Опора не на KPI продаж",
      "KPI {0} is based on {1}, which is not a KPI of a sales department's plan",
      "KPI {0} опирается на {1}, а это не KPI плана отдела продаж");
  public static final RuleMessage.Of4 SALES_ASSUMPTION_MISMATCH = m4("SALES_ASSUMPTION_MISMATCH", SALES, ERROR,
      "Assumed sales figure differs from the sales plan", "Расхождение с планом продаж",
      "KPI {0} assumes {1} for {2}, but the sales target is {3}",
      "KPI {0} исходит из значения {1} для {2}, а цель плана продаж — {3}");
  public static final RuleMessage.Of5 SALES_MONTHLY_OUT_OF_STEP = m5("SALES_MONTHLY_OUT_OF_STEP", SALES, WARNING,
      "Monthly figures out of step with sales", "Помесячные значения расходятся с продажами",
      "KPI {0} assumes {2} for {3} in month {1}; the sales plan has {4}",
      "KPI {0} исходит из значения {2} для {3} в месяце {1}; в плане продаж — {4}");
  public static final RuleMessage.Of1 SALES_LINK_MISSING = m1("SALES_LINK_MISSING", SALES, WARNING,
      "Plan not linked to sales", "План не связан с продажами",
      "Plan of department {0} has no KPI based on a sales KPI",
      "В плане отдела {0} нет KPI, опирающегося на KPI продаж");
  public static final RuleMessage.Of4 SALES_PLAN_NEWER_THAN_ASSUMPTION = m4("SALES_PLAN_NEWER_THAN_ASSUMPTION", SALES, WARNING,
      "Sales plan changed after the assumption", "План продаж сдан позже",
      "Plan of department {0} (submitted {1}) rests on the sales plan of {2}, submitted later ({3})",
      "План отдела {0} (сдан {1}) опирается на план продаж отдела {2}, сданный позже ({3})");

  // ---- Cross-department ---------------------------------------------------------------
  public static final RuleMessage.Of3 NEED_UNANSWERED = m3("NEED_UNANSWERED", CROSS_DEPARTMENT, WARNING,
      "Need unanswered", "Запрос без ответа",
      "Task {0} needs from department {1}: {2}; no task of {1} supports it",
      "Задаче {0} нужно от отдела {1}: {2}; ни одна задача отдела {1} её не поддерживает");
  public static final RuleMessage.Of2 NEED_TO_OWN_DEPARTMENT = m2("NEED_TO_OWN_DEPARTMENT", CROSS_DEPARTMENT, INFO,
      "Need addressed to the own department", "Запрос своему отделу",
      "Task {0} addresses a need to its own department {1}",
      "Задача {0} адресует запрос своему же отделу {1}");
  public static final RuleMessage.Of4 SUPPORT_TOO_LATE = m4("SUPPORT_TOO_LATE", CROSS_DEPARTMENT, WARNING,
      "Support arrives too late", "Поддержка запаздывает",
      "Task {0} starts in month {2}, after the task it supports, {1}, starts in month {3}",
      "Задача {0} начинается в месяце {2}, позже поддерживаемой задачи {1} (месяц {3})");
  public static final RuleMessage.Of2 SYSTEMIC_PROBLEM_UNADDRESSED = m2("SYSTEMIC_PROBLEM_UNADDRESSED", CROSS_DEPARTMENT, WARNING,
      "Systemic problem unaddressed", "Системная проблема без решения",
      "Systemic problem {0} is addressed by no goal, task or initiative: {1}",
      "Системная проблема {0} не закрыта ни целью, ни задачей, ни инициативой: {1}");

  // ---- Session ------------------------------------------------------------------------
  public static final RuleMessage.Of2 SESSION_DAYS = m2("SESSION_DAYS", SESSION, WARNING,
      "Session days", "Дни сессии",
      "The session days ({0}) are not {1}",
      "Дни сессии ({0}) — не {1}", count(1, CONSECUTIVE_DAYS));
  public static final RuleMessage.Of4 SESSION_DAY_LENGTH = m4("SESSION_DAY_LENGTH", SESSION, WARNING,
      "Session day length", "Длительность дня сессии",
      "Day {0} has {1}, outside {2}–{3}",
      "День {0}: {1}, вне диапазона {2}–{3}", count(1, WORKING_MINUTES));
  public static final RuleMessage.Of2 SESSION_TOO_MANY_PARTICIPANTS = m2("SESSION_TOO_MANY_PARTICIPANTS", SESSION, WARNING,
      "Too many participants", "Слишком много участников",
      "The session has {0} (more than {1})",
      "У сессии {0} (больше {1})", count(0, PARTICIPANTS));
  public static final RuleMessage.Of0 FACILITATOR_MISSING = m0("FACILITATOR_MISSING", SESSION, ERROR,
      "No facilitator", "Нет ведущего",
      "The session has no facilitator", "У сессии нет ведущего");
  public static final RuleMessage.Of1 FACILITATOR_EXTERNAL = m1("FACILITATOR_EXTERNAL", SESSION, INFO,
      "External facilitator", "Внешний ведущий",
      "The facilitator {0} is external or belongs to no department",
      "Ведущий {0} — внешний или не относится ни к одному отделу");
  public static final RuleMessage.Of1 VENUE_NOT_OFFLINE = m1("VENUE_NOT_OFFLINE", SESSION, WARNING,
      "Session not held in person", "Сессия не очно",
      "The session is held {0}, not in person (OFFLINE)",
      "Формат сессии — {0}, а не очно (OFFLINE)");
  public static final RuleMessage.Of0 VENUE_IN_OFFICE = m0("VENUE_IN_OFFICE", SESSION, INFO,
      "Session in the office", "Сессия в офисе",
      "The session is held in the office, not off-site",
      "Сессия проходит в офисе, а не на выездной площадке");
  public static final RuleMessage.Of2 HEAD_NOT_PARTICIPATING = m2("HEAD_NOT_PARTICIPATING", SESSION, WARNING,
      "Head not participating", "Руководитель не участвует",
      "{0}, head of department {1}, is not among the participants",
      "{0}, руководитель отдела {1}, не входит в число участников");
  public static final RuleMessage.Of5 AGENDA_OVERLAP = m5("AGENDA_OVERLAP", SESSION, ERROR,
      "Agenda items overlap", "Пункты программы пересекаются",
      "Day {0}: agenda item {1} ({2}) overlaps item {3} ({4})",
      "День {0}: пункт программы {1} ({2}) пересекается с пунктом {3} ({4})");
  public static final RuleMessage.Of2 AGENDA_BLOCK_MISSING = m2("AGENDA_BLOCK_MISSING", SESSION, WARNING,
      "Agenda block missing", "Нет блока программы",
      "Day {1} of the agenda has no {0} block", "В программе дня {1} нет блока {0}");
  public static final RuleMessage.Of1 AGENDA_REPORT_MISSING = m1("AGENDA_REPORT_MISSING", SESSION, WARNING,
      "No report slot for a department", "Нет доклада отдела",
      "Department {0} has a plan but no DEPARTMENT_REPORT on day 1",
      "У отдела {0} есть план, но нет доклада (DEPARTMENT_REPORT) в первый день");
  public static final RuleMessage.Of4 AGENDA_BLOCK_DURATION = m4("AGENDA_BLOCK_DURATION", SESSION, INFO,
      "Agenda block duration", "Длительность блока программы",
      "Block {0} takes {1}, outside {2}–{3}",
      "Блок {0} занимает {1}, вне диапазона {2}–{3}", count(1, MINUTES_ACCUSATIVE));

  // ---- Initiatives --------------------------------------------------------------------
  public static final RuleMessage.Of2 INITIATIVE_SINGLE_DEPARTMENT = m2("INITIATIVE_SINGLE_DEPARTMENT", INITIATIVES, WARNING,
      "Initiative of one department", "Инициатива одного отдела",
      "Initiative {0} touches {1}; a cross-department initiative needs two or more",
      "Инициатива {0} затрагивает {1}; межотдельной инициативе нужно не меньше двух",
      count(1, DEPARTMENTS));
  public static final RuleMessage.Of1 INITIATIVE_WITHOUT_OWNER = m1("INITIATIVE_WITHOUT_OWNER", INITIATIVES, WARNING,
      "Initiative without owner", "Инициатива без ответственного",
      "Initiative {0} has no owner to analyse it after the session",
      "У инициативы {0} нет ответственного за анализ после сессии");
  public static final RuleMessage.Of3 INITIATIVE_DECIDED_AT_SESSION = m3("INITIATIVE_DECIDED_AT_SESSION", INITIATIVES, WARNING,
      "Initiative decided during the session", "Решение по инициативе на сессии",
      "Initiative {0} was {1} on {2}, a session day; decide after the session",
      "По инициативе {0} принято решение {1} {2}, в день сессии; решения принимаются после сессии");
  public static final RuleMessage.Of3 INITIATIVE_NOT_ANALYZED = m3("INITIATIVE_NOT_ANALYZED", INITIATIVES, WARNING,
      "Initiative not analysed", "Инициатива не разобрана",
      "Initiative {0} is still PROPOSED {1} after the session (more than {2})",
      "Инициатива {0} всё ещё в статусе PROPOSED через {1} после сессии (больше {2})",
      count(1, DAYS_ACCUSATIVE));

  // ---- Follow-up ----------------------------------------------------------------------
  public static final RuleMessage.Of5 KEY_TASKS_COUNT = m5("KEY_TASKS_COUNT", FOLLOW_UP, WARNING,
      "Key tasks count", "Число ключевых задач",
      "{0} has {2} in month {1}, outside {3}–{4}",
      "У {0} в месяце {1}: {2}, вне диапазона {3}–{4}", count(2, KEY_TASKS));
  public static final RuleMessage.Of3 KEY_TASK_OFF_MONTH = m3("KEY_TASK_OFF_MONTH", FOLLOW_UP, WARNING,
      "Key task outside its months", "Ключевая задача вне своих месяцев",
      "Task {0} is a key task of {2} in month {1}, but is not scheduled in that month",
      "Задача {0} — ключевая для {2} в месяце {1}, но в этом месяце не запланирована");
  public static final RuleMessage.Of3 HEAD_WITHOUT_KEY_TASKS = m3("HEAD_WITHOUT_KEY_TASKS", FOLLOW_UP, WARNING,
      "Head without key tasks", "Руководитель без ключевых задач",
      "{0}, head of department {2}, has no key tasks in month {1}",
      "У {0}, руководителя отдела {2}, нет ключевых задач в месяце {1}");
  public static final RuleMessage.Of1 TASK_NOT_TRANSFERRED = m1("TASK_NOT_TRANSFERRED", FOLLOW_UP, INFO,
      "Approved task not in the tracker", "Задача не перенесена в трекер",
      "Approved task {0} has no tracker key", "Утверждённая задача {0} не перенесена в трекер");

  // ---- Quarterly revision -------------------------------------------------------------
  public static final RuleMessage.Of4 REVISION_NOT_COMPARABLE = m4("REVISION_NOT_COMPARABLE", REVISION, ERROR,
      "Revision of another plan", "Ревизия другого плана",
      "The revision is of {2} {3}, the earlier version of {0} {1}",
      "Ревизия относится к {2}, {3} г., а исходная версия — к {0}, {1} г.");
  public static final RuleMessage.Of4 TARGET_CHANGED_RADICALLY = m4("TARGET_CHANGED_RADICALLY", REVISION, WARNING,
      "Target changed radically", "Цель изменена радикально",
      "KPI {0}: target moved from {1} to {2} ({3}%)",
      "KPI {0}: цель изменена с {1} на {2} ({3}%)");
  public static final RuleMessage.Of3 GOALS_DROPPED_RADICALLY = m3("GOALS_DROPPED_RADICALLY", REVISION, WARNING,
      "Goals dropped radically", "Отброшено много целей",
      "Department {0} dropped {1} of its {2}",
      "Отдел {0} отказался от {1} из {2}", count(2, EARLIER_GOALS_GENITIVE));
  public static final RuleMessage.Of1 KPI_DROPPED = m1("KPI_DROPPED", REVISION, INFO,
      "KPI dropped", "KPI исключён",
      "KPI {0} of the earlier version is gone from the revision",
      "KPI {0} прежней версии в ревизии отсутствует");
  public static final RuleMessage.Of3 MILESTONE_REWRITTEN = m3("MILESTONE_REWRITTEN", REVISION, WARNING,
      "Past milestones rewritten", "Переписан план прошедших месяцев",
      "KPI {0}: the milestones of {1} were changed in the revision of {2}, after those months had ended",
      "KPI {0}: план на {1} изменён в ревизии от {2}, когда эти месяцы уже прошли");
  public static final RuleMessage.Of2 ACTUAL_CHANGED = m2("ACTUAL_CHANGED", REVISION, WARNING,
      "Recorded actuals changed", "Изменён записанный факт",
      "KPI {0}: the actuals of {1} differ from the earlier version",
      "KPI {0}: факт за {1} отличается от прежней версии");

  // ---- Alignment and priorities (1.1) -------------------------------------------------
  public static final RuleMessage.Of1 COMPANY_GOAL_UNSERVED = m1("COMPANY_GOAL_UNSERVED", ALIGNMENT, WARNING,
      "Company goal no department serves", "Цель компании без поддержки отделов",
      "Company goal {0} is served by no department goal",
      "Цель компании {0} не поддержана ни одной целью отдела");
  public static final RuleMessage.Of1 COMPANY_GOAL_WITHOUT_OWNER = m1("COMPANY_GOAL_WITHOUT_OWNER", ALIGNMENT, WARNING,
      "Company goal without owner", "Цель компании без ответственного",
      "Company goal {0} has no owner", "У цели компании {0} нет ответственного");
  public static final RuleMessage.Of1 GOAL_NOT_ALIGNED = m1("GOAL_NOT_ALIGNED", ALIGNMENT, INFO,
      "Goal serves no company goal", "Цель не связана с целями компании",
      "Goal {0} serves no company goal", "Цель {0} не связана ни с одной целью компании");
  public static final RuleMessage.Of3 TOO_MANY_HIGH_PRIORITY = m3("TOO_MANY_HIGH_PRIORITY", ALIGNMENT, WARNING,
      "Too many high priorities", "Слишком много приоритетов",
      "Plan of department {0} has {1} (more than {2}): when everything is a priority, nothing is",
      "В плане отдела {0} {1} (больше {2}) — когда в приоритете всё, в приоритете ничего",
      count(1, HIGH_PRIORITY_GOALS));
  public static final RuleMessage.Of2 LOW_PRIORITY_CROWDS_HIGH = m2("LOW_PRIORITY_CROWDS_HIGH", ALIGNMENT, INFO,
      "What can wait comes first", "Второстепенное вытесняет главное",
      "Goal {0} has HIGH priority but no task in the first quarter, while LOW-priority goals of the plan have: {1}",
      "У цели {0} приоритет HIGH, но нет задач в первом квартале, а у целей плана с приоритетом LOW они есть: {1}");

  // ---- The year in action (1.1) -------------------------------------------------------
  public static final RuleMessage.Of3 ACTUAL_IN_FUTURE = m3("ACTUAL_IN_FUTURE", YEAR_IN_ACTION, ERROR,
      "Actual for a month not yet ended", "Факт за незавершённый месяц",
      "KPI {0} has an actual for {1}, which has not ended on {2}",
      "У KPI {0} указан факт за {1}, а этот месяц на {2} ещё не закончился");
  public static final RuleMessage.Of3 ACTUAL_MISSING = m3("ACTUAL_MISSING", YEAR_IN_ACTION, WARNING,
      "Actual missing", "Нет факта",
      "KPI {0} has no actual for {1} (milestone {2}), and the month is closed",
      "У KPI {0} нет факта за {1} (план {2}), а месяц уже закрыт");
  public static final RuleMessage.Of5 KPI_BEHIND_PLAN = m5("KPI_BEHIND_PLAN", YEAR_IN_ACTION, INFO,
      "KPI behind plan", "KPI отстаёт от плана",
      "KPI {0} is {1} behind its milestone for {2}: {3} against {4}",
      "KPI {0} отстаёт от плана за {2} на {1}: факт {3} при плане {4}");
  public static final RuleMessage.Of5 KPI_AT_RISK = m5("KPI_AT_RISK", YEAR_IN_ACTION, WARNING,
      "KPI at risk", "KPI под угрозой",
      "KPI {0} is at risk: {1} behind its milestone for {2}, {3} against {4}",
      "KPI {0} под угрозой: отставание от плана за {2} — {1}, факт {3} при плане {4}");
  public static final RuleMessage.Of2 TASK_OVERDUE = m2("TASK_OVERDUE", YEAR_IN_ACTION, WARNING,
      "Task overdue", "Задача просрочена",
      "Task {0} was due by the end of {1} and is not done",
      "Задача {0}: срок — {1}, но она не выполнена");
  public static final RuleMessage.Of3 TASK_DONE_LATE = m3("TASK_DONE_LATE", YEAR_IN_ACTION, INFO,
      "Task done late", "Задача выполнена с опозданием",
      "Task {0} was done in {1}, after its last month, {2}",
      "Задача {0} выполнена: {1}, а последний месяц по плану — {2}");
  public static final RuleMessage.Of3 KEY_TASK_NOT_DONE = m3("KEY_TASK_NOT_DONE", YEAR_IN_ACTION, WARNING,
      "Key task not done", "Ключевая задача не выполнена",
      "Key task {1} of {0} for {2} is not done",
      "Ключевая задача {1} сотрудника {0} за {2} не выполнена");
  public static final RuleMessage.Of3 KEY_TASK_DONE_UNLISTED = m3("KEY_TASK_DONE_UNLISTED", YEAR_IN_ACTION, ERROR,
      "Done key task not among the key tasks", "Выполнена не ключевая задача",
      "{0}: the review of the key tasks for {2} marks {1} done, but it is not one of them",
      "{0}: в итогах месяца ({2}) задача {1} отмечена выполненной, но её нет среди ключевых задач");
  public static final RuleMessage.Of2 REVISION_OVERDUE = m2("REVISION_OVERDUE", YEAR_IN_ACTION, WARNING,
      "Quarterly revision overdue", "Квартальная ревизия просрочена",
      "Quarter {0} ended {1} ago or more, and the plan has not been revised for it",
      "Квартал {0} закончился {1} назад или раньше, а ревизии плана за него нет",
      count(1, DAYS_ACCUSATIVE));

  // ---- The checker ----------------------------------------------------------------------
  /**
   * The message of {@value PlanChecker#RULE_FAILED}, the {@code ERROR} finding the checker
   * reports for a fault inside a rule: {@code {0}} is the failing rule's name, {@code {1}} the
   * fault (its exception's class and message). Not a rule of the catalog: no DRL reports it,
   * {@link #rules()}, {@link #messages()} and {@link #rule(String)} do not list it, and it
   * cannot be switched off or given another severity.
   */
  public static final RuleMessage.Of2 RULE_FAILED = new RuleMessage.Of2(
      info(PlanChecker.RULE_FAILED, CUSTOM, ERROR, "Rule failed", "Сбой правила"),
      "Rule {0} failed: {1}", "Сбой правила {0}: {1}", Map.of());

  private static final Map<String, RuleMessage> BY_ID = index();

  /** Every rule of the catalog, in catalog order; unmodifiable. */
  public static List<RuleInfo> rules() {
    List<RuleInfo> out = new ArrayList<>();
    for (RuleMessage m : CatalogEntries.ALL) {
      out.add(m.rule());
    }
    return Collections.unmodifiableList(out);
  }

  /** Every message of the catalog, in catalog order; unmodifiable. */
  public static List<RuleMessage> messages() {
    return Collections.unmodifiableList(CatalogEntries.ALL);
  }

  /** The rule with this id, if the catalog has one. */
  public static Optional<RuleInfo> rule(String id) {
    RuleMessage m = BY_ID.get(id);
    return m == null ? Optional.empty() : Optional.of(m.rule());
  }

  /**
   * The catalog as a Markdown document ({@code docs/rules.md} is generated from it): per
   * group, a table of id, default severity and the English and Russian titles and messages.
   */
  public static String toMarkdown() {
    return CatalogDocument.markdown(messages(), RULE_FAILED);
  }

  private static Map<String, RuleMessage> index() {
    Map<String, RuleMessage> out = new LinkedHashMap<>();
    for (RuleMessage m : CatalogEntries.ALL) {
      if (out.put(m.rule().id(), m) != null) {
        throw new IllegalStateException("duplicate rule id " + m.rule().id());
      }
    }
    return Collections.unmodifiableMap(out);
  }

}
