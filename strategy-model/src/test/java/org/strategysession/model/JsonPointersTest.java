package org.strategysession.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonPointersTest {
  @Test
  void tokens_escape_tilde_before_slash_as_rfc_6901_says() {
    assertThat(JsonPointers.token("sales.t1")).isEqualTo("sales.t1");
    assertThat(JsonPointers.token("a/b")).isEqualTo("a~1b");
    assertThat(JsonPointers.token("m~n")).isEqualTo("m~0n");
    // "~1" literally: the tilde is escaped first, so it reads back as "~1", not as "/"
    assertThat(JsonPointers.token("~1")).isEqualTo("~01");
    assertThat(JsonPointers.token("")).isEmpty();
  }

  @Test
  void members_append_one_escaped_token() {
    assertThat(JsonPointers.member("/followUp/trackerRefs", "a/b"))
        .isEqualTo("/followUp/trackerRefs/a~1b");
    assertThat(JsonPointers.member("", "plans")).isEqualTo("/plans");
  }
}
