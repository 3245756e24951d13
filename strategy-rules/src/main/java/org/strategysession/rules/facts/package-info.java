/**
 * The facts the rules see: a checked document flattened into immutable records, each carrying
 * its id, department and JSON Pointer. Embedders' own DRL matches these records. Fields are
 * null where the document has no value. A check makes and inserts only the facts of the types
 * some pattern of its rule base (standard or an embedder's) names. Of three types the standard
 * rules match only some facts, and where no rule of the embedder's matches the type, a check
 * makes only those: {@link IdFact} for the ids at fault ({@code count > 1} or {@code
 * hasUnresolved()}), {@link ReportSectionFact} for the empty sections, {@link KeyTaskDoneFact}
 * for the tasks done that the entry does not list. An embedder's rules over these types see
 * every fact of them.
 *
 * <p>Some facts also carry what other elements say of them by id, counted while flattening, so
 * that a rule asks the fact instead of joining every fact that might name it: a goal its live
 * tasks ({@code GoalFact.liveTaskCount}), a KPI the goals that name it ({@code
 * KpiFact.goalCount}) and the KPIs that rest on it ({@code KpiFact.basedOnCount}: a rule that
 * looks up the KPI a {@code basedOnKpi} names asks it first, so that the engine keeps only such
 * KPIs for the lookup), a company goal the goals that serve it, a task whether the tracker knows
 * it and the supports that name it ({@code TaskFact.supportCount}, asked likewise) and its
 * needs and supports ({@code needCount}, {@code supportsCount}), a plan how
 * many plans its department has and which of them it is ({@code PlanFact.planCount}, {@code
 * planOrdinal}), a department its plans ({@code DepartmentFact.planCount}), a person the
 * departments they head and the goals they own ({@code PersonFact.headCount}, {@code
 * goalCount}), a plan the months its department is active in, a person the months of their
 * live tasks, a key task the months of its task; and the follow-up's facts name the person and
 * the tasks their entry gives by id ({@link Named}: label and department), so that no rule joins
 * every person or task to name them. The standard rules therefore match {@link GoalKpiFact},
 * {@link ServesFact} and {@link TrackerRefFact} no more; they remain for embedders' rules.
 *
 * <p>What each type is for:
 *
 * <ul>
 *   <li>The document: {@link DocumentFact} (one), {@link QuarterFact} (the four quarters).
 *   <li>Its elements, one fact each: {@link PersonFact}, {@link DepartmentFact}, {@link
 *       PlanFact}, {@link ReportSectionFact} (a checked section of a plan's year report),
 *       {@link KpiFact} (with its monthly values and actuals by month), {@link AssumedMonthFact}
 *       (a monthly sales figure a KPI assumes), {@link GoalFact}, {@link GoalKpiFact} and
 *       {@link ServesFact} (a goal's lists), {@link TaskFact} (with its months as a mask),
 *       {@link NeedFact}, {@link SupportFact}, {@link RemarkFact}, {@link InitiativeFact},
 *       {@link CompanyGoalFact}.
 *   <li>Integrity: {@link IdFact} (one per distinct id an element carries or a reference
 *       names: how many elements carry it, where the first is, which {@link RefKind kinds} of
 *       reference may name it, and the references that name it, each a {@link ReferenceFact}
 *       reached with {@code from $id.references()}, not a fact of its own; {@code hasUnresolved()}
 *       asks whether some of them name it as something it is not).
 *   <li>The session: {@link SessionFact}, {@link SessionDateFact}, {@link SessionDayFact},
 *       {@link StandardBlockFact} (the standard programme), {@link ParticipantFact}, {@link
 *       AgendaItemFact}.
 *   <li>The follow-up: {@link KeyTaskSetFact} (an entry of key tasks, flagged when it is the
 *       first of its person and month, or of its month with key tasks), {@link KeyTaskFact},
 *       {@link KeyTaskDoneFact}, {@link TrackerRefFact}.
 *   <li>A revision check only: {@link EarlierDocumentFact}, {@link EarlierKpiFact}, {@link
 *       EarlierGoalFact} (the version revised).
 *   <li>A check with an as-of date only: the model's {@link
 *       org.strategysession.model.PlanningCalendar} of the document's planning year (ended and
 *       closed months; rules call its methods) and a {@link KpiHealthFact} per KPI that can be
 *       judged. The standard rules read the same calendar from the {@code calendar} global, so
 *       that a condition on it is tested as each fact arrives, not in a join; the fact is
 *       inserted where an embedder's rules match it.
 * </ul>
 *
 * <p>{@link Label} is no fact: it is how a message names an element; {@link Named} adds the
 * element's department.
 */
package org.strategysession.rules.facts;
