package org.strategysession.reports;

import gg.jte.html.HtmlTemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import java.util.function.Consumer;

/**
 * Renders the HTML templates ({@code src/main/jte}, compiled to Java by the build): the frame
 * of every page is {@code page.jte}, with its stylesheet inline.
 *
 * <p>The templates are called as the plain static methods jte generates for them, not through
 * a template engine looked up at run time: no template is parsed, compiled or found by
 * reflection when a report is written, which a short command-line run would pay for at every
 * start.
 */
final class HtmlPage {
  private HtmlPage() {}

  /**
   * The text a template writes. The output escapes every value for where it lands (element
   * text or attribute value); templates write nothing unescaped.
   */
  static String render(Consumer<HtmlTemplateOutput> template) {
    StringOutput text = new StringOutput();
    template.accept(new OwaspHtmlTemplateOutput(text));
    return text.toString();
  }
}
