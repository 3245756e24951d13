package org.strategysession.reports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.strategysession.model.PlanDocumentException;
import org.strategysession.rules.CheckReport;
import org.strategysession.rules.Finding;

/**
 * The JSON report of {@code CLI.md}, which scripts and CI pipelines parse: one object with
 * {@code results}, one entry per file in command-line order, holding either {@code summary}
 * and {@code findings} (in the checker's report order) or {@code error}.
 *
 * <p>Written field by field rather than by data binding, so that the order and presence of
 * every field is the contract's and nothing else's: {@code department} and {@code path} are
 * left out where a finding has none, {@code line} and {@code column} where a read error has no
 * position; {@code findings} is always present, empty for a clean plan. Two-space indentation,
 * {@code \n} line ends and a final newline, whatever the platform: the same input gives the
 * same bytes.
 */
final class CheckJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private CheckJson() {}

  static String write(List<CheckedFile> files) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      json.setPrettyPrinter(printer());
      json.writeStartObject();
      json.writeArrayFieldStart("results");
      for (CheckedFile file : files) {
        json.writeStartObject();
        json.writeStringField("file", file.file());
        if (file.isReadable()) {
          writeReport(json, file.report().orElseThrow());
        } else {
          writeError(json, file.error().orElseThrow());
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text + "\n";
  }

  private static void writeReport(JsonGenerator json, CheckReport report) throws IOException {
    json.writeObjectFieldStart("summary");
    json.writeNumberField("errors", report.errors());
    json.writeNumberField("warnings", report.warnings());
    json.writeNumberField("infos", report.infos());
    json.writeEndObject();
    json.writeArrayFieldStart("findings");
    for (Finding f : report.findings()) {
      json.writeStartObject();
      json.writeStringField("rule", f.rule());
      json.writeStringField("severity", f.severity().name());
      json.writeStringField("subject", f.subject());
      if (f.department().isPresent()) {
        json.writeStringField("department", f.department().get());
      }
      if (f.path().isPresent()) {
        json.writeStringField("path", f.path().get());
      }
      json.writeStringField("message", f.message());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeError(JsonGenerator json, PlanDocumentException e) throws IOException {
    json.writeObjectFieldStart("error");
    json.writeStringField("message", e.reason());
    if (e.line() > 0) {
      json.writeNumberField("line", e.line());
    }
    if (e.column() > 0) {
      json.writeNumberField("column", e.column());
    }
    json.writeStringField("path", e.pointer());
    json.writeEndObject();
  }

  private static DefaultPrettyPrinter printer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withArrayEmptySeparator("")
            .withObjectEmptySeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }
}
