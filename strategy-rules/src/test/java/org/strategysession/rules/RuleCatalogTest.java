package org.strategysession.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalog against RULES.md's ids, the DRL files, both languages and docs/rules.md. */
class RuleCatalogTest {
  private static final Locale RU = Locale.forLanguageTag("ru");
  private static final Path DRL_DIR = Path.of("src/main/resources/org/strategysession/rules");
  private static final Path DOC = Path.of("../docs/rules.md");

  /** The ids of RULES.md v1, as published: never renamed, never dropped. */
  static final Set<String> V1 = Set.of(
      "DUPLICATE_ID", "UNKNOWN_REFERENCE",
      "PLAN_MISSING", "PLAN_DUPLICATED", "PLAN_LATE", "REPORT_MISSING", "REPORT_SECTION_EMPTY",
      "PLAN_WITHOUT_GOALS", "KPI_WITHOUT_TARGET", "KPI_WITHOUT_BASELINE",
      "KPI_TARGET_AGAINST_DIRECTION", "KPI_UNUSED", "GOAL_WITHOUT_OWNER", "GOAL_WITHOUT_TASKS",
      "GOAL_WITHOUT_KPI", "TASK_WITHOUT_OWNER", "TASK_WITHOUT_GOAL", "TASK_WITHOUT_MONTHS",
      "PLAN_QUARTER_EMPTY", "OWNER_OVERLOADED", "OWNER_OUTSIDE_DEPARTMENT", "TOO_MANY_GOALS",
      "SALES_PLAN_MISSING", "SALES_BASIS_NOT_SALES", "SALES_ASSUMPTION_MISMATCH",
      "SALES_MONTHLY_OUT_OF_STEP", "SALES_LINK_MISSING", "SALES_PLAN_NEWER_THAN_ASSUMPTION",
      "NEED_UNANSWERED", "NEED_TO_OWN_DEPARTMENT", "SUPPORT_TOO_LATE",
      "SYSTEMIC_PROBLEM_UNADDRESSED",
      "SESSION_DAYS", "SESSION_DAY_LENGTH", "SESSION_TOO_MANY_PARTICIPANTS",
      "FACILITATOR_MISSING", "FACILITATOR_EXTERNAL", "VENUE_NOT_OFFLINE", "VENUE_IN_OFFICE",
      "HEAD_NOT_PARTICIPATING", "AGENDA_OVERLAP", "AGENDA_BLOCK_MISSING",
      "AGENDA_REPORT_MISSING", "AGENDA_BLOCK_DURATION",
      "INITIATIVE_SINGLE_DEPARTMENT", "INITIATIVE_WITHOUT_OWNER",
      "INITIATIVE_DECIDED_AT_SESSION", "INITIATIVE_NOT_ANALYZED",
      "KEY_TASKS_COUNT", "KEY_TASK_OFF_MONTH", "HEAD_WITHOUT_KEY_TASKS", "TASK_NOT_TRANSFERRED",
      "REVISION_NOT_COMPARABLE", "TARGET_CHANGED_RADICALLY", "GOALS_DROPPED_RADICALLY",
      "KPI_DROPPED");

  /** The ids RULES.md v1.1 adds. */
  static final Set<String> V1_1 = Set.of(
      "MILESTONE_REWRITTEN", "ACTUAL_CHANGED",
      "COMPANY_GOAL_UNSERVED", "COMPANY_GOAL_WITHOUT_OWNER", "GOAL_NOT_ALIGNED",
      "TOO_MANY_HIGH_PRIORITY", "LOW_PRIORITY_CROWDS_HIGH",
      "ACTUAL_IN_FUTURE", "ACTUAL_MISSING", "KPI_BEHIND_PLAN", "KPI_AT_RISK", "TASK_OVERDUE",
      "TASK_DONE_LATE", "KEY_TASK_NOT_DONE", "KEY_TASK_DONE_UNLISTED", "REVISION_OVERDUE");

  @Test
  void catalog_holds_exactly_the_published_ids() {
    Set<String> ids = RuleCatalog.rules().stream().map(RuleInfo::id)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> published = new TreeSet<>(V1);
    published.addAll(V1_1);
    assertThat(published).hasSize(72);
    assertThat(ids).containsExactlyInAnyOrderElementsOf(published);
  }

  @Test
  void every_rule_has_titles_and_messages_in_both_languages_with_matching_placeholders() {
    List<RuleMessage> messages = new ArrayList<>(RuleCatalog.messages());
    messages.add(RuleCatalog.RULE_FAILED);
    for (RuleMessage m : messages) {
      String en = m.template(Locale.ENGLISH);
      String ru = m.template(RU);
      assertThat(en).as(m.rule().id() + " en").isNotBlank();
      assertThat(ru).as(m.rule().id() + " ru").isNotBlank().isNotEqualTo(en);
      assertThat(ru).as(m.rule().id() + " ru is Russian").containsPattern("[А-Яа-яЁё]");
      assertThat(placeholders(en)).as(m.rule().id() + " en placeholders")
          .isEqualTo(expected(m.arity()));
      assertThat(placeholders(ru)).as(m.rule().id() + " ru placeholders")
          .isEqualTo(expected(m.arity()));
      assertThat(m.rule().title(Locale.ENGLISH)).isNotBlank();
      assertThat(m.rule().title(RU)).containsPattern("[А-Яа-яЁё]");
    }
  }

  @Test
  void every_rule_is_implemented_by_exactly_one_drl_rule_in_the_file_of_its_group()
      throws IOException {
    List<String> missing = new ArrayList<>();
    for (RuleInfo r : RuleCatalog.rules()) {
      Path file = DRL_DIR.resolve(r.group().fileName() + ".drl");
      String drl = Files.exists(file) ? Files.readString(file) : "";
      if (!drl.contains("rule \"" + r.id() + "\"")) {
        missing.add(r.id() + " (" + file.getFileName() + ")");
      }
    }
    assertThat(missing).as("rules without DRL").isEmpty();
    try (Stream<Path> files = Files.list(DRL_DIR)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
        Matcher m = Pattern.compile("rule \"([A-Z_]+)\"").matcher(Files.readString(f));
        while (m.find()) {
          assertThat(RuleCatalog.rule(m.group(1))).as(m.group(1) + " in " + f).isPresent();
          assertThat(RuleCatalog.rule(m.group(1)).get().group().fileName() + ".drl")
              .isEqualTo(f.getFileName().toString());
        }
      }
    }
  }

  @Test
  void docs_rules_md_is_generated_from_the_catalog() throws IOException {
    String expected = RuleCatalog.toMarkdown();
    if (Boolean.getBoolean("docs.update")) {
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
    }
    assertThat(DOC).as("docs/rules.md (regenerate with -Ddocs.update=true)").exists();
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .as("docs/rules.md is stale: regenerate with -Ddocs.update=true")
        .isEqualTo(expected);
  }

  @Test
  void message_rendering_names_elements_per_language() {
    var label = new org.strategysession.rules.facts.Label("sales.g2", "More repeat orders");
    assertThat(Messages.render(RuleCatalog.GOAL_WITHOUT_TASKS.template(Locale.ENGLISH),
        List.of(label), Locale.ENGLISH))
        .isEqualTo("Goal sales.g2 \"More repeat orders\" has no tasks");
    assertThat(Messages.render(RuleCatalog.GOAL_WITHOUT_TASKS.template(RU), List.of(label), RU))
        .isEqualTo("У цели sales.g2 «More repeat orders» нет задач");
    assertThat(Messages.render(new java.math.BigDecimal("480.50"), Locale.ENGLISH))
        .isEqualTo("480.5");
    assertThat(Messages.render(new java.math.BigDecimal("4.8E+2"), Locale.ENGLISH))
        .isEqualTo("480");
    assertThat(Messages.render(Messages.NONE, RU)).isEqualTo("нет");
  }

  @Test
  void no_template_hedges_a_plural_and_counted_arguments_are_in_both_templates() {
    Pattern hedge = Pattern.compile("\\((s|es|ы|а|и|ов|ей)\\)|\\s(дн|мин|шт)\\.");
    List<RuleMessage> messages = new ArrayList<>(RuleCatalog.messages());
    messages.add(RuleCatalog.RULE_FAILED);
    int counted = 0;
    for (RuleMessage m : messages) {
      for (Locale locale : List.of(Locale.ENGLISH, RU)) {
        assertThat(m.template(locale)).as(m.rule().id() + " " + locale).doesNotContainPattern(hedge);
      }
      for (int i = 0; i < 10; i++) {
        if (m.countedNoun(i).isPresent()) {
          counted++;
          assertThat(i).as(m.rule().id() + " counts an argument it has").isLessThan(m.arity());
        }
      }
    }
    assertThat(counted).as("messages that count things").isEqualTo(14);
    // control: the pattern catches what it is meant to
    assertThat("touches {1} department(s)").containsPattern(hedge);
    assertThat("через {1} дн. после").containsPattern(hedge);
  }

  @Test
  void a_counted_argument_takes_the_form_its_number_asks_for() {
    var initiative = new org.strategysession.rules.facts.Label("i1", null);
    String[] en = {"0 departments", "1 department", "2 departments", "5 departments",
        "21 departments"};
    String[] ru = {"0 отделов", "1 отдел", "2 отдела", "5 отделов", "21 отдел"};
    int[] counts = {0, 1, 2, 5, 21};
    for (int k = 0; k < counts.length; k++) {
      List<Object> args =
          RuleCatalog.INITIATIVE_SINGLE_DEPARTMENT.with(initiative, counts[k]).arguments();
      assertThat(args.get(1)).isEqualTo(new Count(counts[k],
          RuleCatalog.INITIATIVE_SINGLE_DEPARTMENT.countedNoun(1).orElseThrow()));
      assertThat(Messages.render(RuleCatalog.INITIATIVE_SINGLE_DEPARTMENT.template(Locale.ENGLISH),
          args, Locale.ENGLISH))
          .isEqualTo("Initiative i1 touches " + en[k]
              + "; a cross-department initiative needs two or more");
      assertThat(Messages.render(RuleCatalog.INITIATIVE_SINGLE_DEPARTMENT.template(RU), args, RU))
          .isEqualTo("Инициатива i1 затрагивает " + ru[k]
              + "; межотдельной инициативе нужно не меньше двух");
    }
    // the case the sentence needs: "занимает 301 минуту", "из 21 прежней цели"
    assertThat(Messages.render(RuleCatalog.AGENDA_BLOCK_DURATION.template(RU),
        RuleCatalog.AGENDA_BLOCK_DURATION.with("INTRO", 301, 22, 38).arguments(), RU))
        .isEqualTo("Блок INTRO занимает 301 минуту, вне диапазона 22–38");
    assertThat(Messages.render(RuleCatalog.GOALS_DROPPED_RADICALLY.template(RU),
        RuleCatalog.GOALS_DROPPED_RADICALLY.with("sales", 7, 21).arguments(), RU))
        .isEqualTo("Отдел sales отказался от 7 из 21 прежней цели");
    // an argument that counts nothing stays as given; an absent count is "none"
    assertThat(RuleCatalog.GOALS_DROPPED_RADICALLY.with("sales", 7, 21).arguments().get(1))
        .isEqualTo(7);
    assertThat(RuleCatalog.GOALS_DROPPED_RADICALLY.with("sales", 7, null).arguments().get(2))
        .isSameAs(Messages.NONE);
  }

  private static List<Integer> placeholders(String template) {
    Matcher m = Pattern.compile("\\{(\\d)}").matcher(template);
    TreeSet<Integer> found = new TreeSet<>();
    while (m.find()) {
      found.add(Integer.parseInt(m.group(1)));
    }
    return new ArrayList<>(found);
  }

  private static List<Integer> expected(int arity) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < arity; i++) {
      out.add(i);
    }
    return out;
  }
}
