package org.strategysession.rules;

import java.util.List;
import java.util.stream.Collectors;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.builder.Message;
import org.kie.api.builder.Results;
import org.kie.api.io.ResourceType;
import org.kie.internal.utils.KieHelper;

/**
 * Compiles an embedder's DRL at run time. Kept apart so that the DRL compiler
 * ({@code org.drools:drools-model-codegen}) is loaded only when a checker has rules of its
 * own; the standard rules never need it.
 */
final class CustomRuleBase {
  private CustomRuleBase() {}

  static KieBase compile(List<RuleSource> sources) {
    KieHelper helper = new KieHelper();
    int n = 0;
    for (RuleSource source : sources) {
      helper.addContent(source.drl(), "src/main/resources/custom/rules" + (n++) + ".drl");
    }
    Results results = helper.verify();
    List<Message> errors = results.getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      throw new RuleCompilationException(
          "rules do not compile:\n"
              + errors.stream()
                  .map(m -> "  " + sourceName(sources, m) + ":" + m.getLine() + ": " + m.getText())
                  .collect(Collectors.joining("\n")));
    }
    return helper.build(ExecutableModelProject.class);
  }

  private static String sourceName(List<RuleSource> sources, Message m) {
    String path = m.getPath() == null ? "" : m.getPath();
    for (int i = 0; i < sources.size(); i++) {
      if (path.endsWith("rules" + i + ".drl")) {
        return sources.get(i).name();
      }
    }
    return sources.size() == 1 ? sources.get(0).name() : path;
  }
}
