package org.strategysession.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.strategysession.model.Language;

class NounsTest {
  @Test
  void counts_in_english_and_russian() {
    assertThat(Nouns.counts(Language.EN, 1, 2, 0)).isEqualTo("1 error, 2 warnings, 0 infos");
    assertThat(Nouns.counts(Language.RU, 1, 2, 5))
        .isEqualTo("1 ошибка, 2 предупреждения, 5 замечаний");
    assertThat(Nouns.errors(Language.RU, 11)).isEqualTo("11 ошибок");
    assertThat(Nouns.errors(Language.RU, 21)).isEqualTo("21 ошибка");
    assertThat(Nouns.errors(Language.RU, 22)).isEqualTo("22 ошибки");
    assertThat(Nouns.errors(Language.RU, 14)).isEqualTo("14 ошибок");
    assertThat(Nouns.files(Language.RU, 3)).isEqualTo("3 файла");
  }
}
