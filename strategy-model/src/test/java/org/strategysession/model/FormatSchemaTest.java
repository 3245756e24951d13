package org.strategysession.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.strategysession.model.testing.SampleDocuments;

/**
 * The format's JSON Schema: the jar ships the file of {@code docs/}, it is a valid 2020-12
 * schema, the samples and the published examples pass it, and it rejects what the reader
 * rejects for each constraint it states (negative controls) while accepting what the reader
 * accepts at the edges (positive controls).
 */
class FormatSchemaTest {
  /** How the samples name the schema: relative to their own folder. */
  static final String SAMPLE_SCHEMA_REFERENCE = "../../docs/strategy-session.schema.json";

  /** The schema file in git, found the way an editor finds it from a sample. */
  static Path schemaFile() {
    return SampleDocuments.directory().resolve(SAMPLE_SCHEMA_REFERENCE).normalize();
  }

  // ---- the file and its accessor ---------------------------------------------------------

  @Test
  void the_jar_ships_the_docs_file_byte_for_byte() throws IOException {
    assertThat(Files.isRegularFile(schemaFile())).as(schemaFile().toString()).isTrue();
    assertThat(FormatSchema.text()).isEqualTo(Files.readString(schemaFile()));
    try (InputStream in = FormatSchema.resource().openStream()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(FormatSchema.text());
    }
    assertThat(FormatSchema.resource().toString()).endsWith(FormatSchema.RESOURCE);
  }

  @Test
  void the_schema_names_its_urn_and_json_schema_2020_12() {
    JsonNode schema = SchemaValidator.parse(FormatSchema.text());
    assertThat(schema.path("$id").asText()).isEqualTo(FormatSchema.ID)
        .startsWith("urn:strategy-session:schema:");
    assertThat(schema.path("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("properties").path("format").path("const").asText())
        .isEqualTo(PlanDocument.FORMAT);
    assertThat(FormatSchema.text()).endsWith("}\n");
  }

  @Test
  void the_schema_is_valid_against_the_2020_12_meta_schema() {
    JsonNode schema = SchemaValidator.parse(FormatSchema.text());
    assertThat(SchemaValidator.metaSchema().validate(schema)).isEmpty();
    // negative control: the meta-schema does judge (a type that is no JSON type)
    ObjectNode broken = schema.deepCopy();
    broken.put("type", "record");
    assertThat(SchemaValidator.metaSchema().validate(broken)).isNotEmpty();
  }

  @Test
  void every_object_of_the_schema_is_closed_and_every_property_described() {
    JsonNode schema = SchemaValidator.parse(FormatSchema.text());
    List<JsonNode> objects = new ArrayList<>(List.of(schema));
    schema.path("$defs").forEach(objects::add);
    objects.removeIf(s -> !s.has("properties"));

    // the document and its 19 kinds of element
    assertThat(objects).extracting(s -> s.path("description").asText()).hasSize(20);
    assertThat(objects).allSatisfy(s -> {
      assertThat(s.path("additionalProperties").isBoolean()).as(s.path("description").asText())
          .isTrue();
      assertThat(s.path("additionalProperties").asBoolean()).isFalse();
      s.path("properties").properties().forEach(p ->
          assertThat(p.getValue().path("description").asText())
              .as("description of %s", p.getKey()).isNotBlank());
    });
  }

  // ---- documents that pass --------------------------------------------------------------

  static Stream<Path> samples() {
    return SampleDocuments.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void every_sample_passes_and_names_the_schema_first(Path sample) throws IOException {
    assertThat(SchemaValidator.validate(sample).outcome())
        .as(() -> SchemaValidator.validate(sample).toString())
        .isEqualTo(SchemaValidator.Outcome.ACCEPTED);
    assertThat(Files.readString(sample))
        .startsWith("{\n  \"$schema\": \"" + SAMPLE_SCHEMA_REFERENCE + "\",\n");
    assertThat(PlanDocuments.strict().read(sample).schema()).contains(SAMPLE_SCHEMA_REFERENCE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"example-session.json", "example-progress.json"})
  void both_published_examples_pass(String name) {
    Path example = TestResources.path("spec/" + name);
    assertThat(SchemaValidator.validate(example).outcome())
        .as(() -> SchemaValidator.validate(example).toString())
        .isEqualTo(SchemaValidator.Outcome.ACCEPTED);
  }

  // ---- controls: one small document of every kind of element, changed in one place ------

  private static final String BASE = """
      {
        "format": "strategy-session/1",
        "company": "Control Ltd",
        "planningYear": 2027,
        "people": [{"id": "anna", "name": "Anna", "department": "sales", "role": "HEAD",
          "email": "anna@example.com"}],
        "departments": [{"id": "sales", "name": "Sales", "kind": "SALES", "head": "anna"}],
        "session": {
          "days": ["2026-11-24", "2026-11-25"],
          "venue": {"name": "Lodge", "format": "OFFLINE", "offsite": true},
          "facilitator": "anna",
          "participants": ["anna"],
          "agenda": [{"day": 1, "start": "09:00", "minutes": 30, "kind": "INTRO",
            "title": "Opening", "department": "sales", "presenter": "anna"}]
        },
        "plans": [{
          "department": "sales",
          "submittedOn": "2026-11-17",
          "report": {"results": ["Grew"], "proposals": [{"to": "sales", "text": "More leads"}]},
          "kpis": [{"id": "sales.revenue", "name": "Revenue", "unit": "EUR m", "baseline": 20,
            "target": 24.5, "direction": "INCREASE", "monthly": {"1": 2, "12": 24.5},
            "basedOn": {"kpi": "sales.revenue", "assumed": 24.5, "assumedMonthly": {"6": 12}},
            "actual": {"1": 2.1}}],
          "goals": [{"id": "sales.g1", "title": "Grow", "owner": "anna",
            "kpis": ["sales.revenue"], "serves": ["cg1"], "priority": "HIGH"}],
          "tasks": [{"id": "sales.t1", "title": "Open a branch", "goal": "sales.g1",
            "owner": "anna", "months": [1, 2], "status": "DONE", "doneIn": 2,
            "needs": [{"department": "sales", "what": "a lease"}], "supports": ["sales.t1"]}]
        }],
        "remarks": [{"id": "r1", "day": 1, "department": "sales", "kind": "NOTE",
          "text": "Note", "addressedBy": ["sales.g1"]}],
        "initiatives": [{"id": "i1", "title": "CRM", "theme": "AUTOMATION",
          "proposedBy": "sales", "departments": ["sales"], "owner": "anna",
          "status": "ACCEPTED", "decidedOn": "2026-12-01"}],
        "companyGoals": [{"id": "cg1", "title": "Grow", "owner": "anna",
          "kpis": ["sales.revenue"]}],
        "followUp": {"keyTasks": [{"person": "anna", "month": 1, "tasks": ["sales.t1"],
          "done": ["sales.t1"]}], "trackerRefs": {"sales.t1": "CRM-1"}},
        "revision": {"quarter": 2, "date": "2027-04-05"}
      }
      """;

  /** Marks a member to remove rather than to set. */
  private static final String REMOVE = "<remove>";

  /**
   * The base document with the member at {@code pointer} set to {@code json}, or removed; an
   * index one past the end of an array appends.
   */
  static String changed(String pointer, String json) {
    JsonNode root = SchemaValidator.parse(BASE);
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = root.at(pointer.substring(0, slash));
    String name = pointer.substring(slash + 1);
    if (parent instanceof ArrayNode array) {
      int index = Integer.parseInt(name);
      if (index == array.size()) {
        array.add(SchemaValidator.parse(json));
      } else {
        array.set(index, SchemaValidator.parse(json));
      }
    } else if (json.equals(REMOVE)) {
      assertThat(((ObjectNode) parent).remove(name)).as(pointer).isNotNull();
    } else {
      ((ObjectNode) parent).set(name, SchemaValidator.parse(json));
    }
    return root.toString();
  }

  /** The parent of a JSON Pointer ({@code ""} for a top-level member). */
  static String parent(String pointer) {
    return pointer.substring(0, Math.max(0, pointer.lastIndexOf('/')));
  }

  /** Whether {@code a} and {@code b} are the same place or one holds the other. */
  static boolean related(String a, String b) {
    return a.equals(b) || a.startsWith(b + "/") || b.startsWith(a + "/") || a.isEmpty()
        || b.isEmpty();
  }

  @Test
  void the_base_document_of_the_controls_passes_both() {
    assertThat(PlanDocuments.strict().read(BASE).plans()).hasSize(1);
    assertThat(SchemaValidator.validate(BASE).outcome())
        .as(() -> SchemaValidator.validate(BASE).toString())
        .isEqualTo(SchemaValidator.Outcome.ACCEPTED);
  }

  /** Each: where, the value put there (or removed), what the reader rejects it for. */
  static Stream<String[]> rejected() {
    return Stream.of(
        new String[] {"/format", REMOVE, "missing format"},
        new String[] {"/format", "\"strategy-session/2\"", "unsupported format"},
        new String[] {"/company", REMOVE, "missing company"},
        new String[] {"/company", "null", "null company"},
        new String[] {"/planningYear", "1999", "planningYear below 2000"},
        new String[] {"/planningYear", "2101", "planningYear above 2100"},
        new String[] {"/planningYear", "2027.5", "fraction for an integer"},
        new String[] {"/planningYear", "\"2027\"", "string for an integer"},
        new String[] {"/$schema", "5", "$schema not a string"},
        new String[] {"/extra", "1", "unknown top-level field"},
        new String[] {"/people/0/id", "\" \"", "blank id"},
        new String[] {"/people/0/id", "\"\"", "empty id"},
        new String[] {"/people/0/id", "\"\\t\\u3000\\u2028\"", "id of white space only"},
        new String[] {"/people/0/id", "null", "null id"},
        new String[] {"/people/0/role", "\"BOSS\"", "unknown role"},
        new String[] {"/people/0/name", "true", "boolean for a string"},
        new String[] {"/departments/0/id", REMOVE, "department without id"},
        new String[] {"/departments/0/kind", "\"sales\"", "enum in lower case"},
        new String[] {"/session/days/1", "\"24.11.2026\"", "date not YYYY-MM-DD"},
        new String[] {"/session/days/1", "\"2026-02-30\"", "30 February"},
        new String[] {"/session/days/1", "\"2026-04-31\"", "31 April"},
        new String[] {"/session/days/1", "\"2027-02-29\"", "29 February of a common year"},
        new String[] {"/session/days/1", "\"2026-13-01\"", "month 13 in a date"},
        new String[] {"/session/venue/offsite", "\"yes\"", "string for a boolean"},
        new String[] {"/session/venue/capacity", "40", "unknown field in the venue"},
        new String[] {"/session/agenda/0/day", "0", "day 0"},
        new String[] {"/session/agenda/0/day", "2147483648", "day beyond an integer"},
        new String[] {"/session/agenda/0/start", "\"9:30\"", "time without leading zero"},
        new String[] {"/session/agenda/0/start", "\"10.30\"", "time not HH:mm"},
        new String[] {"/session/agenda/0/start", "\"09:60\"", "minute 60"},
        new String[] {"/session/agenda/0/minutes", "0", "minutes 0"},
        new String[] {"/session/agenda/0/minutes", "721", "minutes 721"},
        new String[] {"/plans/0/department", REMOVE, "plan without department"},
        new String[] {"/plans/0/department", "\" \"", "blank plan department"},
        new String[] {"/plans/0/kpis/0/monthly/13", "1", "month key 13"},
        new String[] {"/plans/0/kpis/0/monthly/01", "1", "month key with a leading zero"},
        new String[] {"/plans/0/kpis/0/monthly/0", "1", "month key 0"},
        new String[] {"/plans/0/kpis/0/monthly/March", "1", "month name as key"},
        new String[] {"/plans/0/kpis/0/monthly/2", "null", "null month value"},
        new String[] {"/plans/0/kpis/0/monthly/2", "\"5\"", "string month value"},
        new String[] {"/plans/0/kpis/0/actual/ 1", "1", "month key with a space"},
        new String[] {"/plans/0/kpis/0/basedOn/assumedMonthly/13", "1", "assumed month 13"},
        new String[] {"/plans/0/kpis/0/target", "1000000000000000000", "19 integer digits"},
        new String[] {"/plans/0/kpis/0/baseline", "-1E+18", "negative 19 integer digits"},
        new String[] {"/plans/0/kpis/0/direction", "0", "number for an enum"},
        new String[] {"/plans/0/goals/0/priority", "\"URGENT\"", "unknown priority"},
        new String[] {"/plans/0/goals/0/serves", "[1]", "number in serves"},
        new String[] {"/plans/0/tasks/0/doneIn", "0", "doneIn 0"},
        new String[] {"/plans/0/tasks/0/doneIn", "13", "doneIn 13"},
        new String[] {"/plans/0/tasks/0/months", "[1, 13]", "month 13 in months"},
        new String[] {"/plans/0/tasks/0/months", "{\"1\": 1}", "object for an array"},
        new String[] {"/plans/0/tasks/0/status", "\"FINISHED\"", "unknown task status"},
        new String[] {"/plans/0/tasks/0/owners", "[]", "unknown field in a task"},
        new String[] {"/remarks/0/day", "0", "remark day 0"},
        new String[] {"/initiatives/0/decidedOn", "\"2026-12\"", "date without day"},
        new String[] {"/companyGoals/0/titel", "\"Grow\"", "unknown field in a company goal"},
        new String[] {"/companyGoals/0/id", REMOVE, "company goal without id"},
        new String[] {"/followUp/keyTasks/0/month", "13", "key-task month 13"},
        new String[] {"/followUp/keyTasks/0/done", "\"sales.t1\"", "string for a list"},
        new String[] {"/followUp/trackerRefs/sales.t1", "null", "null tracker key"},
        new String[] {"/revision/quarter", "5", "quarter 5"},
        new String[] {"/revision/quarter", "0", "quarter 0"},
        new String[] {"/people/1", "null", "null in a list"},
        new String[] {"/session/days/2", "null", "null in a list of dates"});
  }

  @ParameterizedTest(name = "{2}: {0} = {1}")
  @MethodSource("rejected")
  void what_the_reader_rejects_the_schema_rejects_there(String pointer, String json, String what) {
    String document = changed(pointer, json);

    assertThatThrownBy(() -> PlanDocuments.strict().read(document))
        .as("the reader rejects " + what)
        .isExactlyInstanceOf(PlanDocumentException.class);
    SchemaValidator.Verdict verdict = SchemaValidator.validate(document);
    assertThat(verdict.outcome()).as(what).isEqualTo(SchemaValidator.Outcome.REJECTED);
    // Only the change is wrong: every error is about it, and one is at it, at the object
    // holding it (an unknown or missing member) or inside it.
    assertThat(verdict.locations())
        .as("errors of %s = %s: %s", pointer, json, verdict)
        .allMatch(at -> related(at, pointer))
        .anyMatch(at -> at.equals(pointer) || at.equals(parent(pointer))
            || at.startsWith(pointer + "/"));
  }

  /** Each: where, the value put there, what the reader accepts there. */
  static Stream<String[]> accepted() {
    return Stream.of(
        new String[] {"/$schema", "\"" + SAMPLE_SCHEMA_REFERENCE + "\"", "a relative $schema"},
        new String[] {"/$schema", "\"" + FormatSchema.ID + "\"", "the schema's URN as $schema"},
        new String[] {"/company", "\"\"", "an empty company name"},
        new String[] {"/planningYear", "2000", "the first planning year"},
        new String[] {"/planningYear", "2100", "the last planning year"},
        new String[] {"/people/0/id", "\"\\u00a0\"", "a no-break space as id"},
        new String[] {"/people/0/id", "\"\\ud83d\\ude00\"", "an emoji as id"},
        new String[] {"/people/0/name", "null", "null for an optional text"},
        new String[] {"/people/0/role", "null", "null for an optional enum"},
        new String[] {"/people", "null", "null for a list"},
        new String[] {"/session", "null", "null for an optional object"},
        new String[] {"/session/venue", "null", "null venue"},
        new String[] {"/session/days", "[\"2028-02-29\"]", "29 February of a leap year"},
        new String[] {"/session/agenda/0/start", "\"00:00\"", "midnight"},
        new String[] {"/session/agenda/0/start", "\"23:59\"", "the last minute of a day"},
        new String[] {"/session/agenda/0/day", "2147483647", "the largest day index"},
        new String[] {"/session/agenda/0/minutes", "720", "720 minutes"},
        new String[] {"/plans/0/submittedOn", "null", "null date"},
        new String[] {"/plans/0/kpis/0/target", "999999999999999999.999999999999",
            "18 integer digits and 12 decimals"},
        new String[] {"/plans/0/kpis/0/baseline", "-999999999999999999", "-(10^18 - 1)"},
        new String[] {"/plans/0/kpis/0/target", "1.5E+3", "a number with an exponent"},
        new String[] {"/plans/0/kpis/0/monthly", "null", "null month map"},
        new String[] {"/plans/0/kpis/0/monthly/10", "0", "month key 10"},
        new String[] {"/plans/0/tasks/0/doneIn", "null", "null month"},
        new String[] {"/plans/0/tasks/0/months", "[12, 1, 1]", "months repeated, any order"},
        new String[] {"/followUp/trackerRefs", "null", "null tracker map"},
        new String[] {"/followUp/trackerRefs/ ", "\"\"", "any tracker key and value"},
        new String[] {"/revision/quarter", "null", "null quarter"});
  }

  @ParameterizedTest(name = "{2}: {0} = {1}")
  @MethodSource("accepted")
  void what_the_reader_accepts_at_the_edges_the_schema_accepts(
      String pointer, String json, String what) {
    String document = changed(pointer, json);

    PlanDocuments.strict().read(document); // throws if the reader rejects it
    assertThat(SchemaValidator.validate(document).outcome())
        .as(() -> what + ": " + SchemaValidator.validate(document))
        .isEqualTo(SchemaValidator.Outcome.ACCEPTED);
  }

  /**
   * Dates and times as the format writes them, and nothing else (no time part, no 24:00): the
   * schema and the reader alike.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "/session/agenda/0/start=\"24:00\"",
      "/session/agenda/0/start=\"09:30:00\"",
      "/plans/0/submittedOn=\"2026-11-17T10:00:00\"",
      "/plans/0/submittedOn=\"+12026-11-17\"",
      "/plans/0/submittedOn=\"20261117\""})
  void the_schema_holds_dates_and_times_to_the_format(String change) {
    String[] kv = change.split("=", 2);

    assertThat(SchemaValidator.validate(changed(kv[0], kv[1])).outcome())
        .isEqualTo(SchemaValidator.Outcome.REJECTED);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> PlanDocuments.strict().read(changed(kv[0], kv[1])))
        .isInstanceOf(PlanDocumentException.class)
        .hasMessageContaining(kv[0].endsWith("start") ? "is not a time (HH:mm)"
            : "is not a date (YYYY-MM-DD)");
  }

  /**
   * What the schema cannot state, as the documentation names it: JSON Schema counts {@code 2.0}
   * as an integer and sees no difference between {@code 1.5} and {@code 1.50}; the reader does.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "/session/agenda/0/day=2.0",
      "/plans/0/kpis/0/target=0.0000000000001",
      "/plans/0/kpis/0/target=1.5000000000000"})
  void what_only_the_reader_rejects(String change) {
    String[] kv = change.split("=", 2);
    String document = changed(kv[0], kv[1]);

    assertThatThrownBy(() -> PlanDocuments.strict().read(document))
        .isExactlyInstanceOf(PlanDocumentException.class);
    assertThat(SchemaValidator.validate(document).outcome())
        .isEqualTo(SchemaValidator.Outcome.ACCEPTED);
  }
}
