package org.strategysession.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.strategysession.model.PlanDocumentException;

class ReadErrorsTest {
  @Test
  void file_line_column_reason_and_pointer() {
    assertThat(ReadErrors.located("plans/a.json",
        new PlanDocumentException("expected a number", 12, 21, "/plans/0/kpis/0/target")))
        .isEqualTo("plans/a.json:12:21: expected a number (at /plans/0/kpis/0/target)");
  }

  @Test
  void what_is_unknown_is_left_out() {
    assertThat(ReadErrors.located("a.json", new PlanDocumentException("no such file", 0, 0, "")))
        .isEqualTo("a.json: no such file");
    assertThat(ReadErrors.located("a.json", new PlanDocumentException("too deep", 7, 0, "")))
        .isEqualTo("a.json:7: too deep");
    assertThatThrownBy(() -> ReadErrors.located(null,
        new PlanDocumentException("x", 0, 0, ""))).isInstanceOf(NullPointerException.class);
  }
}
