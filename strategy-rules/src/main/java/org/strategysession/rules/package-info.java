/**
 * Checks plan documents against the rule catalog: {@link
 * org.strategysession.rules.PlanChecker} (the entry point), {@link
 * org.strategysession.rules.CheckOptions} (its thresholds), {@link
 * org.strategysession.rules.CheckReport} and {@link org.strategysession.rules.Finding} (what it
 * found), and {@link org.strategysession.rules.RuleCatalog} (every rule with its messages in
 * English and Russian). The rules themselves are DRL, one file per {@link
 * org.strategysession.rules.RuleGroup}, matching the facts of {@code
 * org.strategysession.rules.facts}.
 *
 * <p>Value types follow the model's one Immutables style, {@link
 * org.strategysession.model.StrategyStyle}: reached through their static {@code builder()} and
 * {@code defaults()}, never by naming the generated {@code Immutable*} classes.
 */
@StrategyStyle
package org.strategysession.rules;

import org.strategysession.model.StrategyStyle;
