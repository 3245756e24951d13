package com.example.hr;

import java.util.List;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.PlanDocumentException;
import org.strategysession.model.PlanDocuments;
import org.strategysession.rules.CheckReport;
import org.strategysession.rules.Finding;
import org.strategysession.rules.PlanChecker;

/** How an HR product might gate a department head's plan before saving it. */
public final class PlanGate {
  private final PlanChecker checker = PlanChecker.standard();

  /** The rule ids of the plan's errors, or the reader's message for a document it refuses. */
  public List<String> errors(String json) {
    PlanDocument document;
    try {
      document = PlanDocuments.strict().read(json);
    } catch (PlanDocumentException e) {
      return List.of(e.getMessage());
    }
    CheckReport report = checker.check(document);
    return report.findings().stream()
        .filter(f -> f.severity().name().equals("ERROR"))
        .map(Finding::rule)
        .distinct()
        .sorted()
        .toList();
  }
}
