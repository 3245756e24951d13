package org.strategysession.workbook;

import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.Language;
import org.strategysession.model.PlanDocument;

/**
 * Lays a document out as a workbook, sheet by sheet in the order a person fills them: the
 * instructions, the session, the company's goals, a sheet per department plan, then the
 * sheets of the session itself and of what follows it.
 */
final class WorkbookWriter {
  private WorkbookWriter() {}

  /** The workbook for a document; the caller writes and closes it. */
  static XSSFWorkbook write(PlanDocument doc, Language language) {
    WorkbookDraft draft = new WorkbookDraft(language);
    try {
      InstructionsSheet.write(draft);
      SessionSheet.write(draft, doc);
      CompanyGoalsSheet.write(draft, doc);
      for (DepartmentPlan plan : doc.plans()) {
        PlanSheet.write(draft, doc, plan);
      }
      AgendaSheet.write(draft, doc);
      RemarksSheet.write(draft, doc);
      InitiativesSheet.write(draft, doc);
      FollowUpSheet.write(draft, doc);
      return draft.finish();
    } catch (RuntimeException e) {
      try {
        draft.close();
      } catch (IOException ignored) {
        // nothing was written anywhere; the original failure is what matters
      }
      throw e;
    }
  }
}
