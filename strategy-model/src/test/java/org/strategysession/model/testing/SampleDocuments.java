package org.strategysession.model.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The project's sample documents ({@code strategy-examples/samples/*.json}), the same files the
 * README and users run the tool on. Tests find the folder through the system property {@value
 * #PROPERTY}, which each module's Surefire configuration sets; without it (a test started from
 * an IDE) the folder is looked for beside and above the working directory.
 *
 * <p>Stateless and thread-safe.
 */
public final class SampleDocuments {
  /** The system property naming the samples folder. */
  public static final String PROPERTY = "samples.dir";

  /** The sample that is complete and triggers no rule with default options. */
  public static final String CLEAN_PLAN = "clean-plan.json";

  /** The Russian-language sample that triggers no rule with default options. */
  public static final String CLEAN_PLAN_RU = "clean-plan-ru.json";

  private SampleDocuments() {}

  /**
   * The samples folder.
   *
   * @return an existing directory; never null
   * @throws IllegalStateException if the folder cannot be found
   */
  public static Path directory() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isBlank()) {
      Path dir = Path.of(configured);
      if (!Files.isDirectory(dir)) {
        throw new IllegalStateException(PROPERTY + " names no directory: " + dir.toAbsolutePath());
      }
      return dir;
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("strategy-examples").resolve("samples");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "cannot find strategy-examples/samples; set the system property " + PROPERTY);
  }

  /**
   * One sample by file name.
   *
   * @param fileName e.g. {@link #CLEAN_PLAN}; not null
   * @return the path of an existing file; never null
   * @throws IllegalStateException if there is no such sample
   */
  public static Path named(String fileName) {
    Path file = directory().resolve(fileName);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("no sample " + fileName + " in " + directory());
    }
    return file;
  }

  /**
   * Every sample, by file name.
   *
   * @return the {@code .json} files of the folder, sorted; never null
   */
  public static List<Path> all() {
    try (Stream<Path> files = Files.list(directory())) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".json"))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
