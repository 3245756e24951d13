package org.strategysession.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strategysession.model.Language.Noun;

/**
 * How {@link RuleCatalog} declares its entries: the factories of the typed messages, the list
 * they are added to in catalog order, and the nouns that messages count things with.
 */
final class CatalogEntries {
  /** Every catalog message in declaration order (RULE_FAILED excluded). */
  static final List<RuleMessage> ALL = new ArrayList<>();

  private CatalogEntries() {}

  // The things messages count, each in the case its Russian sentence needs (forms for 1, 2–4
  // and 5 or more).
  static final Noun ELEMENTS_DATIVE =
      new Noun("element", "elements", "элементу", "элементам", "элементам");
  static final Noun PLANS = new Noun("plan", "plans", "план", "плана", "планов");
  static final Noun TASKS_ACCUSATIVE =
      new Noun("task", "tasks", "задачу", "задачи", "задач");
  static final Noun GOALS = new Noun("goal", "goals", "цель", "цели", "целей");
  static final Noun CONSECUTIVE_DAYS = new Noun("consecutive day", "consecutive days",
      "день подряд", "дня подряд", "дней подряд");
  static final Noun WORKING_MINUTES = new Noun("working minute", "working minutes",
      "рабочая минута", "рабочие минуты", "рабочих минут");
  static final Noun PARTICIPANTS =
      new Noun("participant", "participants", "участник", "участника", "участников");
  static final Noun MINUTES_ACCUSATIVE =
      new Noun("minute", "minutes", "минуту", "минуты", "минут");
  static final Noun HIGH_PRIORITY_GOALS = new Noun("HIGH-priority goal",
      "HIGH-priority goals", "цель с приоритетом HIGH", "цели с приоритетом HIGH",
      "целей с приоритетом HIGH");
  static final Noun DEPARTMENTS =
      new Noun("department", "departments", "отдел", "отдела", "отделов");
  static final Noun DAYS_ACCUSATIVE = new Noun("day", "days", "день", "дня", "дней");
  static final Noun KEY_TASKS = new Noun("key task", "key tasks",
      "ключевая задача", "ключевые задачи", "ключевых задач");
  static final Noun EARLIER_GOALS_GENITIVE = new Noun("earlier goal", "earlier goals",
      "прежней цели", "прежних целей", "прежних целей");

  static <M extends RuleMessage> M add(M m) {
    ALL.add(m);
    return m;
  }

  static RuleInfo info(String id, RuleGroup g, Severity s, String en, String ru) {
    return new RuleInfo(id, g, s, en, ru);
  }

  static RuleMessage.Of0 m0(String id, RuleGroup g, Severity s, String te, String tr, String en, String ru) {
    return add(new RuleMessage.Of0(info(id, g, s, te, tr), en, ru));
  }

  static RuleMessage.Of1 m1(String id, RuleGroup g, Severity s, String te, String tr, String en, String ru) {
    return add(new RuleMessage.Of1(info(id, g, s, te, tr), en, ru, Map.of()));
  }

  static RuleMessage.Of2 m2(String id, RuleGroup g, Severity s, String te, String tr, String en, String ru,
      Counted... counted) {
    return add(new RuleMessage.Of2(info(id, g, s, te, tr), en, ru, nouns(counted)));
  }

  static RuleMessage.Of3 m3(String id, RuleGroup g, Severity s, String te, String tr, String en, String ru,
      Counted... counted) {
    return add(new RuleMessage.Of3(info(id, g, s, te, tr), en, ru, nouns(counted)));
  }

  static RuleMessage.Of4 m4(String id, RuleGroup g, Severity s, String te, String tr, String en, String ru,
      Counted... counted) {
    return add(new RuleMessage.Of4(info(id, g, s, te, tr), en, ru, nouns(counted)));
  }

  static RuleMessage.Of5 m5(String id, RuleGroup g, Severity s, String te, String tr, String en, String ru,
      Counted... counted) {
    return add(new RuleMessage.Of5(info(id, g, s, te, tr), en, ru, nouns(counted)));
  }

  /** Argument {@code index} of a message counts {@code noun}s. */
  record Counted(int index, Noun noun) {}

  static Counted count(int index, Noun noun) {
    return new Counted(index, noun);
  }

  static Map<Integer, Noun> nouns(Counted[] counted) {
    Map<Integer, Noun> out = new LinkedHashMap<>();
    for (Counted c : counted) {
      out.put(c.index(), c.noun());
    }
    return out;
  }
}
