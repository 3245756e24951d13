/**
 * The immutable domain of a strategic session: the {@code strategy-session/1} plan document
 * ({@link org.strategysession.model.PlanDocument}) with its people, departments, session and
 * agenda, department plans, remarks, initiatives, follow-up and revision; derived views
 * ({@link org.strategysession.model.Roadmap}, {@link org.strategysession.model.StandardProgram});
 * and the one reader/writer of the JSON form ({@link org.strategysession.model.PlanDocuments}).
 *
 * <p>All values are immutable and thread-safe. Collections are never null (absent means
 * empty) and optional values are {@link java.util.Optional}. A value is rejected at
 * construction only when it is meaningless (a month outside 1–12, a blank id); everything a
 * plan can get wrong as a plan is left to the rules.
 */
@StrategyStyle
package org.strategysession.model;
