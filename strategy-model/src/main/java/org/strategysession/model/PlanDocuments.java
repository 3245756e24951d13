package org.strategysession.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The one reader and writer of {@code strategy-session/1} documents.
 *
 * <p>Reading is strict by default: unknown fields, duplicate keys, trailing content, wrong
 * types (no coercion of {@code "2027"} to a number, of {@code 1} to an enum or of {@code
 * "true"} to a boolean), unknown enum values (the message lists the allowed ones), meaningless
 * values ({@link InvalidValueException}) and input over the {@link ReadLimits} are rejected
 * with a {@link PlanDocumentException} that names the line, column and JSON Pointer; no other
 * exception escapes for bad input. {@link #lenient()} ignores unknown fields (for documents
 * from newer producers) and is otherwise as strict. No polymorphic typing is ever enabled.
 *
 * <p>Nulls: a field whose value is {@code null} (e.g. {@code "people": null} or {@code
 * "name": null}) is read as absent, as producers that write every field of a draft tend to
 * emit them; a required field that is {@code null} is reported missing. A {@code null} member
 * of a list or month map ({@code "people": [null]}) is rejected at its own pointer ({@code
 * /people/0}), since a list cannot hold nothing.
 *
 * <p>Input is UTF-8 (a UTF-8 byte order mark is skipped); UTF-16, UTF-32 and other binary
 * input is rejected before parsing.
 *
 * <p>Writing is deterministic: properties in the order of {@code FORMAT.md} (pinned by
 * {@code @JsonPropertyOrder}), month maps by month, absent values and empty lists left out,
 * two-space indentation, {@code \n} line ends and a final newline. A written document reads
 * back equal.
 *
 * <p>Instances are immutable and thread-safe; share them. Every method rejects a null
 * argument with a {@link NullPointerException}.
 */
public final class PlanDocuments {
  private static final PlanDocuments STRICT = new PlanDocuments(false, ReadLimits.defaults());

  private final boolean lenient;
  private final ReadLimits limits;
  private final JsonMapping json;
  private final ReadErrors errors;

  private PlanDocuments(boolean lenient, ReadLimits limits) {
    this.lenient = lenient;
    this.limits = limits;
    this.json = new JsonMapping(lenient, limits);
    this.errors = new ReadErrors(json.factory(), limits);
  }

  /** The strict reader/writer with default limits. */
  public static PlanDocuments strict() {
    return STRICT;
  }

  /** A reader/writer that ignores unknown fields, with default limits. */
  public static PlanDocuments lenient() {
    return new PlanDocuments(true, ReadLimits.defaults());
  }

  /** This reader/writer with other limits; {@code limits} not null. */
  public PlanDocuments withLimits(ReadLimits limits) {
    return new PlanDocuments(lenient, Objects.requireNonNull(limits, "limits"));
  }

  /** This reader/writer, ignoring unknown fields or not. */
  public PlanDocuments withLenient(boolean lenient) {
    return lenient == this.lenient ? this : new PlanDocuments(lenient, limits);
  }

  /** Whether unknown fields are ignored rather than rejected. */
  public boolean isLenient() {
    return lenient;
  }

  /** The limits this reader applies; never null. */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads a document from a file.
   *
   * @param file not null
   * @return the document; never null
   * @throws PlanDocumentException if the file cannot be read or is not a plan document
   */
  public PlanDocument read(Path file) {
    Objects.requireNonNull(file, "file");
    byte[] bytes;
    try {
      long size = Files.size(file);
      requireSize(size);
      if (size > MAX_BUFFER) {
        throw new PlanDocumentException(
            "the document of " + size + " bytes is too large to read into memory", 0, 0, "");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new PlanDocumentException("no such file: " + file, 0, 0, "");
    } catch (IOException e) {
      throw new PlanDocumentException("cannot read " + file + ": " + e.getMessage(), 0, 0, "");
    }
    return parse(bytes);
  }

  /**
   * Reads a document from a string.
   *
   * @param json not null
   * @return the document; never null
   * @throws PlanDocumentException if the text is not a plan document
   */
  public PlanDocument read(String json) {
    Objects.requireNonNull(json, "json");
    // Every char takes at least one UTF-8 byte: a longer text cannot fit, and is not encoded.
    if (json.length() > limits.maxDocumentBytes()) {
      throw new PlanDocumentException(
          "the document is larger than the limit of " + limits.maxDocumentBytes()
              + " bytes (ReadLimits.maxDocumentBytes): at least " + json.length() + " bytes",
          0, 0, "");
    }
    return parse(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a document from a UTF-8 stream; the stream is read to its end (or until the document
   * size limit is exceeded) but not closed.
   *
   * @param in not null
   * @return the document; never null
   * @throws PlanDocumentException if the input cannot be read or is not a plan document
   */
  public PlanDocument read(InputStream in) {
    Objects.requireNonNull(in, "in");
    long max = Math.min(limits.maxDocumentBytes(), MAX_BUFFER);
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) max + 1);
    } catch (IOException e) {
      throw new PlanDocumentException("cannot read the document: " + e.getMessage(), 0, 0, "");
    }
    if (bytes.length > max) {
      throw new PlanDocumentException(
          "the document is larger than the limit of " + max
              + " bytes (ReadLimits.maxDocumentBytes)",
          0, 0, "");
    }
    return parse(bytes);
  }

  /** The largest array the JVM reliably allocates. */
  private static final long MAX_BUFFER = Integer.MAX_VALUE - 16;

  private void requireSize(long bytes) {
    if (bytes > limits.maxDocumentBytes()) {
      throw new PlanDocumentException(
          "the document is larger than the limit of " + limits.maxDocumentBytes()
              + " bytes (ReadLimits.maxDocumentBytes): " + bytes + " bytes",
          0, 0, "");
    }
  }

  /**
   * Parses the whole input, held in memory: a plan is small, the size is bounded by the limits,
   * and having the bytes lets an error found only once a value is complete (a month out of
   * range, a missing id) be located at the value itself rather than where parsing stopped.
   */
  private PlanDocument parse(byte[] bytes) {
    requireSize(bytes.length);
    requireText(bytes);
    JsonParser parser = null;
    try {
      parser = json.factory().createParser(bytes);
      PlanDocument document = json.read(parser);
      if (document == null) {
        throw ReadErrors.located("the document is null; expected an object", parser, "");
      }
      requireEnd(parser);
      return document;
    } catch (PlanDocumentException e) {
      throw e;
    } catch (JsonProcessingException e) {
      throw errors.translate(e, parser, bytes);
    } catch (NumberFormatException e) {
      // A number no BigDecimal holds (an exponent of many digits), reached past Jackson's
      // own checks: out of range like any other number too large for a plan.
      throw ReadErrors.numberOutOfRange(parser);
    } catch (IOException e) {
      throw new PlanDocumentException("cannot read the document: " + e.getMessage(), 0, 0, "");
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (IOException ignored) {
          // the document is read or rejected already; a failing close changes neither
        }
      }
    }
  }

  /**
   * Rejects input that is not UTF-8 JSON text up front: UTF-16 and UTF-32 (a byte order mark or
   * a NUL among the first bytes), and input whose first byte is neither ASCII nor the start of
   * a UTF-8 byte order mark (binary data; JSON text starts with ASCII). Jackson would otherwise
   * guess an encoding from the first bytes and report garbled characters instead of saying
   * what the input is.
   */
  private static void requireText(byte[] bytes) {
    int n = Math.min(4, bytes.length);
    boolean utf16Bom =
        n >= 2
            && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
    boolean nul = false;
    for (int i = 0; i < n; i++) {
      nul |= bytes[i] == 0;
    }
    boolean utf8Bom =
        bytes.length >= 3
            && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    boolean binary = !utf8Bom && bytes.length > 0 && (bytes[0] & 0x80) != 0;
    if (utf16Bom || nul || binary) {
      throw new PlanDocumentException(
          String.format(
              "the document is not UTF-8 JSON text (it starts with byte 0x%02X, like UTF-16,"
                  + " UTF-32 or binary data)",
              bytes[0] & 0xFF),
          1, 1, "");
    }
  }

  /**
   * Checks that nothing but whitespace follows the document. Done here rather than by
   * Jackson's trailing-token check so that the error says what it is about, whichever token
   * (or malformed input) follows.
   */
  private static final String TRAILING = "unexpected content after the end of the document";

  private static void requireEnd(JsonParser parser) throws IOException {
    JsonToken next;
    try {
      next = parser.nextToken();
    } catch (StreamConstraintsException e) {
      throw e; // a limit (the document size, checked as input is loaded), not trailing content
    } catch (JsonProcessingException e) {
      throw ReadErrors.located(TRAILING, e, parser, "");
    }
    if (next != null) {
      throw ReadErrors.located(TRAILING + ": " + ReadErrors.describeToken(parser), parser, "");
    }
  }

  /**
   * The document as JSON text, ending with a newline.
   *
   * @param document not null
   * @return the text; never null
   */
  public String write(PlanDocument document) {
    return writeJson(document);
  }

  /**
   * Writes the document as UTF-8 JSON; the stream is not closed.
   *
   * @param document not null
   * @param out not null
   * @throws IOException if the stream fails
   */
  public void write(PlanDocument document, OutputStream out) throws IOException {
    out.write(write(document).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes the document to a file as UTF-8 JSON, replacing the file.
   *
   * @param document not null
   * @param file not null
   * @throws IOException if the file cannot be written
   */
  public void write(PlanDocument document, Path file) throws IOException {
    Files.writeString(file, write(document), StandardCharsets.UTF_8);
  }

  /**
   * Any model value (a {@link Roadmap}, say) as deterministic JSON in the document style,
   * ending with a newline.
   *
   * @param value not null
   * @return the text; never null
   */
  public String writeJson(Object value) {
    return json.write(Objects.requireNonNull(value, "value"));
  }
}
