package org.strategysession.workbook;

/** The sections of a year report, one per row of the report table. */
enum ReportSection {
  RESULTS,
  IMPROVEMENTS,
  DIFFICULTIES,
  STRENGTHS,
  WEAKNESSES,
  MARKET_CHANGES,
  CONCLUSIONS,
  PROPOSAL
}
