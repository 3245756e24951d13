package org.strategysession.workbook;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.strategysession.workbook.WorkbookProblem.Severity;

/**
 * The {@link WorkbookLimits} of a file, checked before POI builds a sheet: POI's {@code
 * XSSFWorkbook} parses every sheet into objects when it opens a file, at about a kilobyte per
 * cell, so a sheet of a few megabytes packed can take gigabytes. The zip package is unpacked
 * once as a stream, counting the bytes of every part as they come (a zip's headers may say
 * anything) and counting the rows, cells, sheets and shared texts with a streaming XML pass
 * that keeps nothing but the counts, the sheets' names and the links from names to parts.
 *
 * <p>An old {@code .xls} file is no zip: its sheets are counted once POI has read it, which
 * the file size bounds ({@link #checkLoaded}).
 */
final class PackageLimits {
  private static final Set<String> SPREADSHEET_NAMESPACES = Set.of(
      "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "http://purl.oclc.org/ooxml/spreadsheetml/main");
  private static final String RELATIONSHIPS_NAMESPACE =
      "http://schemas.openxmlformats.org/package/2006/relationships";
  /** POI refuses a part that unpacks to less than its ratio only past this size, and so do we. */
  private static final long RATIO_GRACE_BYTES = 100 * 1024;

  private static final XMLInputFactory XML = xmlFactory();

  /** What one part holds, as far as it was read. */
  private static final class Part {
    final String name;
    long bytes;
    int rows;
    int cells;
    int sharedStrings;
    /** False once its rows or cells went over a sheet's limit and counting them stopped. */
    boolean countedWhole = true;
    /** The sheets a workbook part lists, in order: name and relationship id. */
    final List<String[]> sheets = new ArrayList<>();
    int sheetCount;
    /** A relationships part's links to worksheets and to the workbook: id to target. */
    final Map<String, String> links = new HashMap<>();
    String officeDocument;

    Part(String name) {
      this.name = name;
    }
  }

  /**
   * Ends the XML pass of a part whose rows or cells are over a sheet's limit: its verdict is
   * known, and counting the rest of a sheet of 300,000 rows would take most of a second.
   */
  private static final class OverASheetLimit extends RuntimeException {
    OverASheetLimit() {
      super(null, null, false, false);
    }
  }

  /** A sheet as counted: its place in the workbook, or none for a part no sheet names. */
  private record SheetCount(int index, String name, int rows, int cells, boolean complete) {}

  private final WorkbookLimits limits;
  private final Map<String, Part> parts = new LinkedHashMap<>();
  private long unpacked;
  private int kept;
  private Part stoppedIn;
  /** Which limit stopped the scan ({@link #PART}, {@link #TOTAL} or {@link #RATIO}), or null. */
  private String stopReason;
  private static final String PART = "part";
  private static final String TOTAL = "total";
  private static final String RATIO = "ratio";

  private PackageLimits(WorkbookLimits limits) {
    this.limits = limits;
  }

  /**
   * The problems of a file over a limit, or null when it is within every limit or no zip
   * package (an {@code .xls} file, or no workbook at all: POI says which).
   */
  static WorkbookImport check(byte[] file, WorkbookLimits limits) {
    return new PackageLimits(limits).scan(file);
  }

  private WorkbookImport scan(byte[] file) {
    if (file.length < 4 || file[0] != 'P' || file[1] != 'K') {
      return null;
    }
    // The zip is read as POI reads a stream: entry by entry, with commons-compress.
    try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(file))) {
      ZipArchiveEntry entry;
      int entries = 0;
      while ((entry = zip.getNextEntry()) != null) {
        entries++;
        if (entry.getMethod() != ZipEntry.STORED && entry.getMethod() != ZipEntry.DEFLATED) {
          // Spreadsheet programs store or deflate; the zip library would look for a decoder
          // of another method (zstd, bzip2…) that may not be there, and fail with an Error.
          return refused("the file is not a readable Excel workbook (.xlsx): its part "
              + partName(entry.getName()) + " is compressed in a way no spreadsheet program"
              + " uses");
        }
        Part part = parts.computeIfAbsent(partName(entry.getName()), Part::new);
        if (!read(zip, part)) {
          break;
        }
      }
      if (entries == 0) {
        return null; // not a zip after all: POI says what it is
      }
    } catch (IOException | RuntimeException e) {
      if (stopReason == null) {
        return refused(
            "the file is not a readable Excel workbook (.xlsx): it is damaged or cut off");
      }
    } catch (LinkageError e) {
      // The zip library opens the decoder of an entry's method as it reaches the entry, before
      // the method can be checked; a decoder that is not on the class path (zstd, xz) is this.
      return refused("the file is not a readable Excel workbook (.xlsx): a part of it is"
          + " compressed in a way no spreadsheet program uses");
    }
    if (RATIO.equals(stopReason)) {
      return refused("the file is not a readable Excel workbook (.xlsx): its part "
          + stoppedIn.name + " unpacks to more than " + n(Math.round(1 / ZipSecureFile
              .getMinInflateRatio())) + " times its packed size, which no spreadsheet program"
          + " writes");
    }
    return problems();
  }

  /** Reads one part to its end, or to a limit; false when a limit stopped the scan. */
  private boolean read(ZipArchiveInputStream zip, Part part) throws IOException {
    PartStream in = new PartStream(zip, part);
    try {
      count(in, part);
    } catch (OverASheetLimit e) {
      part.countedWhole = false;
    } catch (XMLStreamException | RuntimeException e) {
      // not XML, or broken XML: only its size counts here, and POI judges the rest
    }
    if (stopReason == null) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return stopReason == null;
  }

  private void count(InputStream part, Part counts) throws XMLStreamException, IOException {
    // Decoded here, with bad bytes replaced: the JDK's parser prints a line to standard error
    // for every malformed UTF-8 sequence it decodes itself.
    BufferedInputStream in = new BufferedInputStream(part);
    in.mark(2);
    int first = in.read();
    int second = in.read();
    in.reset();
    Charset charset = (first == 0xFE && second == 0xFF) || (first == 0 && second == '<')
        ? StandardCharsets.UTF_16BE
        : (first == 0xFF && second == 0xFE) || (first == '<' && second == 0)
            ? StandardCharsets.UTF_16LE
            : StandardCharsets.UTF_8;
    count(XML.createXMLStreamReader(new InputStreamReader(in, charset)), counts);
  }

  private void count(XMLStreamReader xml, Part part) throws XMLStreamException {
    try {
      boolean inSheets = false;
      boolean rels = part.name.endsWith(".rels");
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheets")) {
          inSheets = false;
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String name = xml.getLocalName();
        String ns = xml.getNamespaceURI();
        if (rels) {
          if (name.equals("Relationship") && RELATIONSHIPS_NAMESPACE.equals(ns)) {
            link(part, xml);
          }
        } else if (ns != null && SPREADSHEET_NAMESPACES.contains(ns)) {
          switch (name) {
            case "row" -> {
              if (++part.rows > limits.maxRowsPerSheet()) {
                throw new OverASheetLimit();
              }
            }
            case "c" -> {
              if (++part.cells > limits.maxCellsPerSheet()) {
                throw new OverASheetLimit();
              }
            }
            case "si" -> part.sharedStrings++;
            case "sheets" -> inSheets = true;
            case "sheet" -> {
              if (inSheets) {
                sheet(part, xml);
              }
            }
            default -> { }
          }
        }
      }
    } finally {
      xml.close();
    }
  }

  private void sheet(Part part, XMLStreamReader xml) {
    part.sheetCount++;
    if (part.sheets.size() <= limits.maxSheets()) {
      String id = "";
      for (int i = 0; i < xml.getAttributeCount(); i++) {
        if (xml.getAttributeLocalName(i).equals("id")
            && !xml.getAttributeNamespace(i).isEmpty()) {
          id = xml.getAttributeValue(i);
        }
      }
      String name = xml.getAttributeValue(null, "name");
      part.sheets.add(new String[] {name == null ? "" : name, id});
    }
  }

  private void link(Part part, XMLStreamReader xml) {
    String type = xml.getAttributeValue(null, "Type");
    String id = xml.getAttributeValue(null, "Id");
    String target = xml.getAttributeValue(null, "Target");
    if (type == null || id == null || target == null) {
      return;
    }
    if (type.endsWith("/officeDocument")) {
      part.officeDocument = target;
    } else if (type.endsWith("/worksheet") && kept < 4 * limits.maxSheets() + 16) {
      // A workbook links each sheet once; more links than that only cost memory.
      kept++;
      part.links.put(id, target);
    }
  }

  /** The problems of the counts, or null if they are within the limits. */
  private WorkbookImport problems() {
    Problems problems = new Problems();
    Part workbook = workbookPart();
    Map<String, SheetCount> sheets = new LinkedHashMap<>();
    if (workbook != null) {
      if (workbook.sheetCount > limits.maxSheets()) {
        problems.file("the workbook has " + n(workbook.sheetCount) + " sheets; a plan workbook"
            + " has at most " + n(limits.maxSheets()));
        return new WorkbookImport(null, problems.sorted());
      }
      Part rels = parts.get(relsOf(workbook.name));
      for (int i = 0; i < workbook.sheets.size(); i++) {
        String[] sheet = workbook.sheets.get(i);
        String target = rels == null ? null : rels.links.get(sheet[1]);
        Part part = target == null ? null : parts.get(resolve(workbook.name, target));
        if (part != null && !sheets.containsKey(part.name)) {
          sheets.put(part.name, new SheetCount(i, sheet[0], part.rows, part.cells,
              part != stoppedIn && part.countedWhole));
        }
      }
    }
    for (Part part : parts.values()) {
      if ((part.rows > 0 || part.cells > 0) && !sheets.containsKey(part.name)) {
        // A part with rows that no sheet of the workbook names: POI should not read it as a
        // sheet, but it is held to the same limits in case it does.
        sheets.put(part.name, new SheetCount(-1, "", part.rows, part.cells,
            part != stoppedIn && part.countedWhole));
      }
    }
    for (SheetCount s : sheets.values()) {
      sheetProblem(problems, s, limits);
    }
    if (problems.hasErrors()) {
      return new WorkbookImport(null, problems.sorted());
    }
    if (stopReason != null) {
      SheetCount sheet = sheets.get(stoppedIn.name);
      if (stopReason.equals(TOTAL)) {
        problems.file("the file unpacks to more than " + size(limits.maxUnpackedBytes())
            + "; a plan workbook unpacks to far less");
      } else if (sheet != null && sheet.index() >= 0) {
        problems.sheet(Severity.ERROR, sheet.index(), sheet.name(), "the sheet unpacks to more"
            + " than " + size(limits.maxPartBytes()) + "; a sheet of the plan workbook is far"
            + " smaller");
      } else {
        problems.file("the file unpacks to more than " + size(limits.maxPartBytes())
            + " in one part (" + stoppedIn.name + "); the parts of a plan workbook are far"
            + " smaller");
      }
      return new WorkbookImport(null, problems.sorted());
    }
    long cells = sheets.values().stream().mapToLong(SheetCount::cells).sum();
    if (cells > limits.maxCells()) {
      problems.file("the workbook has " + n(cells) + " cells; a plan workbook has at most "
          + n(limits.maxCells()));
    }
    int shared = parts.values().stream().mapToInt(p -> p.sharedStrings).sum();
    if (shared > limits.maxSharedStrings()) {
      problems.file("the workbook holds " + n(shared) + " shared texts; a plan workbook holds"
          + " at most " + n(limits.maxSharedStrings()));
    }
    return problems.hasErrors() ? new WorkbookImport(null, problems.sorted()) : null;
  }

  private static void sheetProblem(Problems problems, SheetCount s, WorkbookLimits limits) {
    // A count cut short says how far it got: the limit, once it was passed.
    String message = null;
    if (s.rows() > limits.maxRowsPerSheet()) {
      message = (s.complete() ? n(s.rows()) : "more than " + n(limits.maxRowsPerSheet()))
          + " rows; a sheet of the plan workbook holds at most " + n(limits.maxRowsPerSheet());
    } else if (s.cells() > limits.maxCellsPerSheet()) {
      message = (s.complete() ? n(s.cells()) : "more than " + n(limits.maxCellsPerSheet()))
          + " cells; a sheet of the plan workbook holds at most "
          + n(limits.maxCellsPerSheet());
    }
    if (message == null) {
      return;
    }
    if (s.index() >= 0) {
      problems.sheet(Severity.ERROR, s.index(), s.name(), message);
    } else {
      problems.file("a sheet of the workbook has " + message);
    }
  }

  /** The workbook part: the one the package's relationships name, else any that lists sheets. */
  private Part workbookPart() {
    Part root = parts.get("_rels/.rels");
    if (root != null && root.officeDocument != null) {
      Part named = parts.get(resolve("", root.officeDocument));
      if (named != null) {
        return named;
      }
    }
    return parts.values().stream().filter(p -> p.sheetCount > 0).findFirst().orElse(null);
  }

  /**
   * Refuses the limits of the checked workbook on an {@code .xls} workbook POI has read:
   * rows and cells of each sheet, sheets, cells of the workbook.
   */
  static WorkbookImport checkLoaded(Workbook workbook, WorkbookLimits limits) {
    Problems problems = new Problems();
    if (workbook.getNumberOfSheets() > limits.maxSheets()) {
      problems.file("the workbook has " + n(workbook.getNumberOfSheets()) + " sheets; a plan"
          + " workbook has at most " + n(limits.maxSheets()));
      return new WorkbookImport(null, problems.sorted());
    }
    long total = 0;
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      Sheet sheet = workbook.getSheetAt(i);
      int rows = 0;
      int cells = 0;
      for (Row row : sheet) {
        rows++;
        cells += Math.max(0, row.getPhysicalNumberOfCells());
      }
      total += cells;
      sheetProblem(problems, new SheetCount(i, sheet.getSheetName(), rows, cells, true), limits);
    }
    if (!problems.hasErrors() && total > limits.maxCells()) {
      problems.file("the workbook has " + n(total) + " cells; a plan workbook has at most "
          + n(limits.maxCells()));
    }
    return problems.hasErrors() ? new WorkbookImport(null, problems.sorted()) : null;
  }

  private static WorkbookImport refused(String message) {
    Problems problems = new Problems();
    problems.file(message);
    return new WorkbookImport(null, problems.sorted());
  }

  /** A part's name as the package knows it: without a leading slash, in lower case (names ignore case). */
  private static String partName(String entry) {
    String name = entry.replace('\\', '/');
    while (name.startsWith("/")) {
      name = name.substring(1);
    }
    return name.toLowerCase(Locale.ROOT);
  }

  /** The relationships part of a part: {@code xl/_rels/workbook.xml.rels} for {@code xl/workbook.xml}. */
  private static String relsOf(String part) {
    int slash = part.lastIndexOf('/');
    return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
  }

  /** A relationship's target, relative to its source part or absolute, as a part name. */
  private static String resolve(String source, String target) {
    try {
      return partName(URI.create("/" + source).resolve(target.replace(" ", "%20")).getPath());
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static String n(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String size(long bytes) {
    return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : n(bytes) + " bytes";
  }

  /** The bytes of one part as they are unpacked, counted against the size limits. */
  private final class PartStream extends InputStream {
    private final ZipArchiveInputStream in;
    private final Part part;

    PartStream(ZipArchiveInputStream in, Part part) {
      this.in = in;
      this.part = part;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (stopReason != null) {
        return -1;
      }
      int n = in.read(b, off, len);
      if (n > 0) {
        part.bytes += n;
        unpacked += n;
        if (part.bytes > limits.maxPartBytes()) {
          stop(PART);
        } else if (unpacked > limits.maxUnpackedBytes()) {
          stop(TOTAL);
        } else if (part.bytes > RATIO_GRACE_BYTES && (double) in.getCompressedCount()
            / in.getUncompressedCount() < ZipSecureFile.getMinInflateRatio()) {
          // POI's own check, with POI's setting: a file it would refuse is refused here, in
          // the user's words.
          stop(RATIO);
        }
      }
      return n;
    }

    private void stop(String limit) throws IOException {
      stoppedIn = part;
      stopReason = limit;
      // Ends the XML pass too: nothing more of this file is unpacked.
      throw new IOException("over the " + limit + " size limit");
    }
  }

  private static XMLInputFactory xmlFactory() {
    // The JDK's own parser, whatever else is on the class path; no DTD, so no entity of any
    // kind is expanded (an XXE or a billion laughs stops the count, and POI refuses the file).
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return factory;
  }
}
