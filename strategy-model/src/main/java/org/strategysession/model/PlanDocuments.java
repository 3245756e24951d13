package org.strategysession.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
  private final ObjectMapper mapper;
  private final ObjectWriter writer;

  private PlanDocuments(boolean lenient, ReadLimits limits) {
    this.lenient = lenient;
    this.limits = limits;
    this.mapper = mapper(lenient, limits);
    this.writer = mapper.writer(printer());
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
      parser = mapper.getFactory().createParser(bytes);
      PlanDocument document = mapper.readValue(parser, PlanDocument.class);
      if (document == null) {
        throw located("the document is null; expected an object", parser, "");
      }
      requireEnd(parser);
      return document;
    } catch (PlanDocumentException e) {
      throw e;
    } catch (JsonProcessingException e) {
      throw translate(e, parser, bytes);
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
   * a UTF-8 byte order mark (binary data; JSON text starts with ASCII). Jackson would otherwise guess an encoding from the first bytes and report garbled
   * characters instead of saying what the input is.
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
  private static void requireEnd(JsonParser parser) throws IOException {
    JsonToken next;
    try {
      next = parser.nextToken();
    } catch (StreamConstraintsException e) {
      throw e; // a limit (the document size, checked as input is loaded), not trailing content
    } catch (JsonProcessingException e) {
      throw located("unexpected content after the end of the document", e, parser, "");
    }
    if (next != null) {
      throw located(
          "unexpected content after the end of the document: " + describeToken(parser),
          parser, "");
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
    Objects.requireNonNull(value, "value");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator gen = mapper.getFactory().createGenerator(out)) {
      writer.writeValue(gen, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8) + "\n";
  }

  // ---------------------------------------------------------------------------------------

  private static ObjectMapper mapper(boolean lenient, ReadLimits limits) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxNestingDepth())
                    .maxDocumentLength(limits.maxDocumentBytes())
                    .maxStringLength(limits.maxStringLength())
                    .maxNumberLength(limits.maxNumberLength())
                    .maxNameLength(limits.maxStringLength())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Messages never quote the input: it may be large, and it is the user's data.
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            // The caller owns the stream: read(InputStream) promises not to close it.
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();
    JsonMapper mapper =
        JsonMapper.builder(factory)
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .disable(MapperFeature.AUTO_DETECT_GETTERS)
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(MapperFeature.AUTO_DETECT_FIELDS)
            .disable(MapperFeature.AUTO_DETECT_SETTERS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, !lenient)
            // Trailing content is checked by requireEnd, with a message of its own.
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .defaultPropertyInclusion(
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
            .build();
    for (Class<?> container :
        List.of(List.class, Collection.class, Set.class, Map.class, SortedMap.class)) {
      mapper
          .configOverride(container)
          .setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null))
          // Rejected by Jackson itself, a null member is reported at its own index; left to
          // the immutable builders, it surfaces as a bare NullPointerException of the owner.
          .setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
    }
    for (LogicalType type : LogicalType.values()) {
      if (type == LogicalType.Textual) {
        continue; // "" is a string like any other
      }
      mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Float)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Enum)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    return mapper;
  }

  private static DefaultPrettyPrinter printer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }

  private static final Pattern REQUIRED = Pattern.compile("required attributes are not set \\[(.*)]");

  private PlanDocumentException translate(
      JsonProcessingException e, JsonParser parser, byte[] bytes) {
    String pointer = pointerOf(e, parser);
    StreamConstraintsException limit = findCause(e, StreamConstraintsException.class);
    if (limit != null) {
      String m = String.valueOf(limit.getOriginalMessage());
      if (m.contains("MaxNameLength")) {
        pointer = containerPointer(parser);
      }
      return located(limitReason(m), e, parser, pointer);
    }
    if (e instanceof ValueInstantiationException) {
      Throwable cause = e.getCause();
      if (cause instanceof InvalidValueException) {
        InvalidValueException invalid = (InvalidValueException) cause;
        return relocated(invalid.getMessage(), e, parser, bytes, pointer + invalid.relativePointer());
      }
      if (cause instanceof IllegalStateException && cause.getMessage() != null) {
        Matcher m = REQUIRED.matcher(cause.getMessage());
        if (m.find()) {
          List<String> missing = Arrays.asList(m.group(1).split(",\\s*"));
          String fields =
              missing.stream().map(f -> "\"" + f + "\"").collect(Collectors.joining(", "));
          String reason = "missing required field " + fields;
          if (pointer.isEmpty() && missing.contains("format")) {
            reason += "; the format must be \"" + PlanDocument.FORMAT + "\"";
          }
          return relocated(reason, e, parser, bytes, pointer);
        }
      }
      if (cause instanceof NullPointerException) {
        return relocated("null is not allowed here", e, parser, bytes, pointer);
      }
      return relocated(
          "invalid value: " + (cause == null ? e.getOriginalMessage() : cause.getMessage()),
          e, parser, bytes, pointer);
    }
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
      String known =
          u.getKnownPropertyIds() == null
              ? ""
              : "; known fields: "
                  + u.getKnownPropertyIds().stream()
                      .map(String::valueOf)
                      .sorted()
                      .collect(Collectors.joining(", "));
      return located("unknown field \"" + u.getPropertyName() + "\"" + known, e, parser, pointer);
    }
    if (e instanceof InvalidFormatException) {
      InvalidFormatException f = (InvalidFormatException) e;
      Class<?> target = f.getTargetType();
      String value = describe(f.getValue());
      if (target != null && target.isEnum()) {
        String allowed =
            Arrays.stream(target.getEnumConstants())
                .map(String::valueOf)
                .collect(Collectors.joining(", "));
        return located(
            "unknown value " + value + " for " + target.getSimpleName() + "; allowed: " + allowed,
            e, parser, pointer);
      }
      if (target == LocalDate.class) {
        return located(value + " is not a date (YYYY-MM-DD)", e, parser, pointer);
      }
      if (target == LocalTime.class) {
        return located(value + " is not a time (HH:mm)", e, parser, pointer);
      }
      return located(value + " is not " + typeName(target), e, parser, pointer);
    }
    if (e instanceof MismatchedInputException) {
      MismatchedInputException m = (MismatchedInputException) e;
      JsonToken token = parser == null ? null : parser.currentToken();
      if (token == null && pointer.isEmpty()) {
        return located("the document is empty; expected an object", e, parser, pointer);
      }
      Throwable cause = e.getCause();
      if (cause instanceof java.time.DateTimeException) {
        return located(
            describeToken(parser) + " is not " + typeName(m.getTargetType()),
            e, parser, pointer);
      }
      return located(
          "expected " + typeName(m.getTargetType()) + " but found " + describeToken(parser),
          e, parser, pointer);
    }
    if (e instanceof JsonMappingException && e.getCause() instanceof InvalidValueException) {
      InvalidValueException invalid = (InvalidValueException) e.getCause();
      return relocated(invalid.getMessage(), e, parser, bytes, pointer + invalid.relativePointer());
    }
    InputCoercionException overflow = findCause(e, InputCoercionException.class);
    if (overflow != null) {
      Matcher m = OUT_OF_RANGE.matcher(String.valueOf(overflow.getOriginalMessage()));
      if (m.find()) {
        return located(m.group(1) + " is out of range of an integer", e, parser, pointer);
      }
    }
    String reason = e.getOriginalMessage();
    if (reason == null) {
      reason = e.getClass().getSimpleName();
    }
    JsonParseException syntax = findCause(e, JsonParseException.class);
    if (syntax != null) {
      reason = syntax.getOriginalMessage() == null ? reason : syntax.getOriginalMessage();
      Matcher dup = DUPLICATE.matcher(reason);
      if (dup.find()) {
        return located("duplicate field \"" + dup.group(1) + "\"", e, parser, pointer);
      }
      return located("malformed JSON: " + clean(reason), e, parser, pointer);
    }
    return located(clean(reason), e, parser, pointer);
  }

  private static final Pattern OUT_OF_RANGE =
      Pattern.compile("Numeric value \\((.*)\\) out of range of (int|long)");

  private static final Pattern SOURCE =
      Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)]");

  /** The first line of a Jackson message, without the description of the input source. */
  private static String clean(String jacksonMessage) {
    return SOURCE.matcher(firstLine(jacksonMessage)).replaceAll("line $1, column $2");
  }

  /** The pointer of the object or array the parser is in. */
  private static String containerPointer(JsonParser parser) {
    if (parser == null || parser.getParsingContext() == null) {
      return "";
    }
    JsonStreamContext context = parser.getParsingContext();
    return context.getParent() == null ? "" : context.getParent().pathAsPointer().toString();
  }

  /**
   * The error located at the value the pointer names. Jackson reports errors found on building
   * a value (a month out of range, a missing id) where parsing stopped, the value's last token;
   * the value itself is found again by a second pass over the input, done only on this error
   * path. Falls back to Jackson's location if the pointer is not found.
   */
  private PlanDocumentException relocated(
      String reason, JsonProcessingException e, JsonParser parser, byte[] bytes, String pointer) {
    try (JsonParser scan = mapper.getFactory().createParser(bytes)) {
      JsonToken token;
      while ((token = scan.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
          continue;
        }
        JsonStreamContext context = scan.getParsingContext();
        String at =
            token.isStructStart()
                ? (context.getParent() == null ? "" : context.getParent().pathAsPointer().toString())
                : context.pathAsPointer().toString();
        if (at.equals(pointer)) {
          JsonLocation loc = scan.currentTokenLocation();
          return new PlanDocumentException(
              reason, Math.max(0, loc.getLineNr()), Math.max(0, loc.getColumnNr()), pointer);
        }
      }
    } catch (IOException ignored) {
      // the input broke before the value: keep Jackson's location below
    }
    return located(reason, e, parser, pointer);
  }

  private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)'");

  /** Names the limit in this library's terms (Jackson's message names its own classes). */
  private String limitReason(String jacksonMessage) {
    String m = jacksonMessage == null ? "" : jacksonMessage;
    if (m.contains("MaxStringLength")) {
      return "a string is longer than the limit of " + limits.maxStringLength()
          + " characters (ReadLimits.maxStringLength)";
    }
    if (m.contains("MaxNameLength")) {
      return "a field name is longer than the limit of " + limits.maxStringLength()
          + " characters (ReadLimits.maxStringLength)";
    }
    if (m.contains("MaxNumberLength")) {
      return "a number is longer than the limit of " + limits.maxNumberLength()
          + " characters (ReadLimits.maxNumberLength)";
    }
    if (m.contains("MaxNestingDepth")) {
      return "objects and arrays are nested deeper than the limit of "
          + limits.maxNestingDepth() + " (ReadLimits.maxNestingDepth)";
    }
    if (m.contains("MaxDocumentLength")) {
      return "the document is larger than the limit of " + limits.maxDocumentBytes()
          + " bytes (ReadLimits.maxDocumentBytes)";
    }
    return "input over a read limit: " + firstLine(m);
  }

  private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static String describe(Object value) {
    if (value instanceof String) {
      String s = (String) value;
      return "\"" + (s.length() > 60 ? s.substring(0, 60) + "…" : s) + "\"";
    }
    return String.valueOf(value);
  }

  private static String describeToken(JsonParser parser) {
    if (parser == null || parser.currentToken() == null) {
      return "nothing";
    }
    JsonToken t = parser.currentToken();
    try {
      switch (t) {
        case START_OBJECT:
          return "an object";
        case START_ARRAY:
          return "an array";
        case VALUE_STRING:
          return "string " + describe(parser.getText());
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return "number " + parser.getText();
        case VALUE_TRUE:
        case VALUE_FALSE:
          return "boolean " + parser.getText();
        case VALUE_NULL:
          return "null";
        default:
          return t.asString() == null ? t.name() : t.asString();
      }
    } catch (IOException ex) {
      return t.name();
    }
  }

  private static String typeName(Class<?> type) {
    if (type == null) {
      return "a value";
    }
    if (type == int.class || type == Integer.class || type == long.class) {
      return "an integer";
    }
    if (type == java.math.BigDecimal.class || type == double.class) {
      return "a number";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "a boolean";
    }
    if (type == LocalDate.class) {
      return "date (YYYY-MM-DD)";
    }
    if (type == LocalTime.class) {
      return "time (HH:mm)";
    }
    if (type.isEnum()) {
      return "one of "
          + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "an object";
  }

  /**
   * The deeper of the two places Jackson knows: the databind path and the parser's context
   * (a limit or syntax error deep inside a value is known to the parser only).
   */
  private static String pointerOf(JsonProcessingException e, JsonParser parser) {
    String fromPath = pathPointer(e);
    String fromParser = "";
    if (parser != null && parser.getParsingContext() != null) {
      fromParser = parser.getParsingContext().pathAsPointer().toString();
    }
    return fromParser.startsWith(fromPath) ? fromParser : fromPath;
  }

  private static String pathPointer(JsonProcessingException e) {
    if (e instanceof JsonMappingException) {
      List<JsonMappingException.Reference> path = ((JsonMappingException) e).getPath();
      if (!path.isEmpty()) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
          sb.append('/');
          if (ref.getFieldName() != null) {
            sb.append(JsonPointers.token(ref.getFieldName()));
          } else if (ref.getIndex() >= 0) {
            sb.append(ref.getIndex());
          } else {
            sb.append('-');
          }
        }
        return sb.toString();
      }
    }
    return "";
  }


  private static PlanDocumentException located(
      String reason, JsonProcessingException e, JsonParser parser, String pointer) {
    JsonLocation loc = e.getLocation();
    if ((loc == null || loc.getLineNr() < 1) && parser != null) {
      loc = parser.currentLocation();
    }
    int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
    int column = loc == null ? 0 : Math.max(0, loc.getColumnNr());
    return new PlanDocumentException(reason, line, column, pointer);
  }

  private static PlanDocumentException located(String reason, JsonParser parser, String pointer) {
    JsonLocation loc = parser.currentLocation();
    return new PlanDocumentException(
        reason, Math.max(0, loc.getLineNr()), Math.max(0, loc.getColumnNr()), pointer);
  }
}
