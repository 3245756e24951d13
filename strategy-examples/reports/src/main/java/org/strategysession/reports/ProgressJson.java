package org.strategysession.reports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Optional;
import org.strategysession.model.KpiProgress;
import org.strategysession.model.OverdueTask;
import org.strategysession.model.Progress;
import org.strategysession.model.ScorecardRow;

/**
 * The JSON of {@code progress --format json} ({@code CLI.md}, "The year in action"): {@code
 * asOf}, {@code kpis}, {@code scorecard}, {@code overdue}, the three lists always present and
 * in the view's order, absent values left out.
 *
 * <p>Written field by field, in the layout of the model's own writer ({@code
 * PlanDocuments.writeJson}: two-space indentation, {@code \n} line ends, a final newline), so
 * that both give the same bytes; unlike data binding, it writes every decimal in plain
 * notation: the model keeps shares and scores without trailing zeros, and a shortfall of ten
 * times the milestone would otherwise come out as {@code 1E+1}.
 */
final class ProgressJson {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private ProgressJson() {}

  static String write(Progress progress) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      json.setPrettyPrinter(printer());
      json.writeStartObject();
      json.writeStringField("asOf", progress.asOf().toString());
      json.writeArrayFieldStart("kpis");
      for (KpiProgress k : progress.kpis()) {
        json.writeStartObject();
        json.writeStringField("department", k.department());
        json.writeStringField("kpi", k.kpi());
        string(json, "name", k.name());
        string(json, "unit", k.unit());
        number(json, "target", k.target());
        if (k.month().isPresent()) {
          json.writeNumberField("month", k.month().get());
        }
        number(json, "milestone", k.milestone());
        number(json, "actual", k.actual());
        number(json, "shortfall", k.shortfall());
        json.writeStringField("health", k.health().name());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("scorecard");
      for (ScorecardRow r : progress.scorecard()) {
        json.writeStartObject();
        json.writeStringField("person", r.person());
        string(json, "name", r.name());
        json.writeStringField("department", r.department());
        json.writeNumberField("month", r.month());
        json.writeNumberField("keyTasks", r.keyTasks());
        json.writeNumberField("keyTasksDone", r.keyTasksDone());
        number(json, "kpiScore", r.kpiScore());
        json.writeNumberField("score", r.score());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("overdue");
      for (OverdueTask t : progress.overdue()) {
        json.writeStartObject();
        json.writeStringField("task", t.task());
        string(json, "title", t.title());
        json.writeStringField("department", t.department());
        string(json, "owner", t.owner());
        json.writeNumberField("lastMonth", t.lastMonth());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text + "\n";
  }

  private static void string(JsonGenerator json, String field, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      json.writeStringField(field, value.get());
    }
  }

  private static void number(JsonGenerator json, String field, Optional<BigDecimal> value)
      throws IOException {
    if (value.isPresent()) {
      json.writeNumberField(field, value.get());
    }
  }

  /** The model writer's layout: {@code "field": value}, two spaces, {@code [ ]} when empty. */
  private static DefaultPrettyPrinter printer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }
}
