package org.strategysession.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlPageTest {
  @Test
  void text_is_escaped() {
    assertThat(HtmlPage.escape("<b>\"R&D\" 'x'</b>"))
        .isEqualTo("&lt;b&gt;&quot;R&amp;D&quot; &#39;x&#39;&lt;/b&gt;");
  }
}
