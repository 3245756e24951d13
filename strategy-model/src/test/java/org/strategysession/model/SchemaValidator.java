package org.strategysession.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The format's JSON Schema, as packaged ({@link FormatSchema#text()}), applied the way a
 * producer outside Java would apply it: to JSON text in UTF-8, with format assertions on.
 * Numbers are read as decimals, so that the schema's magnitude limits are judged exactly.
 */
final class SchemaValidator {
  /** How the schema judges one input. */
  enum Outcome {
    /** Not one JSON text in UTF-8: there is nothing for a schema to judge. */
    NOT_JSON,
    ACCEPTED,
    REJECTED
  }

  /** The outcome, the schema's errors (empty unless rejected) and the parse error, if any. */
  record Verdict(Outcome outcome, List<Error> errors, String parseError) {
    boolean accepted() {
      return outcome == Outcome.ACCEPTED;
    }

    /** The instance locations (JSON Pointers) of the errors. */
    List<String> locations() {
      return errors.stream().map(e -> e.getInstanceLocation().toString()).toList();
    }

    @Override
    public String toString() {
      return outcome + (parseError == null ? "" : " (" + parseError + ")")
          + (errors.isEmpty() ? "" : " " + errors);
    }
  }

  /**
   * Instances are read like JSON text anywhere: duplicate keys are not an error (the last
   * wins), and neither nesting nor the length of numbers is limited below what the corpus
   * holds, so that a limit of the plan reader is not mistaken for a judgement of the schema.
   */
  private static final ObjectMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(100_000)
                          .maxNumberLength(100_000)
                          .build())
                  .build())
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          // 1.50 stays 1.50, so that a document written from a tree keeps its numbers' text
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder.schemaRegistryConfig(
                  SchemaRegistryConfig.builder()
                      .formatAssertionsEnabled(true)
                      .pathType(PathType.JSON_POINTER)
                      .build()));

  private static final Schema SCHEMA = REGISTRY.getSchema(parse(FormatSchema.text()));

  private SchemaValidator() {}

  /** The JSON text as a tree, numbers as decimals; fails on anything but one JSON value. */
  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    }
  }

  /** Judges a document given as text. */
  static Verdict validate(String json) {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      return new Verdict(Outcome.NOT_JSON, List.of(), e.getOriginalMessage());
    } catch (NumberFormatException e) {
      return new Verdict(Outcome.NOT_JSON, List.of(), "a number no decimal holds: " + e);
    }
    if (node == null || node.isMissingNode()) {
      return new Verdict(Outcome.NOT_JSON, List.of(), "no JSON value");
    }
    return validate(node);
  }

  /** Judges a parsed document. */
  static Verdict validate(JsonNode node) {
    List<Error> errors = SCHEMA.validate(node);
    return new Verdict(errors.isEmpty() ? Outcome.ACCEPTED : Outcome.REJECTED, errors, null);
  }

  /** Judges a file: UTF-8 (a byte order mark is allowed), as JSON text must be exchanged. */
  static Verdict validate(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      return new Verdict(Outcome.NOT_JSON, List.of(), "not UTF-8: " + e);
    }
    return validate(text.startsWith("\ufeff") ? text.substring(1) : text);
  }

  /** The meta-schema of JSON Schema 2020-12 (shipped inside the validator: no network). */
  static Schema metaSchema() {
    return REGISTRY.getSchema(
        SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
  }
}
