package org.strategysession.reports;

import org.strategysession.model.Language;

/**
 * The frame of the HTML pages: one self-contained document with its stylesheet inline and no
 * network resource of any kind (no fonts, scripts, images or links), so that it opens offline,
 * can be mailed as one file, and prints: A4 landscape, colours kept, rows never split.
 */
final class HtmlPage {
  private static final String CSS = String.join("\n",
      ":root{--error:#a3161a;--error-bg:#fde8e8;--warning:#7a4f00;--warning-bg:#fff3d1;",
      "--info:#17508f;--info-bg:#e6f0fb;--line:#d5dae0;--muted:#5b6676;--task:#dbe8f7;",
      "--task-edge:#3b73b9;--approved:#d7efdf;--approved-edge:#2e7d4a;--head:#f0f2f5}",
      "*{box-sizing:border-box}",
      "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,"
          + "sans-serif;color:#1c222b;margin:0 auto;max-width:1480px;padding:24px}",
      "h1{font-size:26px;margin:0 0 4px}",
      "h2{font-size:21px;margin:32px 0 2px;padding-top:12px;border-top:3px solid #1c222b}",
      "h3{font-size:17px;margin:22px 0 8px}",
      "h4{font-size:15px;margin:16px 0 6px}",
      ".meta{color:var(--muted);margin:0 0 8px}",
      "code,.rule{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;"
          + "font-size:12px}",
      "table{border-collapse:collapse;width:100%}",
      "th,td{text-align:left;vertical-align:top;padding:4px 8px}",
      ".badges{display:flex;gap:8px;flex-wrap:wrap;margin:6px 0}",
      ".badge{border-radius:4px;padding:3px 12px;font-weight:600;border:1px solid}",
      ".badge.error{background:var(--error-bg);color:var(--error)}",
      ".badge.warning{background:var(--warning-bg);color:var(--warning)}",
      ".badge.info{background:var(--info-bg);color:var(--info)}",
      ".badge.zero{background:#f3f5f7;color:var(--muted)}",
      ".id{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.8em;"
          + "font-weight:400;color:var(--muted);margin-left:.5em}",
      "table.counts{width:auto;min-width:420px}",
      "table.counts th,table.counts td{border-bottom:1px solid var(--line)}",
      "table.counts td.n{text-align:right;font-variant-numeric:tabular-nums}",
      "table.counts td.n.error.some{color:var(--error);font-weight:700}",
      "table.counts td.n.warning.some{color:var(--warning);font-weight:700}",
      "table.findings{table-layout:fixed}",
      "table.findings th{border-bottom:2px solid var(--line);font-size:12px;color:var(--muted)}",
      "table.findings td{border-bottom:1px solid var(--line)}",
      "table.findings col.sev{width:130px}table.findings col.rule{width:300px}",
      "table.findings col.subject{width:190px}",
      "table.findings td.subject{overflow-wrap:anywhere}",
      "tr.error td{background:var(--error-bg)}tr.error td.sev{color:var(--error);"
          + "font-weight:700;border-left:4px solid var(--error)}",
      "tr.warning td{background:var(--warning-bg)}tr.warning td.sev{color:var(--warning);"
          + "font-weight:700;border-left:4px solid var(--warning)}",
      "tr.info td{background:var(--info-bg)}tr.info td.sev{color:var(--info);"
          + "font-weight:700;border-left:4px solid var(--info)}",
      ".read-error{background:var(--error-bg);color:var(--error);border-left:4px solid "
          + "var(--error);padding:8px 12px;font-weight:600}",
      ".clean{color:#2e7d4a;font-weight:600}",
      "table.grid{table-layout:fixed;font-size:12px}",
      "table.grid th,table.grid td{border:1px solid var(--line);padding:3px 5px}",
      "table.grid thead th{background:var(--head);text-align:center}",
      "table.grid col.what{width:250px}",
      "table.grid tr.dept th{background:var(--head);font-size:13px;padding:6px 8px}",
      "table.grid th.task{font-weight:400}",
      "table.grid .owner{display:block;color:var(--muted);font-size:11px}",
      "table.grid .owner.missing{color:var(--error);font-weight:600}",
      "table.grid td.bar{background:var(--task);border-left:3px solid var(--task-edge);"
          + "font-size:10px;color:#23415f}",
      "table.grid td.bar.approved{background:var(--approved);"
          + "border-left-color:var(--approved-edge);color:#1f4d2f}",
      "table.grid tr.kpi th{font-weight:400;color:var(--muted)}",
      "table.grid tr.kpi td{text-align:center;color:var(--muted);font-size:11px;"
          + "font-variant-numeric:tabular-nums}",
      "table.grid tr.empty td{color:var(--muted);font-style:italic}",
      ".legend{display:flex;gap:16px;color:var(--muted);font-size:12px;margin:6px 0}",
      ".legend span::before{content:'';display:inline-block;width:14px;height:10px;"
          + "margin-right:5px;vertical-align:middle;border-left:3px solid var(--task-edge);"
          + "background:var(--task)}",
      ".legend span.approved::before{background:var(--approved);"
          + "border-left-color:var(--approved-edge)}",
      ".legend span.kpi::before{display:none}",
      "table.initiatives td,table.initiatives th{border-bottom:1px solid var(--line)}",
      "@page{size:A4 landscape;margin:10mm}",
      "@media print{body{max-width:none;padding:0;font-size:11px}",
      "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}",
      "tr,.badges,h2,h3,h4{break-inside:avoid}h2,h3,h4{break-after:avoid}",
      "thead{display:table-header-group}",
      "article.file+article.file{break-before:page}}");

  private HtmlPage() {}

  /** A complete page around {@code body} (HTML already escaped). */
  static String page(Language language, String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"" + language + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + escape(title) + "</title>\n<style>\n" + CSS + "\n</style>\n</head>\n<body>\n"
        + body + "</body>\n</html>\n";
  }

  /** Text as HTML content or attribute value. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
