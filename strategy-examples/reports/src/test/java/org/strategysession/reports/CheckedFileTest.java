package org.strategysession.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.PlanDocumentException;
import org.strategysession.rules.CheckReport;

class CheckedFileTest {
  private static final PlanDocumentException ERROR =
      new PlanDocumentException("expected a number", 12, 21, "/plans/0/kpis/0/target");

  @Test
  void a_checked_file_has_document_and_report_and_an_unreadable_one_only_its_error() {
    CheckedFile checked = Samples.checked(Samples.CLEAN);
    assertThat(checked.isReadable()).isTrue();
    assertThat(checked.document()).isPresent();
    assertThat(checked.report()).isPresent();
    assertThat(checked.error()).isEmpty();

    CheckedFile unreadable = CheckedFile.unreadable("plans/broken.json", ERROR);
    assertThat(unreadable.isReadable()).isFalse();
    assertThat(unreadable.document()).isEmpty();
    assertThat(unreadable.report()).isEmpty();
    assertThat(unreadable.error()).containsSame(ERROR);
  }

  @Test
  void half_of_a_result_is_rejected() {
    CheckedFile checked = Samples.checked(Samples.CLEAN);
    PlanDocument document = checked.document().orElseThrow();
    CheckReport report = checked.report().orElseThrow();
    assertThatThrownBy(() -> new CheckedFile("f", Optional.of(document), Optional.empty(),
        Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CheckedFile("f", Optional.empty(), Optional.empty(),
        Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CheckedFile("f", Optional.of(document), Optional.of(report),
        Optional.of(ERROR))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CheckedFile.checked(null, document, report))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CheckedFile.unreadable("f", null))
        .isInstanceOf(NullPointerException.class);
  }
}
