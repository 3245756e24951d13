package org.strategysession.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (2020-12) of the {@code strategy-session/1} format, version 1.1, as shipped
 * in this jar: the same file as {@code docs/strategy-session.schema.json}, for producers that do
 * not use Java and for editors. It states what {@link PlanDocuments#strict()} rejects as far as
 * a schema can (types, enums, ranges, required fields, unknown fields, month keys, dates and
 * times, blank ids); unique ids and references are left to the rules. A document may name the
 * schema in its top-level {@code "$schema"}, which the reader keeps and otherwise ignores.
 *
 * <p>Stateless and thread-safe.
 */
public final class FormatSchema {
  /** The schema's {@code $id}: a URN, since the format has no web address of its own. */
  public static final String ID = "urn:strategy-session:schema:1.1";

  /** The schema's class-path resource name (for {@link ClassLoader#getResource}). */
  public static final String RESOURCE = "org/strategysession/model/strategy-session.schema.json";

  private FormatSchema() {}

  /** Read on first use (most users of the model never ask); a race only reads it twice. */
  private static volatile String text;

  /**
   * The schema's text, as in the file (UTF-8, ending with a newline).
   *
   * @return the JSON text; never null
   * @throws IllegalStateException if the jar lacks the schema (a broken build)
   * @throws UncheckedIOException if the jar cannot be read
   */
  public static String text() {
    String t = text;
    if (t == null) {
      try (InputStream in = resource().openStream()) {
        t = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the format's JSON Schema " + RESOURCE, e);
      }
      text = t;
    }
    return t;
  }

  /**
   * Where the schema is on the class path, for validators that load a schema by URL.
   *
   * @return the resource's URL; never null
   * @throws IllegalStateException if the jar lacks the schema (a broken build)
   */
  public static URL resource() {
    URL url = FormatSchema.class.getClassLoader().getResource(RESOURCE);
    if (url == null) {
      throw new IllegalStateException(
          "the format's JSON Schema " + RESOURCE + " is not on the class path");
    }
    return url;
  }
}
