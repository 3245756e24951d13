package org.strategysession.reports;

import java.nio.file.Path;
import org.strategysession.model.Language;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.PlanDocumentException;
import org.strategysession.model.PlanDocuments;
import org.strategysession.rules.PlanChecker;

/**
 * The sample plans of {@code strategy-examples/samples} (one up from this module), checked by
 * the standard rules, and a small document of awkward text made for escaping and quoting.
 */
final class Samples {
  static final Path DIR = Path.of("..", "samples");
  static final String CLEAN = "clean-plan.json";
  static final String CLEAN_RU = "clean-plan-ru.json";
  static final String FLAWED = "flawed-plan.json";
  /** A Russian company in April 2027, with actuals, done tasks and key-task reviews. */
  static final String PROGRESS_RU = "progress-plan-ru.json";
  /**
   * The published example of the year in action (a copy kept by the model's tests): as of
   * 2027-04-20 every KPI is on track, petrov's January score is 75 % and every other 100 %.
   */
  static final Path EXAMPLE_PROGRESS =
      Path.of("..", "..", "strategy-model", "src", "test", "resources", "spec",
          "example-progress.json");

  private static final PlanChecker CHECKER = PlanChecker.standard();
  private static final PlanChecker CHECKER_RU =
      PlanChecker.builder().locale(Language.RU.locale()).build();

  private Samples() {}

  static PlanDocument read(String name) {
    return PlanDocuments.strict().read(DIR.resolve(name));
  }

  /** A sample read and checked, named as the tool would name it from strategy-examples. */
  static CheckedFile checked(String name) {
    return checked(name, Language.EN);
  }

  static CheckedFile checked(String name, Language language) {
    PlanDocument document = read(name);
    return CheckedFile.checked("samples/" + name, document,
        (language == Language.RU ? CHECKER_RU : CHECKER).check(document));
  }

  /** A file that is not there. */
  static CheckedFile missing() {
    String file = "samples/no-such-plan.json";
    try {
      PlanDocuments.strict().read(DIR.resolve("no-such-plan.json"));
    } catch (PlanDocumentException e) {
      return CheckedFile.unreadable(file, e);
    }
    throw new AssertionError("no-such-plan.json exists");
  }

  /** A document that is not valid: a string where a number belongs, at line 5. */
  static CheckedFile broken() {
    String json = """
        {
          "format": "strategy-session/1",
          "company": "Broken Ltd",
          "planningYear": 2027,
          "departments": "many"
        }
        """;
    try {
      PlanDocuments.strict().read(json);
    } catch (PlanDocumentException e) {
      return CheckedFile.unreadable("plans/broken.json", e);
    }
    throw new AssertionError("the broken document was read");
  }

  /**
   * A document whose text needs escaping in HTML and quoting in CSV: markup, ampersands,
   * commas, quotes, a line break, a leading '#' and surrounding spaces.
   */
  static PlanDocument awkward() {
    return PlanDocuments.strict().read("""
        {
          "format": "strategy-session/1",
          "company": "R&D <Labs>",
          "planningYear": 2027,
          "people": [
            {"id": "ann", "name": "Ann \\"Red\\" Lee", "department": "sales", "role": "HEAD"}
          ],
          "departments": [
            {"id": "sales", "name": "Sales, Europe", "kind": "SALES", "head": "ann"},
            {"id": "it", "kind": "IT"}
          ],
          "plans": [
            {
              "department": "sales",
              "tasks": [
                {"id": "sales.t1", "title": "Kit, \\"deluxe\\"", "owner": "ann",
                 "months": [2, 3], "status": "APPROVED",
                 "needs": [{"department": "it", "what": "two\\nlines"}]},
                {"id": "sales.t2", "title": "#1 <script>alert(1)</script>", "months": [1],
                 "status": "PROPOSED"},
                {"id": "sales.t3", "title": " padded ", "owner": "ann", "months": [5],
                 "status": "PROPOSED"}
              ]
            }
          ]
        }
        """);
  }
}
