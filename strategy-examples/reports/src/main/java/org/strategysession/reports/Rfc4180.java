package org.strategysession.reports;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The reports' CSV: RFC 4180 as Jackson's generator writes it — comma-separated, quoted only
 * where the RFC requires it (by default Jackson also quotes any value holding a space), CRLF
 * line ends. A line break inside a field is written as CRLF, the RFC's line break: the strict
 * check quotes a field that holds the line separator, and a lone LF would slip past it.
 */
final class Rfc4180 {
  private static final CsvFactory CSV = CsvFactory.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
  private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

  /** Where a report writes its records. */
  interface Records {
    /** One record of these fields. */
    void add(List<String> fields) throws IOException;
  }

  /** What writes the records of one file. */
  interface Body {
    void write(Records records) throws IOException;
  }

  private Rfc4180() {}

  /** The text of one CSV file, as {@code body} fills it. */
  static String write(Body body) {
    StringWriter text = new StringWriter();
    try (CsvGenerator csv = CSV.createGenerator(text)) {
      csv.setSchema(SCHEMA);
      body.write(fields -> {
        csv.writeStartArray();
        for (String field : fields) {
          csv.writeString(LINE_BREAK.matcher(field).replaceAll("\r\n"));
        }
        csv.writeEndArray();
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.toString();
  }
}
