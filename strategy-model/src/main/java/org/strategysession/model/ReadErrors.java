package org.strategysession.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns what Jackson throws for bad input into the one {@link PlanDocumentException} of
 * {@link PlanDocuments}: a reason in this library's words (never Jackson's class names or a
 * quote of the input beyond a short value), the line and column, and the JSON Pointer of the
 * offending value. Immutable and thread-safe.
 */
final class ReadErrors {
  private final JsonFactory factory;
  private final ReadLimits limits;

  /**
   * @param factory the reader's factory, to find a value again in the input
   * @param limits the reader's limits, named in the messages of a limit exceeded
   */
  ReadErrors(JsonFactory factory, ReadLimits limits) {
    this.factory = factory;
    this.limits = limits;
  }

  private static final Pattern REQUIRED =
      Pattern.compile("required attributes are not set \\[(.*)]");

  /**
   * The reader's error for what Jackson threw while reading {@code bytes}.
   *
   * @param e what Jackson threw
   * @param parser the parser that was reading, or null if it could not be created
   * @param bytes the whole input, to locate a value Jackson reports only once complete
   */
  PlanDocumentException translate(JsonProcessingException e, JsonParser parser, byte[] bytes) {
    String pointer = pointerOf(e, parser);
    StreamConstraintsException limit = findCause(e, StreamConstraintsException.class);
    if (limit != null) {
      String m = String.valueOf(limit.getOriginalMessage());
      if (m.contains("MaxNameLength")) {
        pointer = containerPointer(parser);
      }
      return located(limitReason(m), e, parser, pointer);
    }
    if (findCause(e, NumberFormatException.class) != null
        || String.valueOf(e.getOriginalMessage()).contains("deserialized as `java.math.BigDecimal`")) {
      // a number no BigDecimal holds (an exponent of many digits): out of range for a plan
      return located(numberText(parser) + " is out of range", e, parser, pointer);
    }
    if (e instanceof ValueInstantiationException) {
      Throwable cause = e.getCause();
      if (cause instanceof InvalidValueException) {
        InvalidValueException invalid = (InvalidValueException) cause;
        return relocated(
            invalid.getMessage(), e, parser, bytes, pointer + invalid.relativePointer());
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
      return relocated(
          invalid.getMessage(), e, parser, bytes, pointer + invalid.relativePointer());
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
    try (JsonParser scan = factory.createParser(bytes)) {
      JsonToken token;
      while ((token = scan.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
          continue;
        }
        JsonStreamContext context = scan.getParsingContext();
        String at =
            token.isStructStart() ? containerPointer(scan) : context.pathAsPointer().toString();
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

  /** The parser's current token in a message's words: {@code string "x"}, {@code an object}. */
  static String describeToken(JsonParser parser) {
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
          + Arrays.stream(type.getEnumConstants())
              .map(String::valueOf)
              .collect(Collectors.joining(", "));
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

  /**
   * The error at Jackson's location of {@code e}, or at the parser's where Jackson knows
   * none.
   */
  static PlanDocumentException located(
      String reason, JsonProcessingException e, JsonParser parser, String pointer) {
    JsonLocation loc = e.getLocation();
    if ((loc == null || loc.getLineNr() < 1) && parser != null) {
      loc = parser.currentLocation();
    }
    int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
    int column = loc == null ? 0 : Math.max(0, loc.getColumnNr());
    return new PlanDocumentException(reason, line, column, pointer);
  }

  /** The error at the parser's current location. */
  static PlanDocumentException located(String reason, JsonParser parser, String pointer) {
    JsonLocation loc = parser.currentLocation();
    return new PlanDocumentException(
        reason, Math.max(0, loc.getLineNr()), Math.max(0, loc.getColumnNr()), pointer);
  }

  /** A number at the parser's place that no plan number can be (its exponent too large). */
  static PlanDocumentException numberOutOfRange(JsonParser parser) {
    String pointer;
    try {
      pointer = parser.getParsingContext().pathAsPointer().toString();
    } catch (RuntimeException e) {
      pointer = "";
    }
    return located(numberText(parser) + " is out of range", parser, pointer);
  }

  /** {@code number 1e99999} for the number at the parser's place (shortened), or "a number". */
  private static String numberText(JsonParser parser) {
    String text = null;
    try {
      text = parser == null ? null : parser.getText();
    } catch (IOException | RuntimeException e) {
      // the place is still known; the number's text only adds to the message
    }
    if (text == null) {
      return "a number";
    }
    return "number " + (text.length() <= 40 ? text : text.substring(0, 37) + "...");
  }
}
