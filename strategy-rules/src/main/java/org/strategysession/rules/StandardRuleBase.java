package org.strategysession.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.model.Condition;
import org.drools.model.Declaration;
import org.drools.model.EntryPoint;
import org.drools.model.From;
import org.drools.model.Global;
import org.drools.model.Model;
import org.drools.model.Query;
import org.drools.model.Rule;
import org.drools.model.TypeMetaData;
import org.drools.model.Variable;
import org.drools.model.patterns.AccumulatePatternImpl;
import org.drools.model.patterns.PatternImpl;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.conf.SequentialOption;

/**
 * The one loader of the standard rule base. The DRL files are compiled into an executable
 * model when the library is built (kie-maven-plugin); here the generated model classes are
 * only instantiated and assembled, so no DRL is parsed or compiled at run time.
 *
 * <p>The rule base runs in sequential mode: a check inserts every fact first and then fires
 * each matching rule once, without re-evaluating the network after a firing. That is exactly
 * the standard rules' contract (their consequences only report; none inserts, modifies or
 * retracts a fact, nor depends on another rule having fired), and it spares the agenda's
 * bookkeeping: about a third less time on documents of 10⁵ facts (see BENCHMARKS.md).
 */
final class StandardRuleBase {
  /** Written by the kie-maven-plugin: the names of the generated model classes. */
  static final String MODEL_LIST = "META-INF/kie/org.strategysession/strategy-rules/drools-model";

  /**
   * The rules that need an as-of date: they read the {@code calendar} global (the check's
   * {@link org.strategysession.model.PlanningCalendar}, which only a dated check sets) or match
   * a {@link org.strategysession.rules.facts.KpiHealthFact}, a fact only a dated check has, so
   * without a date they could not run and a checker leaves them out of its rule base (a test
   * holds this list to the rules' patterns).
   */
  static final Set<String> DATED = Set.of("ACTUAL_IN_FUTURE", "ACTUAL_MISSING", "KPI_BEHIND_PLAN",
      "KPI_AT_RISK", "TASK_OVERDUE", "KEY_TASK_NOT_DONE", "REVISION_OVERDUE");

  /**
   * The rules that compare the document with an earlier version: they match an {@link
   * org.strategysession.rules.facts.EarlierDocumentFact}, {@link
   * org.strategysession.rules.facts.EarlierKpiFact} or {@link
   * org.strategysession.rules.facts.EarlierGoalFact}, facts only a check of a revision has, so a
   * check of one document leaves them out of its rule base as an undated check leaves out the
   * {@link #DATED} rules (a test holds this list to the rules' patterns).
   */
  static final Set<String> COMPARING = Set.of("REVISION_NOT_COMPARABLE",
      "TARGET_CHANGED_RADICALLY", "GOALS_DROPPED_RADICALLY", "KPI_DROPPED", "MILESTONE_REWRITTEN",
      "ACTUAL_CHANGED");

  private static volatile List<Model> models;

  private StandardRuleBase() {}

  /** A rule base holding the standard rules except those whose ids are in {@code disabled}. */
  static KieBase build(Set<String> disabled) {
    List<Model> selected = new ArrayList<>();
    for (Model m : models()) {
      selected.add(disabled.isEmpty() ? m : new Filtered(m, disabled));
    }
    return KieBaseBuilder.createKieBaseFromModel(selected, SequentialOption.YES);
  }

  /**
   * The standard rules except those whose ids are in {@code disabled}, as rule bases that share
   * no type of fact: two rules are in the same base when some type of fact a pattern of one
   * matches is, or extends, or is extended by a type a pattern of the other matches, directly
   * or through other rules of the base. A check runs one session per base, each given only the
   * facts of its types, so no fact is inserted twice, and each session's memory is garbage
   * before the next one starts: the engine keeps one base's tuples live at a time instead of
   * the whole catalog's (docs/decisions.md, "Engine speed"). Sequential mode makes this
   * safe for any split: no rule's firing depends on another's. The bases are in the order of
   * their first rule in the compiled model; none is empty.
   */
  static List<KieBase> buildSeparate(Set<String> disabled) {
    List<KieBase> out = new ArrayList<>();
    for (Set<String> part : components(disabled)) {
      Set<String> others = new HashSet<>(disabled);
      for (Model m : models()) {
        for (Rule r : m.getRules()) {
          if (!part.contains(r.getName())) {
            others.add(r.getName());
          }
        }
      }
      out.add(build(others));
    }
    return out;
  }

  /**
   * The enabled standard rules grouped as {@link #buildSeparate} groups them: the connected
   * parts of the graph whose edges join rules matching related types of fact. Rule names, in
   * model order; an empty list if every rule is disabled.
   */
  static List<Set<String>> components(Set<String> disabled) {
    Map<String, Set<Class<?>>> typesByRule = new LinkedHashMap<>();
    for (Model m : models()) {
      for (Rule r : m.getRules()) {
        if (!disabled.contains(r.getName())) {
          Set<Class<?>> types = new HashSet<>();
          matchedTypes(r.getView(), types);
          typesByRule.put(r.getName(), types);
        }
      }
    }
    List<Set<String>> parts = new ArrayList<>();
    List<Set<Class<?>>> partTypes = new ArrayList<>();
    for (Map.Entry<String, Set<Class<?>>> e : typesByRule.entrySet()) {
      Set<String> rules = new LinkedHashSet<>();
      rules.add(e.getKey());
      Set<Class<?>> types = new HashSet<>(e.getValue());
      // merge every part this rule's types touch into the first of them
      int into = -1;
      for (int i = 0; i < parts.size(); i++) {
        if (related(types, partTypes.get(i))) {
          if (into < 0) {
            into = i;
          } else {
            parts.get(into).addAll(parts.get(i));
            partTypes.get(into).addAll(partTypes.get(i));
            parts.set(i, null);
          }
        }
      }
      if (into < 0) {
        parts.add(rules);
        partTypes.add(types);
      } else {
        parts.get(into).addAll(rules);
        partTypes.get(into).addAll(types);
      }
      for (int i = parts.size() - 1; i >= 0; i--) {
        if (parts.get(i) == null) {
          parts.remove(i);
          partTypes.remove(i);
        }
      }
    }
    return parts;
  }

  private static boolean related(Set<Class<?>> a, Set<Class<?>> b) {
    for (Class<?> x : a) {
      for (Class<?> y : b) {
        if (x.isAssignableFrom(y) || y.isAssignableFrom(x)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The types of fact the patterns of a condition take from working memory: not those a
   * pattern takes {@code from} a fact's field, nor the result of an accumulate (its source
   * patterns count).
   */
  private static void matchedTypes(Condition c, Set<Class<?>> out) {
    if (c instanceof AccumulatePatternImpl<?> accumulate) {
      matchedTypes(accumulate.getCondition(), out);
      return;
    }
    if (c instanceof PatternImpl<?> pattern) {
      Variable<?> v = pattern.getPatternVariable();
      boolean fromMemory = !(v instanceof Declaration<?> d && d.getSource() instanceof From<?>);
      if (fromMemory && v.getType() != null) {
        out.add(v.getType());
      }
    }
    for (Condition sub : c.getSubConditions()) {
      matchedTypes(sub, out);
    }
  }

  static List<Model> models() {
    List<Model> loaded = models;
    if (loaded == null) {
      synchronized (StandardRuleBase.class) {
        loaded = models;
        if (loaded == null) {
          loaded = load();
          models = loaded;
        }
      }
    }
    return loaded;
  }

  private static List<Model> load() {
    ClassLoader loader = StandardRuleBase.class.getClassLoader();
    List<Model> out = new ArrayList<>();
    try (InputStream in = loader.getResourceAsStream(MODEL_LIST)) {
      if (in == null) {
        throw new IllegalStateException(
            "the compiled standard rules are missing from the class path (" + MODEL_LIST
                + "): strategy-rules was not built with its kie-maven-plugin step");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String name = line.trim();
        if (name.isEmpty() || name.startsWith("Drools-Model-Version")) {
          continue;
        }
        out.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
      }
    } catch (IOException | ReflectiveOperationException e) {
      throw new IllegalStateException("cannot load the compiled standard rules: " + e, e);
    }
    return Collections.unmodifiableList(out);
  }

  /** A model without the switched-off rules: they are not in the rule base at all. */
  private static final class Filtered implements Model {
    private final Model model;
    private final List<Rule> rules;

    Filtered(Model model, Set<String> disabled) {
      this.model = model;
      this.rules = model.getRules().stream().filter(r -> !disabled.contains(r.getName())).toList();
    }

    @Override
    public String getName() {
      return model.getName();
    }

    @Override
    public String getPackageName() {
      return model.getPackageName();
    }

    @Override
    public List<Global> getGlobals() {
      return model.getGlobals();
    }

    @Override
    public List<Rule> getRules() {
      return rules;
    }

    @Override
    public List<Query> getQueries() {
      return model.getQueries();
    }

    @Override
    public List<TypeMetaData> getTypeMetaDatas() {
      return model.getTypeMetaDatas();
    }

    @Override
    public List<EntryPoint> getEntryPoints() {
      return model.getEntryPoints();
    }
  }
}
