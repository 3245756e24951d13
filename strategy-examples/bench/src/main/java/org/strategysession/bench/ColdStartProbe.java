package org.strategysession.bench;

import java.nio.file.Path;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.PlanDocuments;
import org.strategysession.rules.CheckReport;
import org.strategysession.rules.PlanChecker;

/**
 * The cold-start benchmark's stand-in for the {@code strategy-check} tool: a fresh process
 * that builds the standard checker, reads one plan document, checks it and prints the report's
 * counts — the work of {@code strategy-check check FILE} without the command line.
 */
public final class ColdStartProbe {
  private ColdStartProbe() {}

  /**
   * Runs the probe.
   *
   * @param args the plan document's path
   */
  public static void main(String[] args) {
    PlanChecker checker = PlanChecker.standard();
    PlanDocument doc = PlanDocuments.strict().read(Path.of(args[0]));
    CheckReport report = checker.check(doc);
    System.out.println(report.findings().size() + " findings: " + report.errors() + " errors, "
        + report.warnings() + " warnings, " + report.infos() + " infos");
  }
}
