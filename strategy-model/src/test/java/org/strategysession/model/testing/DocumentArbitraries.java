package org.strategysession.model.testing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.domains.DomainContextBase;
import org.strategysession.model.AgendaItem;
import org.strategysession.model.AgendaKind;
import org.strategysession.model.CompanyGoal;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.Direction;
import org.strategysession.model.FollowUp;
import org.strategysession.model.FormatSchema;
import org.strategysession.model.Goal;
import org.strategysession.model.ImmutableAgendaItem;
import org.strategysession.model.ImmutableCompanyGoal;
import org.strategysession.model.ImmutableDepartment;
import org.strategysession.model.ImmutableDepartmentPlan;
import org.strategysession.model.ImmutableFollowUp;
import org.strategysession.model.ImmutableGoal;
import org.strategysession.model.ImmutableInitiative;
import org.strategysession.model.ImmutableKpi;
import org.strategysession.model.ImmutablePerson;
import org.strategysession.model.ImmutablePlanDocument;
import org.strategysession.model.ImmutableRemark;
import org.strategysession.model.ImmutableSalesBasis;
import org.strategysession.model.ImmutableSession;
import org.strategysession.model.ImmutableTask;
import org.strategysession.model.ImmutableYearReport;
import org.strategysession.model.Initiative;
import org.strategysession.model.InitiativeStatus;
import org.strategysession.model.InitiativeTheme;
import org.strategysession.model.KeyTaskAssignment;
import org.strategysession.model.Kpi;
import org.strategysession.model.Need;
import org.strategysession.model.Person;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.PlanDocuments;
import org.strategysession.model.Priority;
import org.strategysession.model.Proposal;
import org.strategysession.model.Remark;
import org.strategysession.model.RemarkKind;
import org.strategysession.model.Revision;
import org.strategysession.model.Role;
import org.strategysession.model.SalesBasis;
import org.strategysession.model.Session;
import org.strategysession.model.Task;
import org.strategysession.model.TaskStatus;
import org.strategysession.model.Venue;
import org.strategysession.model.VenueFormat;
import org.strategysession.model.YearReport;

/**
 * jqwik generators of valid {@code strategy-session/1} documents and their parts: every value
 * they produce reads and writes without error, but nothing else is promised (drafts with
 * dangling references, duplicate ids and missing owners are generated on purpose, since they
 * are valid documents).
 *
 * <p>Use it as a domain context ({@code @Domain(DocumentArbitraries.class)} and {@code @ForAll
 * PlanDocument document}) or call the static methods. Ids are drawn from small pools (e.g.
 * {@code sales}, {@code hr}) mixed with random ones, so that references sometimes resolve and
 * plans sometimes belong to declared departments, and sometimes not.
 *
 * <p>Objects are built with {@link Builders#withBuilder} and {@link Combinators#combine}, never
 * nested {@code flatMap}, so that failures shrink well. All methods return new arbitraries and
 * are thread-safe.
 */
public class DocumentArbitraries extends DomainContextBase {

  /** Used by jqwik to instantiate the domain context. */
  public DocumentArbitraries() {}

  /** The provider of {@code @ForAll PlanDocument} parameters: {@link #documents()}. */
  @Provide
  public Arbitrary<PlanDocument> planDocuments() {
    return documents();
  }

  // ---------------------------------------------------------------------------------------
  // Scalars

  /**
   * Characters of generated text: letters, digits, Cyrillic, JSON punctuation and escapes,
   * control characters, line and paragraph separators, a byte order mark, an emoji's surrogate
   * pair and lone surrogates. Drawn from a fixed pool because jqwik's broader character classes
   * are many times slower to generate.
   */
  private static final String TEXT_CHARS =
      "abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789.,:;-_'\"\\/{}[]"
          + "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЁЯ«»–—№"
          + "\u0000\u0001\u001f\t\n\r\u007f\u2028\u2029\u00e9\ufeff\uffff"
          + "\ud83d\ude00\ud800\udfff";

  /** Non-blank ids: mostly from small domain pools, sometimes arbitrary (non-ASCII included). */
  public static Arbitrary<String> ids() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.of(
            "sales", "marketing", "production", "hr", "finance", "it",
            "ivanova", "petrov", "orlov", "smirnova", "t1", "t2", "g1", "k1", "i1", "r1")),
        Tuple.of(3, Arbitraries.strings().withCharRange('a', 'z')
            .withChars("._-0123456789").ofMinLength(1).ofMaxLength(12)),
        Tuple.of(1, Arbitraries.strings().withChars(TEXT_CHARS).ofMinLength(1).ofMaxLength(6)
            .filter(s -> !s.isBlank())));
  }

  /** Department ids (a pool of six and a few random ones). */
  public static Arbitrary<String> departmentIds() {
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.of("sales", "marketing", "production", "hr", "finance", "it")),
        Tuple.of(1, ids()));
  }

  /** Person ids (a pool of five and a few random ones). */
  public static Arbitrary<String> personIds() {
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.of("ivanova", "petrov", "orlov", "smirnova", "kozlov")),
        Tuple.of(1, ids()));
  }

  /** Free text: any characters of a broad pool (see above), possibly empty. */
  public static Arbitrary<String> texts() {
    return Arbitraries.strings().withChars(TEXT_CHARS).ofMaxLength(24);
  }

  /** Plan numbers within the model's range, with 0–4 decimals (trailing zeros kept). */
  public static Arbitrary<BigDecimal> numbers() {
    BigDecimal min = new BigDecimal("-1000000000");
    BigDecimal max = new BigDecimal("999999999999");
    return Arbitraries.oneOf(
        Arbitraries.bigDecimals().between(min, max).ofScale(0),
        Arbitraries.bigDecimals().between(min, max).ofScale(1),
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(2),
        Arbitraries.bigDecimals().between(min, max).ofScale(4));
  }

  /** Months 1–12. */
  public static Arbitrary<Integer> months() {
    return Arbitraries.integers().between(1, 12);
  }

  /** Values by month, as in {@code monthly} and {@code assumedMonthly}. */
  public static Arbitrary<SortedMap<Integer, BigDecimal>> monthlyValues() {
    // A subset of months zipped with values: jqwik's map arbitrary is slow on so small a key
    // domain, since it draws keys until they are unique.
    return Combinators.combine(
            Arbitraries.subsetOf(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12).ofMaxSize(5),
            numbers().list().ofSize(5))
        .as((months, values) -> {
          SortedMap<Integer, BigDecimal> byMonth = new TreeMap<>();
          int i = 0;
          for (Integer month : new TreeSet<>(months)) {
            byMonth.put(month, values.get(i++));
          }
          return byMonth;
        });
  }

  /** Dates of 2000–2100. */
  public static Arbitrary<LocalDate> dates() {
    LocalDate first = LocalDate.of(2000, 1, 1);
    return Arbitraries.integers().between(0, 36_890).map(first::plusDays);
  }

  /** Times of day to the minute (the format has no seconds). */
  public static Arbitrary<LocalTime> times() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 23), Arbitraries.integers().between(0, 59))
        .as(LocalTime::of);
  }

  // ---------------------------------------------------------------------------------------
  // Elements

  public static Arbitrary<Person> people() {
    return Builders.withBuilder(ImmutablePerson::builder)
        .use(personIds()).in((b, v) -> b.id(v))
        .use(texts()).withProbability(0.8).in((b, v) -> b.name(v))
        .use(departmentIds()).withProbability(0.7).in((b, v) -> b.department(v))
        .use(Arbitraries.of(Role.class)).withProbability(0.7).in((b, v) -> b.role(v))
        .use(texts()).withProbability(0.3).in((b, v) -> b.email(v))
        .build(ImmutablePerson.Builder::build);
  }

  public static Arbitrary<Department> departments() {
    return Builders.withBuilder(ImmutableDepartment::builder)
        .use(departmentIds()).in((b, v) -> b.id(v))
        .use(texts()).withProbability(0.8).in((b, v) -> b.name(v))
        .use(Arbitraries.of(DepartmentKind.class)).withProbability(0.8).in((b, v) -> b.kind(v))
        .use(personIds()).withProbability(0.7).in((b, v) -> b.head(v))
        .build(ImmutableDepartment.Builder::build);
  }

  public static Arbitrary<AgendaItem> agendaItems() {
    return Builders.withBuilder(ImmutableAgendaItem::builder)
        .use(Arbitraries.integers().between(1, 3)).withProbability(0.9).in((b, v) -> b.day(v))
        .use(times()).withProbability(0.8).in((b, v) -> b.start(v))
        .use(Arbitraries.integers().between(1, 720)).withProbability(0.8).in((b, v) -> b.minutes(v))
        .use(Arbitraries.of(AgendaKind.class)).withProbability(0.9).in((b, v) -> b.kind(v))
        .use(texts()).withProbability(0.5).in((b, v) -> b.title(v))
        .use(departmentIds()).withProbability(0.4).in((b, v) -> b.department(v))
        .use(personIds()).withProbability(0.4).in((b, v) -> b.presenter(v))
        .build(ImmutableAgendaItem.Builder::build);
  }

  public static Arbitrary<Venue> venues() {
    return Combinators.combine(
            texts().optional(), Arbitraries.of(VenueFormat.class).optional(),
            Arbitraries.of(true, false).optional())
        .as((name, format, offsite) ->
            Venue.builder().name(name).format(format).offsite(offsite).build());
  }

  public static Arbitrary<Session> sessions() {
    return Builders.withBuilder(ImmutableSession::builder)
        .use(dates().list().ofMaxSize(3)).in((b, v) -> b.days(v))
        .use(venues()).withProbability(0.7).in((b, v) -> b.venue(v))
        .use(personIds()).withProbability(0.8).in((b, v) -> b.facilitator(v))
        .use(personIds().list().ofMaxSize(6)).in((b, v) -> b.participants(v))
        .use(agendaItems().list().ofMaxSize(6)).in((b, v) -> b.agenda(v))
        .build(ImmutableSession.Builder::build);
  }

  public static Arbitrary<Proposal> proposals() {
    return Combinators.combine(departmentIds().optional(), texts().optional())
        .as((to, text) -> Proposal.builder().to(to).text(text).build());
  }

  public static Arbitrary<YearReport> yearReports() {
    Arbitrary<List<String>> lines = texts().list().ofMaxSize(2);
    return Builders.withBuilder(ImmutableYearReport::builder)
        .use(lines).in((b, v) -> b.results(v))
        .use(lines).in((b, v) -> b.improvements(v))
        .use(lines).in((b, v) -> b.difficulties(v))
        .use(lines).in((b, v) -> b.strengths(v))
        .use(lines).in((b, v) -> b.weaknesses(v))
        .use(lines).in((b, v) -> b.marketChanges(v))
        .use(lines).in((b, v) -> b.conclusions(v))
        .use(proposals().list().ofMaxSize(2)).in((b, v) -> b.proposals(v))
        .build(ImmutableYearReport.Builder::build);
  }

  public static Arbitrary<SalesBasis> salesBases() {
    return Builders.withBuilder(ImmutableSalesBasis::builder)
        .use(ids()).withProbability(0.9).in((b, v) -> b.kpi(v))
        .use(numbers()).withProbability(0.8).in((b, v) -> b.assumed(v))
        .use(monthlyValues()).in((b, v) -> b.assumedMonthly(v))
        .build(ImmutableSalesBasis.Builder::build);
  }

  public static Arbitrary<Kpi> kpis() {
    return Builders.withBuilder(ImmutableKpi::builder)
        .use(ids()).in((b, v) -> b.id(v))
        .use(texts()).withProbability(0.8).in((b, v) -> b.name(v))
        .use(texts()).withProbability(0.6).in((b, v) -> b.unit(v))
        .use(numbers()).withProbability(0.7).in((b, v) -> b.baseline(v))
        .use(numbers()).withProbability(0.8).in((b, v) -> b.target(v))
        .use(Arbitraries.of(Direction.class)).withProbability(0.4).in((b, v) -> b.direction(v))
        .use(monthlyValues()).in((b, v) -> b.monthly(v))
        .use(salesBases()).withProbability(0.3).in((b, v) -> b.basedOn(v))
        .use(monthlyValues()).withProbability(0.5).in((b, v) -> b.actual(v))
        .build(ImmutableKpi.Builder::build);
  }

  public static Arbitrary<Goal> goals() {
    return Builders.withBuilder(ImmutableGoal::builder)
        .use(ids()).in((b, v) -> b.id(v))
        .use(texts()).withProbability(0.8).in((b, v) -> b.title(v))
        .use(personIds()).withProbability(0.8).in((b, v) -> b.owner(v))
        .use(ids().list().ofMaxSize(3)).in((b, v) -> b.kpis(v))
        .use(ids().list().ofMaxSize(2)).in((b, v) -> b.serves(v))
        .use(Arbitraries.of(Priority.class)).withProbability(0.4).in((b, v) -> b.priority(v))
        .build(ImmutableGoal.Builder::build);
  }

  public static Arbitrary<Need> needs() {
    return Combinators.combine(departmentIds().optional(), texts().optional())
        .as((department, what) -> Need.builder().department(department).what(what).build());
  }

  /** Tasks; months may repeat (a valid if odd draft) and any status occurs, DROPPED included. */
  public static Arbitrary<Task> tasks() {
    return Builders.withBuilder(ImmutableTask::builder)
        .use(ids()).in((b, v) -> b.id(v))
        .use(texts()).withProbability(0.8).in((b, v) -> b.title(v))
        .use(ids()).withProbability(0.7).in((b, v) -> b.goal(v))
        .use(personIds()).withProbability(0.8).in((b, v) -> b.owner(v))
        .use(months().list().ofMaxSize(5)).in((b, v) -> b.months(v))
        .use(Arbitraries.of(TaskStatus.class)).withProbability(0.6).in((b, v) -> b.status(v))
        .use(months()).withProbability(0.3).in((b, v) -> b.doneIn(v))
        .use(needs().list().ofMaxSize(2)).in((b, v) -> b.needs(v))
        .use(ids().list().ofMaxSize(2)).in((b, v) -> b.supports(v))
        .build(ImmutableTask.Builder::build);
  }

  public static Arbitrary<DepartmentPlan> plans() {
    return Builders.withBuilder(ImmutableDepartmentPlan::builder)
        .use(departmentIds()).in((b, v) -> b.department(v))
        .use(dates()).withProbability(0.7).in((b, v) -> b.submittedOn(v))
        .use(yearReports()).withProbability(0.6).in((b, v) -> b.report(v))
        .use(kpis().list().ofMaxSize(2)).in((b, v) -> b.kpis(v))
        .use(goals().list().ofMaxSize(2)).in((b, v) -> b.goals(v))
        .use(tasks().list().ofMaxSize(4)).in((b, v) -> b.tasks(v))
        .build(ImmutableDepartmentPlan.Builder::build);
  }

  public static Arbitrary<Remark> remarks() {
    return Builders.withBuilder(ImmutableRemark::builder)
        .use(ids()).in((b, v) -> b.id(v))
        .use(Arbitraries.integers().between(1, 3)).withProbability(0.8).in((b, v) -> b.day(v))
        .use(departmentIds()).withProbability(0.7).in((b, v) -> b.department(v))
        .use(Arbitraries.of(RemarkKind.class)).withProbability(0.8).in((b, v) -> b.kind(v))
        .use(texts()).withProbability(0.8).in((b, v) -> b.text(v))
        .use(ids().list().ofMaxSize(3)).in((b, v) -> b.addressedBy(v))
        .build(ImmutableRemark.Builder::build);
  }

  public static Arbitrary<Initiative> initiatives() {
    return Builders.withBuilder(ImmutableInitiative::builder)
        .use(ids()).in((b, v) -> b.id(v))
        .use(texts()).withProbability(0.8).in((b, v) -> b.title(v))
        .use(Arbitraries.of(InitiativeTheme.class)).withProbability(0.7).in((b, v) -> b.theme(v))
        .use(departmentIds()).withProbability(0.7).in((b, v) -> b.proposedBy(v))
        .use(departmentIds().list().ofMaxSize(3)).in((b, v) -> b.departments(v))
        .use(personIds()).withProbability(0.7).in((b, v) -> b.owner(v))
        .use(Arbitraries.of(InitiativeStatus.class)).withProbability(0.6).in((b, v) -> b.status(v))
        .use(dates()).withProbability(0.3).in((b, v) -> b.decidedOn(v))
        .build(ImmutableInitiative.Builder::build);
  }

  public static Arbitrary<KeyTaskAssignment> keyTaskAssignments() {
    return Combinators.combine(
            personIds().optional(), months().optional(), ids().list().ofMaxSize(4),
            ids().list().ofMaxSize(2))
        .as((person, month, tasks, done) -> KeyTaskAssignment.builder().person(person)
            .month(month).tasks(tasks).done(done).build());
  }

  /** Company goals (format 1.1). */
  public static Arbitrary<CompanyGoal> companyGoals() {
    return Builders.withBuilder(ImmutableCompanyGoal::builder)
        .use(ids()).in((b, v) -> b.id(v))
        .use(texts()).withProbability(0.8).in((b, v) -> b.title(v))
        .use(personIds()).withProbability(0.8).in((b, v) -> b.owner(v))
        .use(ids().list().ofMaxSize(2)).in((b, v) -> b.kpis(v))
        .build(ImmutableCompanyGoal.Builder::build);
  }

  /** Task id to tracker key; ids that repeat collapse into one entry. */
  public static Arbitrary<Map<String, String>> trackerRefs() {
    return Combinators.combine(ids().list().ofMaxSize(3), texts().list().ofSize(3))
        .as((ids, keys) -> {
          Map<String, String> refs = new LinkedHashMap<>();
          for (int i = 0; i < ids.size(); i++) {
            refs.put(ids.get(i), keys.get(i));
          }
          return refs;
        });
  }

  public static Arbitrary<FollowUp> followUps() {
    return Builders.withBuilder(ImmutableFollowUp::builder)
        .use(keyTaskAssignments().list().ofMaxSize(3)).in((b, v) -> b.keyTasks(v))
        .use(trackerRefs()).in((b, v) -> b.trackerRefs(v))
        .build(ImmutableFollowUp.Builder::build);
  }

  public static Arbitrary<Revision> revisions() {
    return Combinators.combine(Arbitraries.integers().between(1, 4).optional(), dates().optional())
        .as((quarter, date) -> Revision.builder().quarter(quarter).date(date).build());
  }

  /** Whole documents, drafts and near-complete ones alike. */
  public static Arbitrary<PlanDocument> documents() {
    return Builders.withBuilder(PlanDocument::builder)
        .use(texts()).in((b, v) -> b.company(v))
        .use(Arbitraries.integers().between(2000, 2100)).in((b, v) -> b.planningYear(v))
        .use(people().list().ofMaxSize(5)).in((b, v) -> b.people(v))
        .use(departments().list().ofMaxSize(4)).in((b, v) -> b.departments(v))
        .use(sessions()).withProbability(0.6).in((b, v) -> b.session(v))
        .use(plans().list().ofMaxSize(3)).in((b, v) -> b.plans(v))
        .use(remarks().list().ofMaxSize(3)).in((b, v) -> b.remarks(v))
        .use(initiatives().list().ofMaxSize(3)).in((b, v) -> b.initiatives(v))
        .use(companyGoals().list().ofMaxSize(2)).in((b, v) -> b.companyGoals(v))
        .use(Arbitraries.of(FormatSchema.ID, "../../docs/strategy-session.schema.json"))
        .withProbability(0.2).in((b, v) -> b.schema(v))
        .use(followUps()).withProbability(0.3).in((b, v) -> b.followUp(v))
        .use(revisions()).withProbability(0.2).in((b, v) -> b.revision(v))
        .build(ImmutablePlanDocument.Builder::build);
  }

  /** The JSON text of generated documents, as the writer writes it. */
  public static Arbitrary<String> documentTexts() {
    return documents().map(PlanDocuments.strict()::write);
  }

  // ---------------------------------------------------------------------------------------
  // Mutations of valid documents, for the reader's robustness

  /**
   * Texts of valid documents damaged by one to four edits: characters deleted, inserted
   * (mostly JSON punctuation) or swapped, or a value replaced by one of another JSON type.
   * Some results are still valid documents; most are not.
   */
  public static Arbitrary<String> mutatedTexts() {
    return Combinators.combine(documentTexts(), textEdits().list().ofMinSize(1).ofMaxSize(4))
        .as(DocumentArbitraries::applyAll);
  }

  /**
   * UTF-8 bytes of valid documents with one to four bytes inserted, deleted or overwritten by
   * arbitrary bytes, so that invalid UTF-8 occurs.
   */
  public static Arbitrary<byte[]> mutatedBytes() {
    Arbitrary<ByteEdit> edits =
        Combinators.combine(
                Arbitraries.of(ByteEdit.Kind.class),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.bytes())
            .as(ByteEdit::new);
    return Combinators.combine(
            documentTexts().map(t -> t.getBytes(StandardCharsets.UTF_8)),
            edits.list().ofMinSize(1).ofMaxSize(4))
        .as((bytes, list) -> {
          byte[] out = bytes;
          for (ByteEdit e : list) {
            out = e.apply(out);
          }
          return out;
        });
  }

  private static Arbitrary<TextEdit> textEdits() {
    Arbitrary<String> inserted =
        Arbitraries.of("{", "}", "[", "]", ",", ":", "\"", "\\", " ", "\n", "0", "-", "1e9",
            ".", "x", "null", "true", "\u0000", "\uFEFF", "é", "\\u12");
    Arbitrary<JsonNode> replacement =
        Arbitraries.of(
            TextNode.valueOf("x"), TextNode.valueOf("2027"), TextNode.valueOf(""),
            TextNode.valueOf("13"), TextNode.valueOf("INCREASE"), TextNode.valueOf("25:00"),
            IntNode.valueOf(0), IntNode.valueOf(13), IntNode.valueOf(-1), IntNode.valueOf(721),
            DecimalNode.valueOf(new BigDecimal("1.5")),
            DecimalNode.valueOf(new BigDecimal("1e400")),
            BooleanNode.TRUE, BooleanNode.FALSE, NullNode.getInstance(),
            JsonNodeFactory.instance.objectNode(), JsonNodeFactory.instance.arrayNode(),
            JsonNodeFactory.instance.arrayNode().add(NullNode.getInstance()),
            JsonNodeFactory.instance.objectNode().put("id", "x"));
    return Combinators.combine(
            Arbitraries.of(TextEdit.Kind.class),
            Arbitraries.doubles().between(0, 1),
            Arbitraries.integers().between(1, 8),
            inserted,
            replacement)
        .as(TextEdit::new);
  }

  private static String applyAll(String text, List<TextEdit> edits) {
    String out = text;
    for (TextEdit e : edits) {
      out = e.apply(out);
    }
    return out;
  }

  private static final ObjectMapper TREES =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  /** One damage to a document text; positions are fractions of its length. */
  private record TextEdit(Kind kind, double at, int length, String inserted, JsonNode value) {
    enum Kind { DELETE, INSERT, SWAP, REPLACE_VALUE }

    String apply(String text) {
      if (text.isEmpty()) {
        return kind == Kind.INSERT ? inserted : text;
      }
      int i = Math.min(text.length() - 1, (int) (at * text.length()));
      switch (kind) {
        case DELETE:
          return text.substring(0, i) + text.substring(Math.min(text.length(), i + length));
        case INSERT:
          return text.substring(0, i) + inserted + text.substring(i);
        case SWAP:
          if (i + 1 >= text.length()) {
            return text;
          }
          return text.substring(0, i) + text.charAt(i + 1) + text.charAt(i) + text.substring(i + 2);
        default:
          return replaceValue(text);
      }
    }

    private String replaceValue(String text) {
      JsonNode root;
      try {
        root = TREES.readTree(text);
      } catch (IOException | NumberFormatException e) {
        // already damaged by an earlier edit (a number no BigDecimal holds, say): there is no
        // value to pick
        return text;
      }
      List<JsonNode> containers = new ArrayList<>();
      List<Object> keys = new ArrayList<>();
      collect(root, containers, keys);
      if (containers.isEmpty()) {
        return value.toString();
      }
      int k = Math.min(containers.size() - 1, (int) (at * containers.size()));
      JsonNode parent = containers.get(k);
      if (parent instanceof ObjectNode) {
        ((ObjectNode) parent).set((String) keys.get(k), value.deepCopy());
      } else {
        ((ArrayNode) parent).set((Integer) keys.get(k), value.deepCopy());
      }
      return root.toPrettyString();
    }

    /** Every value below {@code node}, as (its container, its key or index), in document order. */
    private static void collect(JsonNode node, List<JsonNode> containers, List<Object> keys) {
      if (node instanceof ObjectNode) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
          containers.add(node);
          keys.add(name);
          collect(node.get(name), containers, keys);
        }
      } else if (node instanceof ArrayNode) {
        for (int j = 0; j < node.size(); j++) {
          containers.add(node);
          keys.add(j);
          collect(node.get(j), containers, keys);
        }
      }
    }
  }

  /** One damage to a document's bytes; the position is a fraction of its length. */
  private record ByteEdit(Kind kind, double at, byte value) {
    enum Kind { DELETE, INSERT, OVERWRITE }

    byte[] apply(byte[] bytes) {
      int i = Math.min(Math.max(0, bytes.length - 1), (int) (at * bytes.length));
      switch (kind) {
        case DELETE: {
          if (bytes.length == 0) {
            return bytes;
          }
          byte[] out = new byte[bytes.length - 1];
          System.arraycopy(bytes, 0, out, 0, i);
          System.arraycopy(bytes, i + 1, out, i, bytes.length - i - 1);
          return out;
        }
        case INSERT: {
          byte[] out = new byte[bytes.length + 1];
          System.arraycopy(bytes, 0, out, 0, i);
          out[i] = value;
          System.arraycopy(bytes, i, out, i + 1, bytes.length - i);
          return out;
        }
        default: {
          if (bytes.length == 0) {
            return bytes;
          }
          byte[] out = bytes.clone();
          out[i] = value;
          return out;
        }
      }
    }
  }
}
