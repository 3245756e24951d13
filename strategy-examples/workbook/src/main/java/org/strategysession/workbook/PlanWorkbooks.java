package org.strategysession.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.strategysession.model.Language;
import org.strategysession.model.PlanDocument;

/**
 * The department-tab workbook: a plan document written as an {@code .xlsx} workbook (one
 * sheet per department plus the session's sheets), and a filled workbook read back into a
 * document. The layout is described in {@code strategy-examples/workbook/WORKBOOK.md}.
 *
 * <p>Writing uses the instance's language for titles, headers, choices and instructions.
 * Reading accepts either language (even mixed), any sheet order and renamed tabs, and never
 * throws for a bad workbook: every problem, down to a file that is not a workbook at all, is
 * a {@link WorkbookProblem} of the returned {@link WorkbookImport}, located by sheet and cell.
 *
 * <pre>{@code
 * PlanWorkbooks workbooks = PlanWorkbooks.of(Language.RU);
 * workbooks.write(WorkbookTemplate.document("Vektor", 2027,
 *     WorkbookTemplate.parseDepartments("sales:SALES,hr:HR")), Path.of("plan.xlsx"));
 * WorkbookImport filled = workbooks.read(Path.of("plan.xlsx"));
 * filled.problems().forEach(System.err::println);
 * PlanDocument document = filled.requireDocument();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; each call works on its own workbook.
 */
public final class PlanWorkbooks {
  /**
   * Larger files are refused unread by default ({@link WorkbookLimits#maxFileBytes()}): a plan
   * workbook is a few hundred kilobytes.
   */
  public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  private static final PlanWorkbooks ENGLISH =
      new PlanWorkbooks(Language.EN, WorkbookLimits.defaults());
  private static final PlanWorkbooks RUSSIAN =
      new PlanWorkbooks(Language.RU, WorkbookLimits.defaults());

  private final Language language;
  private final WorkbookLimits limits;

  private PlanWorkbooks(Language language, WorkbookLimits limits) {
    this.language = language;
    this.limits = limits;
  }

  /** Workbooks written in a language, read with the default limits; {@code language} not null. */
  public static PlanWorkbooks of(Language language) {
    Objects.requireNonNull(language, "language");
    return language == Language.RU ? RUSSIAN : ENGLISH;
  }

  /**
   * These workbooks read with other limits; {@code limits} not null.
   *
   * @see WorkbookLimits
   */
  public PlanWorkbooks withLimits(WorkbookLimits limits) {
    Objects.requireNonNull(limits, "limits");
    return limits.equals(this.limits) ? this : new PlanWorkbooks(language, limits);
  }

  /** The limits a read applies; never null. */
  public WorkbookLimits limits() {
    return limits;
  }

  /** Workbooks written in English. */
  public static PlanWorkbooks english() {
    return ENGLISH;
  }

  /** The language workbooks are written in; never null. */
  public Language language() {
    return language;
  }

  /**
   * Writes the document as a workbook to a stream, which is not closed. Everything the
   * document holds is laid out (see {@code WORKBOOK.md} for the few things a spreadsheet
   * cannot keep exactly), and blank rows with validation are left in each table to fill.
   *
   * @param document not null
   * @param out not null
   * @throws IOException if the stream fails
   * @throws IllegalArgumentException if a text is longer than a cell holds (32,767
   *     characters), naming the cell
   */
  public void write(PlanDocument document, OutputStream out) throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    try (XSSFWorkbook workbook = WorkbookWriter.write(document, language)) {
      workbook.write(out);
    }
  }

  /**
   * Writes the document as a workbook to a file, replacing it.
   *
   * @see #write(PlanDocument, OutputStream)
   */
  public void write(PlanDocument document, Path file) throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(file, "file");
    // Laid out in memory first, so that a failure leaves no half-written file behind.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    write(document, bytes);
    Files.write(file, bytes.toByteArray());
  }

  /**
   * Reads a filled workbook ({@code .xlsx}; an old {@code .xls} also works). Never throws for
   * the file's content or for a file that cannot be opened: those are problems of the result.
   * A file over one of the {@link #limits()} is one problem, found before any sheet is built.
   *
   * @param file not null
   * @return the document, if no error was found, and every problem; never null
   */
  public WorkbookImport read(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      long size = Files.size(file);
      if (size > limits.maxFileBytes()) {
        return WorkbookReader.unreadable("the file is " + size + " bytes, larger than the "
            + limits.maxFileBytes() + " bytes a plan workbook can be");
      }
      try (InputStream in = Files.newInputStream(file)) {
        return read(in);
      }
    } catch (NoSuchFileException e) {
      return WorkbookReader.unreadable("no such file: " + file);
    } catch (IOException e) {
      return WorkbookReader.unreadable("cannot read " + file + ": " + e.getMessage());
    }
  }

  /**
   * Reads a filled workbook from a stream, which is read to its end (at most {@link
   * WorkbookLimits#maxFileBytes()}) and not closed.
   *
   * @param in not null
   * @return the document, if no error was found, and every problem; never null
   * @see #read(Path)
   */
  public WorkbookImport read(InputStream in) {
    Objects.requireNonNull(in, "in");
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) limits.maxFileBytes() + 1);
    } catch (IOException e) {
      return WorkbookReader.unreadable("cannot read the workbook: " + e.getMessage());
    }
    if (bytes.length > limits.maxFileBytes()) {
      return WorkbookReader.unreadable("the file is larger than the " + limits.maxFileBytes()
          + " bytes a plan workbook can be");
    }
    if (bytes.length == 0) {
      return WorkbookReader.unreadable("the file is empty, not a workbook");
    }
    WorkbookImport overLimit = PackageLimits.check(bytes, limits);
    if (overLimit != null) {
      return overLimit;
    }
    // No message of POI reaches the user: its texts name its classes and settings.
    Workbook workbook;
    try {
      workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes));
    } catch (EncryptedDocumentException e) {
      return WorkbookReader.unreadable(
          "the workbook is protected by a password; save it without one and import it again");
    } catch (EmptyFileException e) {
      return WorkbookReader.unreadable("the file is empty, not a workbook");
    } catch (UnsupportedFileFormatException e) {
      return WorkbookReader.unreadable("the file is not an Excel workbook (.xlsx)");
    } catch (IOException | RuntimeException e) {
      // POI signals a damaged or foreign file in many ways; none of them may escape.
      return WorkbookReader.unreadable(
          "the file is not a readable Excel workbook (.xlsx): it is damaged, or no workbook");
    }
    try (workbook) {
      if (!(workbook instanceof XSSFWorkbook)) {
        WorkbookImport over = PackageLimits.checkLoaded(workbook, limits);
        if (over != null) {
          return over;
        }
      }
      return WorkbookReader.read(workbook);
    } catch (IOException e) {
      return WorkbookReader.unreadable("cannot close the workbook");
    } catch (RuntimeException e) {
      return WorkbookReader.unreadable("the workbook cannot be read: it is damaged");
    }
  }
}
