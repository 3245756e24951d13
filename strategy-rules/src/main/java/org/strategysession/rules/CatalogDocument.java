package org.strategysession.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.strategysession.model.Language;
import org.strategysession.model.Language.Noun;

/** The catalog as the Markdown of {@code docs/rules.md}. */
final class CatalogDocument {
  private CatalogDocument() {}

  /** Per group, a table of id, default severity, titles and messages; then the checker's own. */
  static String markdown(List<RuleMessage> all, RuleMessage ruleFailed) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Rule catalog\n\n")
        .append("Generated from `RuleCatalog` (strategy-rules); do not edit by hand. ")
        .append("A test fails when this file is stale; regenerate it with\n")
        .append("`mvn -pl strategy-rules test -Dtest=RuleCatalogTest -Ddocs.update=true`.\n\n")
        .append(all.size()).append(" rules. `{0}`, `{1}` … in a message stand for its arguments. ")
        .append("An argument that counts things\nis shown with its noun in the plural ")
        .append("(`{1} departments`, `{1} отделов`); a message gives the\nnoun the form its ")
        .append("number asks for (1 department, 2 departments; 1 отдел, 2 отдела, 5 отделов).\n");
    for (RuleGroup group : RuleGroup.values()) {
      List<RuleMessage> inGroup = all.stream().filter(m -> m.rule().group() == group).toList();
      if (inGroup.isEmpty()) {
        continue;
      }
      sb.append("\n## ").append(group.fileName()).append(" (`").append(group.fileName())
          .append(".drl`)\n\n");
      table(inGroup, sb);
    }
    sb.append("\n## The checker\n\n")
        .append("Reported by the checker itself for a fault inside a rule (an exception in a ")
        .append("rule's condition or\nconsequence), whatever the rule's group; it is not a rule ")
        .append("and cannot be switched off.\n\n");
    table(List.of(ruleFailed), sb);
    return sb.toString();
  }

  private static void table(List<RuleMessage> messages, StringBuilder sb) {
    Locale ru = Locale.forLanguageTag("ru");
    sb.append("| id | severity | title | message (en) | message (ru) |\n")
        .append("|---|---|---|---|---|\n");
    for (RuleMessage m : messages) {
      RuleInfo r = m.rule();
      sb.append("| `").append(r.id()).append("` | ").append(r.defaultSeverity()).append(" | ")
          .append(cell(r.title(Locale.ENGLISH))).append(" / ")
          .append(cell(r.title(ru))).append(" | ")
          .append(cell(documented(m, Language.EN))).append(" | ")
          .append(cell(documented(m, Language.RU))).append(" |\n");
    }
  }

  /** The template with each counted argument followed by its noun in the plural. */
  private static String documented(RuleMessage m, Language language) {
    String text = m.template(language.locale());
    for (int i = 0; i < m.arity(); i++) {
      Optional<Noun> noun = m.countedNoun(i);
      if (noun.isPresent()) {
        // 5 takes the plural in English and the form for many in Russian
        text = text.replace("{" + i + "}", "{" + i + "} " + noun.get().form(language, 5));
      }
    }
    return text;
  }

  private static String cell(String s) {
    return s.replace("|", "\\|");
  }
}
