package org.strategysession.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.strategysession.rules.facts.Label;
import org.strategysession.rules.facts.RefKind;

/** The text of message arguments as {@link Messages} writes them into a template. */
class MessagesTest {
  private static final Locale RU = Locale.forLanguageTag("ru");

  @Test
  void argumentsAreWrittenInPlaceOfTheirPlaceholders() {
    List<Object> args = Arrays.asList(new Label("t1", "Launch"), new Label("t2", " "),
        new MessageValues.Amount(new BigDecimal("1200.50"), "RUB"),
        new MessageValues.Percent(new BigDecimal("12.0")), RefKind.COMPANY_GOAL, null,
        new BigDecimal("4.8E+2"), 2.5);
    String template = "{0}|{1}|{2}|{3}|{4}|{5}|{6}|{7}|{8}";
    assertThat(Messages.render(template, args, Locale.ENGLISH))
        .isEqualTo("t1 \"Launch\"|t2|1200.5 RUB|12%|company goal|none|480|2.5|{8}");
    assertThat(Messages.render(template, args, RU))
        .isEqualTo("t1 «Launch»|t2|1200.5 RUB|12%|цель компании|нет|480|2.5|{8}");
  }

  @Test
  void listItemsAreJoinedWithACommaOnceTheListHasText() {
    List<Object> items = List.of("", new Label("a", null), "", new Label("b", "B"));
    assertThat(Messages.render("[{0}]", List.of(items), Locale.ENGLISH))
        .isEqualTo("[a, , b \"B\"]");
    assertThat(Messages.render(items, Locale.ENGLISH)).isEqualTo("a, , b \"B\"");
    assertThat(Messages.render(List.of(), Locale.ENGLISH)).isEmpty();
  }
}
