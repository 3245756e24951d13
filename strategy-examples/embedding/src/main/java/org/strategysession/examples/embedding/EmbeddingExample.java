package org.strategysession.examples.embedding;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.strategysession.model.PlanDocument;
import org.strategysession.model.PlanDocumentException;
import org.strategysession.model.PlanDocuments;
import org.strategysession.rules.CheckOptions;
import org.strategysession.rules.CheckReport;
import org.strategysession.rules.Messages;
import org.strategysession.rules.Finding;
import org.strategysession.rules.PlanChecker;
import org.strategysession.rules.Severity;
import org.strategysession.rules.facts.Label;

/**
 * How an HR or ERP product embeds the checker: it builds one {@link PlanChecker} at start-up,
 * checks the plan documents its users save, from as many threads as it serves, and reads each
 * finding's rule, subject and arguments to file it against the right record and render its
 * own text. The README's example is this class's code.
 *
 * <p>Its test runs it on the samples ({@code mvn -B -pl strategy-examples/embedding -am
 * verify}); {@link #main} takes the plan documents to check as arguments.
 * Instances are thread-safe.
 */
public final class EmbeddingExample {
  // tag::embedding[]
  // At start-up: one checker for the whole application; it is immutable and thread-safe.
  private final PlanChecker checker = PlanChecker.builder()
      .options(CheckOptions.builder().maxParticipants(10).build()) // this company's practice
      .severity("PLAN_LATE", Severity.ERROR)                      // deadlines are strict here
      .build();

  /** Checks one document as it comes from the product's database. */
  public PlanReview review(String name, String json) {
    PlanDocument document;
    try {
      document = PlanDocuments.strict().read(json);
    } catch (PlanDocumentException e) { // not a plan document at all: the message says where
      return new PlanReview(name, 0, 0, List.of(), e.getMessage());
    }
    CheckReport report = checker.check(document);
    List<String> lines = new ArrayList<>();
    for (Finding f : report.findings()) {
      // f.message() is ready to show; the rule id and arguments let the product file the
      // finding against its own records and word it its own way.
      lines.add(f.severity() + " " + f.rule() + " on " + f.subject()
          + f.department().map(d -> " (" + d + ")").orElse("") + ": " + arguments(f));
    }
    return new PlanReview(name, report.errors(), report.warnings(), lines, null);
  }

  /** Checks many documents at once on the product's thread pool, with the one checker. */
  public List<PlanReview> reviewAll(Map<String, String> documents, ExecutorService pool)
      throws InterruptedException, ExecutionException {
    List<Future<PlanReview>> pending = new ArrayList<>();
    documents.forEach((name, json) -> pending.add(pool.submit(() -> review(name, json))));
    List<PlanReview> reviews = new ArrayList<>();
    for (Future<PlanReview> review : pending) {
      reviews.add(review.get());
    }
    return reviews;
  }

  private static String arguments(Finding finding) {
    return finding.arguments().stream()
        .map(a -> a instanceof Label label
            ? label.id()                            // a named element; label.name() if it has one
            : Messages.render(a, Locale.ENGLISH))   // numbers, dates, kinds as the messages show
        .collect(Collectors.joining(", ", "[", "]"));
  }
  // end::embedding[]

  /**
   * What the product keeps of one check.
   *
   * @param name the document's name in the product
   * @param errors the number of ERROR findings
   * @param warnings the number of WARNING findings
   * @param findings one line per finding: severity, rule, subject, department, arguments
   * @param readError why the document could not be read, or null
   */
  public record PlanReview(String name, int errors, int warnings, List<String> findings,
      String readError) {
    public PlanReview {
      Objects.requireNonNull(name, "name");
      findings = List.copyOf(findings);
    }
  }

  /**
   * Checks the plan documents named on the command line (the samples, when run without
   * arguments from the repository or the module folder) on four threads and prints what the
   * product would keep.
   */
  public static void main(String[] args) throws Exception {
    List<Path> files = new ArrayList<>();
    for (String arg : args) {
      files.add(Path.of(arg));
    }
    if (files.isEmpty()) {
      files.addAll(samples());
    }
    run(files, System.out);
  }

  /** {@link #main} with its output given. */
  public static void run(List<Path> files, PrintStream out)
      throws IOException, InterruptedException, ExecutionException {
    Map<String, String> documents = new LinkedHashMap<>();
    for (Path file : files) {
      documents.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }
    EmbeddingExample product = new EmbeddingExample();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (PlanReview review : product.reviewAll(documents, pool)) {
        if (review.readError() != null) {
          out.println(review.name() + ": cannot be read: " + review.readError());
          continue;
        }
        out.println(review.name() + ": errors " + review.errors() + ", warnings "
            + review.warnings());
        review.findings().forEach(line -> out.println("  " + line));
      }
    } finally {
      pool.shutdown();
    }
  }

  private static List<Path> samples() throws IOException {
    for (Path dir : List.of(Path.of("samples"), Path.of("..", "samples"),
        Path.of("strategy-examples", "samples"))) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> list = Files.list(dir)) {
          return list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
      }
    }
    throw new IOException("no samples folder here: name the plan documents to check");
  }
}
