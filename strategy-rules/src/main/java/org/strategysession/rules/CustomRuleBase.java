package org.strategysession.rules;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles an embedder's DRL at run time into an executable model. Kept apart so that the DRL
 * compiler ({@code org.drools:drools-model-codegen}) is loaded only when a checker has rules
 * of its own; the standard rules never need it.
 */
final class CustomRuleBase {
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

  private CustomRuleBase() {}

  static KieBase compile(List<RuleSource> sources) {
    KieServices services = KieServices.Factory.get();
    // A release id of its own, so that checkers built at the same time never share a module.
    ReleaseId id = services.newReleaseId("org.strategysession.custom",
        "rules-" + UUID.randomUUID(), "1.0.0");
    KieFileSystem files = services.newKieFileSystem().generateAndWritePomXML(id);
    for (int i = 0; i < sources.size(); i++) {
      files.write(fileName(sources.get(i), i), sources.get(i).drl());
    }
    KieBuilder builder;
    try {
      builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
    } catch (RuntimeException e) {
      // Some DRL makes the compiler fail with its own parser's exception instead of a
      // compilation error; it is still the embedder's DRL that is wrong.
      String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
      throw new RuleCompilationException("rules do not compile: "
          + e.getClass().getSimpleName() + (first.isEmpty() ? "" : ": " + first) + " (in "
          + sources.stream().map(RuleSource::name).collect(Collectors.joining(", ")) + ")", e);
    }
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      throw new RuleCompilationException(
          "rules do not compile:\n"
              + errors.stream()
                  .map(m -> "  " + sourceName(sources, m) + ":" + m.getLine() + ": "
                      + m.getText().strip())
                  .collect(Collectors.joining("\n")));
    }
    try {
      return services.newKieContainer(id).getKieBase();
    } finally {
      services.getRepository().removeKieModule(id);
    }
  }

  /** Under the folder of the DRL's package, as Drools expects. */
  private static String fileName(RuleSource source, int index) {
    Matcher m = PACKAGE.matcher(source.drl());
    String folder = m.find() ? m.group(1).replace('.', '/') : "custom";
    return "src/main/resources/" + folder + "/custom-rules-" + index + ".drl";
  }

  private static String sourceName(List<RuleSource> sources, Message m) {
    String path = m.getPath() == null ? "" : m.getPath();
    for (int i = 0; i < sources.size(); i++) {
      if (path.endsWith("custom-rules-" + i + ".drl")) {
        return sources.get(i).name();
      }
    }
    return sources.size() == 1 ? sources.get(0).name() : path;
  }
}
