package org.strategysession.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A task tracker's CSV export, read for {@link TrackerImport}: one {@link Row} per issue with
 * its key, status, resolution date and the plan's task id where the export has them. The
 * other half of the exchange with the tracker, next to the roadmap's CSV that the tracker
 * imports ({@link RoadmapReports#csv}).
 *
 * <p>Columns are found by their header names, compared ignoring case and surrounding spaces;
 * where several candidates are present the first of each list wins (so Jira's {@code Issue
 * key} is taken, not its numeric {@code Issue id}):
 *
 * <ul>
 *   <li>the key (required): {@code Issue key} (Jira), {@code Key}, {@code Issue Id}
 *       (YouTrack), {@code ID}, {@code #} (Redmine);
 *   <li>the status (required): {@code Status} (Jira, Redmine), {@code State} (YouTrack);
 *   <li>the resolution date: {@code Resolved} (Jira, YouTrack), {@code Resolution date},
 *       {@code Closed} (Redmine);
 *   <li>the plan's task id: {@code Task id}, as {@code roadmap --format csv} writes it.
 * </ul>
 *
 * <p>The text is UTF-8, with or without a byte order mark; a file that is not valid UTF-8 is
 * read as Windows-1251, what Excel in a Russian locale saves as "CSV". The separator is the
 * comma, or the semicolon (Excel in a Russian or German locale) or the tab where the header
 * line holds more of those than commas. Quoting is RFC 4180's, read by Jackson's CSV parser;
 * a quoted value may span lines, and every row is known by the line it starts on. Blank lines
 * and rows of empty cells are skipped; other columns are ignored.
 *
 * <p>An export is read whole into memory, so its size is bounded: at most {@link #MAX_BYTES}
 * and {@link #MAX_ROWS} rows, far above a year's plan in any tracker (a plan has a few
 * hundred tasks) and low enough that the largest export is read and applied in a 512 MB heap
 * (README, "Reliability").
 *
 * <p>Immutable and thread-safe.
 */
public final class TrackerExport {
  /** The names of the key column, the first present wins. */
  public static final List<String> KEY_COLUMNS = List.of("Issue key", "Key", "Issue Id", "ID",
      "#");
  /** The names of the status column, the first present wins. */
  public static final List<String> STATUS_COLUMNS = List.of("Status", "State");
  /** The names of the resolution date column, the first present wins. */
  public static final List<String> RESOLVED_COLUMNS = List.of("Resolved", "Resolution date",
      "Closed");
  /** The name of the column holding the plan's task id. */
  public static final String TASK_ID_COLUMN = "Task id";

  /** Larger exports are refused rather than read into memory: 16 MiB. */
  public static final int MAX_BYTES = 16 << 20;

  /** Most issues an export may hold: 100,000 rows (the header and blank rows not counted). */
  public static final int MAX_ROWS = 100_000;

  private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
  private static final CsvFactory CSV = CsvFactory.builder()
      .enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
      .build();

  /**
   * One issue of the export.
   *
   * @param line the line of the file the row starts on, 1-based (the header is line 1)
   * @param key the issue's key, stripped; empty where the row has none
   * @param status the issue's status, stripped; empty where the row has none
   * @param resolved the resolution date, where the export has the column and the row a value
   * @param taskId the plan's task id, where the export has the column and the row a value
   */
  public record Row(int line, String key, String status, Optional<LocalDate> resolved,
      Optional<String> taskId) {
    /** @throws NullPointerException if a component is null */
    public Row {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(resolved, "resolved");
      Objects.requireNonNull(taskId, "taskId");
    }
  }

  private final List<Row> rows;
  private final char separator;

  private TrackerExport(List<Row> rows, char separator) {
    this.rows = List.copyOf(rows);
    this.separator = separator;
  }

  /**
   * Reads an export file.
   *
   * @param file not null
   * @throws TrackerExportException if the file cannot be read or is not an export the import
   *     understands, with the line where there is one
   */
  public static TrackerExport read(Path file) {
    Objects.requireNonNull(file, "file");
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw new TrackerExportException("no such file", 0);
    } catch (IOException e) {
      throw new TrackerExportException("cannot be read: " + e.getMessage(), 0);
    }
    if (bytes.length > MAX_BYTES) {
      throw new TrackerExportException("larger than " + (MAX_BYTES >> 20) + " MiB", 0);
    }
    return read(bytes);
  }

  /**
   * Reads an export from its bytes (UTF-8, or Windows-1251 where they are not UTF-8).
   *
   * @param content not null
   * @throws TrackerExportException if it is not an export the import understands, with the
   *     line of the problem
   */
  public static TrackerExport read(byte[] content) {
    return parse(decode(Objects.requireNonNull(content, "content")));
  }

  /**
   * Reads an export from its text.
   *
   * @param text not null; a leading byte order mark is ignored
   * @throws TrackerExportException if it is not an export the import understands, with the
   *     line of the problem
   */
  public static TrackerExport read(String text) {
    Objects.requireNonNull(text, "text");
    return parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  /** The issues, in the order of the file; never null. */
  public List<Row> rows() {
    return rows;
  }

  /** The separator found in the header line: {@code ,}, {@code ;} or a tab. */
  public char separator() {
    return separator;
  }

  private static String decode(byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(buffer).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, start, bytes.length - start, WINDOWS_1251);
    }
  }

  private static TrackerExport parse(String text) {
    char separator = separator(text);
    List<Row> rows = new ArrayList<>();
    Columns columns = null;
    try (CsvParser parser = (CsvParser) CSV.createParser(new StringReader(text))) {
      parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator));
      List<String> cells = new ArrayList<>();
      int line = 0;
      int depth = 0;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.START_ARRAY) {
          depth++;
          cells.clear();
          line = 0;
        } else if (token == JsonToken.END_ARRAY) {
          depth--;
          if (depth == 1 && cells.stream().anyMatch(c -> !c.isBlank())) {
            if (columns == null) {
              columns = Columns.of(cells, line);
            } else if (rows.size() == MAX_ROWS) {
              throw new TrackerExportException("more than " + String.format(Locale.ROOT, "%,d",
                  MAX_ROWS) + " rows; an export for a plan holds far fewer", line);
            } else {
              rows.add(columns.row(cells, line));
            }
          }
        } else if (token == JsonToken.VALUE_STRING) {
          if (cells.isEmpty()) {
            line = parser.currentTokenLocation().getLineNr(); // where the row starts
          }
          cells.add(parser.getText());
        }
      }
    } catch (JsonProcessingException e) {
      throw new TrackerExportException("not CSV: " + e.getOriginalMessage(),
          e.getLocation() == null ? 0 : e.getLocation().getLineNr());
    } catch (IOException e) {
      throw new TrackerExportException("cannot be read: " + e.getMessage(), 0); // a string
    }
    if (columns == null) {
      throw new TrackerExportException("the file is empty: expected a header row naming a key "
          + "column and a status column", 1);
    }
    return new TrackerExport(rows, separator);
  }

  /**
   * The separator of the header line: a semicolon or a tab where the line holds more of them
   * than commas (outside quotes), the comma otherwise.
   */
  static char separator(String text) {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted) {
        commas += c == ',' ? 1 : 0;
        semicolons += c == ';' ? 1 : 0;
        tabs += c == '\t' ? 1 : 0;
      }
    }
    if (semicolons > commas && semicolons >= tabs) {
      return ';';
    }
    return tabs > commas ? '\t' : ',';
  }

  /** Where the columns the import reads are, found in the header. */
  private record Columns(int keyColumn, int statusColumn, int resolvedColumn,
      int taskIdColumn, List<String> header) {
    static Columns of(List<String> header, int line) {
      int key = find(header, KEY_COLUMNS);
      int status = find(header, STATUS_COLUMNS);
      if (key < 0 || status < 0) {
        throw new TrackerExportException("no " + (key < 0 ? "key" : "status")
            + " column: the header names none of "
            + String.join(", ", key < 0 ? KEY_COLUMNS : STATUS_COLUMNS), line);
      }
      return new Columns(key, status, find(header, RESOLVED_COLUMNS),
          find(header, List.of(TASK_ID_COLUMN)), List.copyOf(header));
    }

    private static int find(List<String> header, List<String> names) {
      for (String name : names) {
        for (int i = 0; i < header.size(); i++) {
          if (header.get(i).strip().equalsIgnoreCase(name)) {
            return i;
          }
        }
      }
      return -1;
    }

    Row row(List<String> cells, int line) {
      Optional<LocalDate> resolved = Optional.empty();
      String date = cell(cells, resolvedColumn);
      if (!date.isEmpty()) {
        try {
          resolved = Optional.of(TrackerDates.parse(date));
        } catch (DateTimeParseException e) {
          throw new TrackerExportException(header.get(resolvedColumn).strip() + " \"" + date
              + "\" is not a date: expected " + TrackerDates.FORMS, line);
        }
      }
      String task = cell(cells, taskIdColumn);
      return new Row(line, cell(cells, keyColumn), cell(cells, statusColumn), resolved,
          task.isEmpty() ? Optional.empty() : Optional.of(task));
    }

    private static String cell(List<String> cells, int column) {
      return column < 0 || column >= cells.size() ? "" : cells.get(column).strip();
    }
  }

  @Override
  public String toString() {
    return "TrackerExport{" + rows.size() + " rows, separator '"
        + (separator == '\t' ? "\\t" : String.valueOf(separator)) + "'}";
  }

  /** Lower case for comparing statuses, the same in every locale. */
  static String fold(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }
}
