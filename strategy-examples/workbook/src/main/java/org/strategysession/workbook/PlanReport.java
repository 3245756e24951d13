package org.strategysession.workbook;

import static org.strategysession.workbook.Layout.ID_WIDTH;
import static org.strategysession.workbook.Layout.TITLE_WIDTH;
import static org.strategysession.workbook.Layout.choice;
import static org.strategysession.workbook.Layout.columns;
import static org.strategysession.workbook.Layout.department;
import static org.strategysession.workbook.Layout.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strategysession.model.Language;
import org.strategysession.model.Proposal;
import org.strategysession.model.YearReport;
import org.strategysession.workbook.Layout.Lookup;
import org.strategysession.workbook.Layout.Table;

/**
 * The year report of a department's sheet: a row per item, labelled with its section
 * (results, difficulties… or a proposal to another department).
 */
final class PlanReport {
  private PlanReport() {}

  static final Table REPORT =
      new Table(
          "report",
          Term.of("Year report", "Отчёт за год"),
          columns(
              choice("section", "Section", "Раздел", ReportSection.class, ID_WIDTH),
              text("text", "Text", "Текст", TITLE_WIDTH),
              department("to", "To department", "Какому отделу")),
          0);

  static void write(SheetWriter s, Optional<YearReport> report) {
    YearReport r = report.orElse(YearReport.builder().build());
    List<RowValues> rows = new ArrayList<>();
    for (ReportSection section : ReportSection.values()) {
      List<RowValues> filled = section == ReportSection.PROPOSAL
          ? r.proposals().stream()
              .map(p -> new RowValues().with("section", section).with("text", p.text()).with("to", p.to()))
              .toList()
          : items(r, section).stream()
              .map(item -> new RowValues().with("section", section).with("text", item))
              .toList();
      rows.addAll(filled);
      if (filled.isEmpty()) {
        // A prompt: a section label with nothing beside it is not read back.
        rows.add(new RowValues().with("section", section));
      }
    }
    s.table(REPORT, rows);
  }

  private static List<String> items(YearReport r, ReportSection section) {
    return switch (section) {
      case RESULTS -> r.results();
      case IMPROVEMENTS -> r.improvements();
      case DIFFICULTIES -> r.difficulties();
      case STRENGTHS -> r.strengths();
      case WEAKNESSES -> r.weaknesses();
      case MARKET_CHANGES -> r.marketChanges();
      case CONCLUSIONS -> r.conclusions();
      case PROPOSAL -> throw new IllegalArgumentException("proposals are not texts");
    };
  }

  /** The report; empty when the table has no item. */
  static Optional<YearReport> read(TableRows rows) {
    Map<ReportSection, List<String>> items = new EnumMap<>(ReportSection.class);
    List<Proposal> proposals = new ArrayList<>();
    for (TableRow row : rows) {
      Optional<ReportSection> section = row.choice("section", ReportSection.class);
      Optional<String> text = row.text("text");
      Optional<String> to = row.ref("to", Lookup.DEPARTMENT);
      if (section.isEmpty()) {
        if (row.get("section") == null) {
          row.missing("section", 0,
              "section is empty: say which part of the report the row belongs to (Results,"
                  + " Improvements, Difficulties, Strengths, Weaknesses, Market changes,"
                  + " Conclusions or Proposal)");
        }
        continue;
      }
      if (section.get() == ReportSection.PROPOSAL) {
        if (text.isPresent() || to.isPresent()) {
          proposals.add(Proposal.builder().to(to).text(text).build());
        }
        continue;
      }
      if (to.isPresent()) {
        row.error("to", "to department goes with a Proposal row only; this row is "
            + Vocabulary.label(section.get(), Language.EN));
      }
      text.ifPresent(t -> items.computeIfAbsent(section.get(), s -> new ArrayList<>()).add(t));
    }
    if (items.isEmpty() && proposals.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(YearReport.builder()
        .results(items.getOrDefault(ReportSection.RESULTS, List.of()))
        .improvements(items.getOrDefault(ReportSection.IMPROVEMENTS, List.of()))
        .difficulties(items.getOrDefault(ReportSection.DIFFICULTIES, List.of()))
        .strengths(items.getOrDefault(ReportSection.STRENGTHS, List.of()))
        .weaknesses(items.getOrDefault(ReportSection.WEAKNESSES, List.of()))
        .marketChanges(items.getOrDefault(ReportSection.MARKET_CHANGES, List.of()))
        .conclusions(items.getOrDefault(ReportSection.CONCLUSIONS, List.of()))
        .proposals(proposals)
        .build());
  }
}
