package org.strategysession.bench;

import java.nio.file.Path;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.PlanDocuments;

/**
 * The cold-start benchmark's reference process: it only reads the plan document with the
 * library's strict reader and prints how many plans it holds, no rules involved.
 */
public final class ReadOnlyProbe {
  private ReadOnlyProbe() {}

  /**
   * Runs the probe.
   *
   * @param args the plan document's path
   */
  public static void main(String[] args) {
    PlanDocument doc = PlanDocuments.strict().read(Path.of(args[0]));
    System.out.println(doc.plans().size() + " plans");
  }
}
