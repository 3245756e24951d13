package org.strategysession.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategysession.model.testing.SampleDocuments;

/** The reader/writer's entry points and its contract beyond the bad corpus. */
class PlanDocumentsTest {
  private static final String MINIMAL =
      "{\"format\":\"strategy-session/1\",\"company\":\"Birch\",\"planningYear\":2027}";

  private final PlanDocuments documents = PlanDocuments.strict();

  @Test
  void pathStreamAndStringGiveTheSameDocument() throws IOException {
    Path file = SampleDocuments.named(SampleDocuments.CLEAN_PLAN_RU);
    PlanDocument fromPath = documents.read(file);

    try (InputStream in = Files.newInputStream(file)) {
      assertThat(documents.read(in)).isEqualTo(fromPath);
    }
    assertThat(documents.read(Files.readString(file))).isEqualTo(fromPath);
    assertThat(fromPath.company()).isEqualTo("ООО «Озёрный хлеб»");
  }

  @Test
  void theStreamIsReadButNotClosed() throws IOException {
    boolean[] closed = {false};
    InputStream in =
        new ByteArrayInputStream(MINIMAL.getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    documents.read(in);

    assertThat(closed[0]).isFalse();
    assertThat(in.available()).isZero();
  }

  @Test
  void aMissingFileIsTheReadersException() {
    assertThatThrownBy(() -> documents.read(Path.of("no-such-plan.json")))
        .isExactlyInstanceOf(PlanDocumentException.class)
        .hasMessage("no such file: no-such-plan.json");
  }

  @Test
  void aUtf8ByteOrderMarkIsSkipped() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] json = MINIMAL.getBytes(StandardCharsets.UTF_8);
    byte[] both = new byte[bom.length + json.length];
    System.arraycopy(bom, 0, both, 0, bom.length);
    System.arraycopy(json, 0, both, bom.length, json.length);

    assertThat(documents.read(new ByteArrayInputStream(both)).company()).isEqualTo("Birch");
  }

  @Test
  void nullFieldsAreAbsentButNullMembersAreRejected() {
    PlanDocument document =
        documents.read(MINIMAL.replace("}", ",\"people\":null,\"session\":{\"venue\":null,\"facilitator\":null}}"));
    assertThat(document.people()).isEmpty();
    assertThat(document.session().orElseThrow().facilitator()).isEmpty();

    assertThatThrownBy(() -> documents.read(MINIMAL.replace("}", ",\"people\":[{\"id\":\"a\"},null]}")))
        .isExactlyInstanceOf(PlanDocumentException.class)
        .hasMessage("line 1, column 91: expected an object but found null (at /people/1)");
  }

  @Test
  void theMessageIsCompleteOnItsOwn() {
    PlanDocumentException e =
        (PlanDocumentException)
            org.assertj.core.api.Assertions.catchThrowable(
                () -> documents.read("{\n  \"format\": \"strategy-session/1\",\n  \"company\": \"c\",\n  \"planningYear\": 2027,\n  \"plans\": [{\"department\": \"d\", \"tasks\": [{\"id\": \"t\", \"months\": [3, 13]}]}]\n}\n"));

    assertThat(e.getMessage())
        .isEqualTo("line 5, column 69: month 13 is out of range 1–12 (at /plans/0/tasks/0/months/1)");
    assertThat(e.reason()).isEqualTo("month 13 is out of range 1–12");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.column()).isEqualTo(69); // where "13" starts
    assertThat(e.pointer()).isEqualTo("/plans/0/tasks/0/months/1");
  }

  @Test
  void pointersEscapeSlashAndTilde() {
    assertThatThrownBy(() -> documents.read(MINIMAL.replace("}", ",\"followUp\":{\"trackerRefs\":{\"a/b~c\":1}}}")))
        .isExactlyInstanceOf(PlanDocumentException.class)
        .extracting(e -> ((PlanDocumentException) e).pointer())
        .isEqualTo("/followUp/trackerRefs/a~1b~0c");
  }

  @Test
  void writingLeavesOutAbsentValuesAndEmptyListsAndEndsWithANewline() {
    PlanDocument document =
        PlanDocument.builder()
            .company("Birch")
            .planningYear(2027)
            .addPlans(DepartmentPlan.builder().department("sales").submittedOn(LocalDate.of(2026, 11, 2)).build())
            .build();

    assertThat(documents.write(document))
        .isEqualTo(
            "{\n"
                + "  \"format\": \"strategy-session/1\",\n"
                + "  \"company\": \"Birch\",\n"
                + "  \"planningYear\": 2027,\n"
                + "  \"plans\": [\n"
                + "    {\n"
                + "      \"department\": \"sales\",\n"
                + "      \"submittedOn\": \"2026-11-02\"\n"
                + "    }\n"
                + "  ]\n"
                + "}\n");
  }

  @Test
  void writesToStreamsAndFiles(@TempDir Path dir) throws IOException {
    PlanDocument document = documents.read(SampleDocuments.named(SampleDocuments.CLEAN_PLAN));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    documents.write(document, out);
    Path file = dir.resolve("plan.json");
    documents.write(document, file);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(documents.write(document));
    assertThat(Files.readString(file)).isEqualTo(documents.write(document));
    assertThat(documents.read(file)).isEqualTo(document);
  }

  @Test
  void optionsMakeNewReadersAndKeepTheOthers() {
    ReadLimits small = ReadLimits.builder().maxNestingDepth(8).build();
    PlanDocuments lenientSmall = PlanDocuments.lenient().withLimits(small);

    assertThat(PlanDocuments.strict().isLenient()).isFalse();
    assertThat(lenientSmall.isLenient()).isTrue();
    assertThat(lenientSmall.limits().maxNestingDepth()).isEqualTo(8);
    assertThat(lenientSmall.limits().maxStringLength()).isEqualTo(ReadLimits.defaults().maxStringLength());
    assertThat(documents.withLenient(false)).isSameAs(documents);
    assertThat(documents.withLenient(true).isLenient()).isTrue();
    assertThatThrownBy(() -> ReadLimits.builder().maxNestingDepth(0).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theLimitsApplyToStreamsAsLoadedInput() {
    PlanDocuments tiny = documents.withLimits(ReadLimits.builder().maxDocumentBytes(20).build());
    assertThatThrownBy(() -> tiny.read(new ByteArrayInputStream(MINIMAL.getBytes(StandardCharsets.UTF_8))))
        .isExactlyInstanceOf(PlanDocumentException.class)
        .hasMessage("the document is larger than the limit of 20 bytes (ReadLimits.maxDocumentBytes)");
  }

  @Test
  void nullArgumentsAreProgrammingErrors() {
    assertThatThrownBy(() -> documents.read((String) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> documents.read((Path) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> documents.read((InputStream) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> documents.writeJson(null)).isInstanceOf(NullPointerException.class);
  }
}
