package org.strategysession.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.strategysession.model.Language.Noun;

class LanguageTest {
  private static final Noun ERROR = new Noun("error", "errors", "ошибка", "ошибки", "ошибок");

  @Test
  void english_has_one_form_for_one_and_another_for_every_other_count() {
    assertThat(Language.EN.count(1, ERROR)).isEqualTo("1 error");
    assertThat(Language.EN.count(0, ERROR)).isEqualTo("0 errors");
    assertThat(Language.EN.count(2, ERROR)).isEqualTo("2 errors");
    assertThat(Language.EN.count(21, ERROR)).isEqualTo("21 errors");
  }

  @Test
  void russian_has_one_few_and_many() {
    assertThat(Language.RU.count(1, ERROR)).isEqualTo("1 ошибка");
    assertThat(Language.RU.count(21, ERROR)).isEqualTo("21 ошибка");
    assertThat(Language.RU.count(101, ERROR)).isEqualTo("101 ошибка");
    assertThat(Language.RU.count(2, ERROR)).isEqualTo("2 ошибки");
    assertThat(Language.RU.count(22, ERROR)).isEqualTo("22 ошибки");
    assertThat(Language.RU.count(0, ERROR)).isEqualTo("0 ошибок");
    assertThat(Language.RU.count(5, ERROR)).isEqualTo("5 ошибок");
    assertThat(Language.RU.count(11, ERROR)).isEqualTo("11 ошибок");
    assertThat(Language.RU.count(12, ERROR)).isEqualTo("12 ошибок");
    assertThat(Language.RU.count(14, ERROR)).isEqualTo("14 ошибок");
    assertThat(Language.RU.count(111, ERROR)).isEqualTo("111 ошибок");
  }

  @Test
  void month_names_short_and_full() {
    assertThat(Language.EN.shortMonth(1)).isEqualTo("Jan");
    assertThat(Language.RU.shortMonth(12)).isEqualTo("Дек");
    assertThat(Language.EN.month(3)).isEqualTo("March");
    assertThat(Language.RU.month(5)).isEqualTo("Май");
    assertThatThrownBy(() -> Language.EN.month(13)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Language.EN.shortMonth(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tags_and_locales() {
    assertThat(Language.forTag("ru")).isEqualTo(Language.RU);
    assertThat(Language.forTag("ru-RU")).isEqualTo(Language.RU);
    assertThat(Language.forTag("EN_us")).isEqualTo(Language.EN);
    assertThatThrownBy(() -> Language.forTag("de"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use en or ru");
    assertThat(Language.of(Locale.forLanguageTag("ru-RU"))).isEqualTo(Language.RU);
    assertThat(Language.of(Locale.GERMAN)).isEqualTo(Language.EN);
    assertThat(Language.of(null)).isEqualTo(Language.EN);
    assertThat(Language.RU.toString()).isEqualTo("ru");
    assertThat(Language.RU.locale().getLanguage()).isEqualTo("ru");
  }
}
