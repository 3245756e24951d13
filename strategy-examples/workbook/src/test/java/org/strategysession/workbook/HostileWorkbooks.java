package org.strategysession.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Workbook packages written byte by byte, as a hostile user would make them: the few parts POI
 * needs, and sheets of any size streamed straight into the zip (a sheet of 300,000 rows is
 * written in a second and never held as objects).
 */
final class HostileWorkbooks {
  static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

  /** Writes a sheet's XML. */
  interface SheetXml {
    void write(Writer out) throws IOException;
  }

  private final Map<String, SheetXml> sheets = new LinkedHashMap<>();
  private final Map<String, byte[]> parts = new LinkedHashMap<>();
  private boolean workbookLast;

  static HostileWorkbooks create() {
    return new HostileWorkbooks();
  }

  /** A sheet whose sheetData the writer fills. */
  HostileWorkbooks sheet(String name, SheetXml sheetData) {
    sheets.put(name, sheetData);
    return this;
  }

  /** A sheet titled as a department's plan, then {@code rows} rows of {@code cells} short texts. */
  HostileWorkbooks rows(String name, int rows, int cells) {
    return sheet(name, out -> {
      out.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Department plan</t></is></c></row>");
      for (int r = 2; r < rows + 2; r++) {
        out.write("<row r=\"" + r + "\">");
        for (int c = 0; c < cells; c++) {
          out.write("<c r=\"" + (char) ('A' + c) + r + "\" t=\"inlineStr\"><is><t>x" + (r % 97)
              + "</t></is></c>");
        }
        out.write("</row>");
      }
    });
  }

  /** Another part, as is (a shared-strings table, styles, anything). */
  HostileWorkbooks part(String name, String content) {
    parts.put(name, content.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  HostileWorkbooks part(String name, byte[] content) {
    parts.put(name, content);
    return this;
  }

  /** Puts the workbook part after the sheets in the zip, where a reader meets it last. */
  HostileWorkbooks workbookLast() {
    workbookLast = true;
    return this;
  }

  byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      StringBuilder types = new StringBuilder(XML
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package"
          + ".relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd"
          + ".openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
      StringBuilder workbook = new StringBuilder(XML + "<workbook xmlns=\"" + MAIN + "\" xmlns:r="
          + "\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
      StringBuilder rels = new StringBuilder(XML + "<Relationships xmlns=\"http://schemas"
          + ".openxmlformats.org/package/2006/relationships\">");
      int i = 0;
      List<String> names = new ArrayList<>(sheets.keySet());
      for (String name : names) {
        i++;
        types.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml"
            + ".worksheet+xml\"/>");
        workbook.append("<sheet name=\"").append(name).append("\" sheetId=\"").append(i)
            .append("\" r:id=\"rId").append(i).append("\"/>");
        rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas"
            + ".openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target="
            + "\"worksheets/sheet").append(i).append(".xml\"/>");
      }
      if (parts.containsKey("xl/sharedStrings.xml")) {
        types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd"
            + ".openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
        rels.append("<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org"
            + "/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
      }
      types.append("</Types>");
      workbook.append("</sheets></workbook>");
      rels.append("</Relationships>");
      put(zip, "[Content_Types].xml", types.toString());
      put(zip, "_rels/.rels", XML + "<Relationships xmlns=\"http://schemas.openxmlformats.org"
          + "/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas"
          + ".openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target="
          + "\"xl/workbook.xml\"/></Relationships>");
      if (!workbookLast) {
        put(zip, "xl/workbook.xml", workbook.toString());
        put(zip, "xl/_rels/workbook.xml.rels", rels.toString());
      }
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue());
        zip.closeEntry();
      }
      i = 0;
      for (String name : names) {
        i++;
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + i + ".xml"));
        Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        w.write(XML + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>");
        sheets.get(name).write(w);
        w.write("</sheetData></worksheet>");
        w.flush();
        zip.closeEntry();
      }
      if (workbookLast) {
        put(zip, "xl/workbook.xml", workbook.toString());
        put(zip, "xl/_rels/workbook.xml.rels", rels.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
