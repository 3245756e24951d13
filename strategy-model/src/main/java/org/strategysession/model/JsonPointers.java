package org.strategysession.model;

/**
 * JSON Pointers (RFC 6901) into a plan document, as findings, read errors and reports give
 * them: {@code /plans/0/kpis/2/target}. The one place that knows how a member name becomes a
 * pointer token. Thread-safe.
 */
public final class JsonPointers {
  private JsonPointers() {}

  /**
   * A member name as one pointer token: {@code ~} becomes {@code ~0} and {@code /} becomes
   * {@code ~1} (a tracker key map's {@code "a/b"} is {@code a~1b}).
   *
   * @param name not null
   */
  public static String token(String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return name;
    }
    return name.replace("~", "~0").replace("/", "~1");
  }

  /**
   * The pointer to a member of the value at {@code pointer}: {@code member("/followUp/trackerRefs",
   * "a/b")} is {@code /followUp/trackerRefs/a~1b}.
   *
   * @param pointer a pointer, {@code ""} for the whole document; not null
   * @param name the member's name, not null
   */
  public static String member(String pointer, String name) {
    return pointer + "/" + token(name);
  }
}
