package org.strategysession.workbook;

import static org.strategysession.workbook.Layout.ID_WIDTH;
import static org.strategysession.workbook.Layout.REF_WIDTH;
import static org.strategysession.workbook.Layout.TITLE_WIDTH;
import static org.strategysession.workbook.Layout.choice;
import static org.strategysession.workbook.Layout.col;
import static org.strategysession.workbook.Layout.columns;
import static org.strategysession.workbook.Layout.gap;
import static org.strategysession.workbook.Layout.id;
import static org.strategysession.workbook.Layout.months;
import static org.strategysession.workbook.Layout.number;
import static org.strategysession.workbook.Layout.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.strategysession.model.Direction;
import org.strategysession.model.Kpi;
import org.strategysession.model.Language;
import org.strategysession.model.SalesBasis;
import org.strategysession.workbook.Layout.Kind;
import org.strategysession.workbook.Layout.Lookup;
import org.strategysession.workbook.Layout.Table;
import org.strategysession.workbook.SheetGrid.Located;
import org.strategysession.workbook.SheetGrid.Text;

/**
 * The KPIs of a department's sheet, with a value to reach by the end of each month and,
 * under each KPI's row, an Actual row with the value reached by the end of each month (filled
 * at the monthly review, in the same month columns); and the sales plan that KPIs of a
 * sales-dependent department rest on ({@code basedOn}): a row per such KPI in a table of its
 * own, its months under the KPIs' months.
 */
final class PlanKpis {
  private PlanKpis() {}

  static final Table KPIS =
      new Table(
          "kpis",
          Term.of("KPIs", "Показатели (KPI)"),
          columns(
              id(),
              text("name", "Name", "Название", TITLE_WIDTH),
              text("unit", "Unit", "Ед. изм.", REF_WIDTH),
              number("baseline", "Baseline", "Факт года", REF_WIDTH),
              number("target", "Target", "План на год", 12),
              choice("direction", "Direction", "Направление", Direction.class, REF_WIDTH),
              months("m", Kind.NUMBER, "value for ")),
          5);

  /**
   * The label, in the Name column with the ID left blank, of the row under a KPI's row that
   * holds its actual values. A KPI's row always has an ID, so the two cannot be confused.
   */
  static final Term ACTUAL = Term.of("Actual", "Факт");

  static final Table SALES_BASIS =
      new Table(
          "salesBasis",
          Term.of("Sales plan the KPIs rest on", "На какой план продаж опираются показатели"),
          columns(
              col("kpi", "KPI", "Показатель", Kind.ID, ID_WIDTH).lookup(Lookup.KPI),
              col("salesKpi", "Sales KPI", "KPI продаж", Kind.ID, TITLE_WIDTH),
              number("assumed", "Assumed target", "Принятый план", REF_WIDTH),
              gap(1),
              gap(2),
              gap(3),
              months("a", Kind.NUMBER, "assumed value for ")),
          2);

  /** Both tables; the sales plan's KPI column offers the KPIs' ids. */
  static void write(SheetWriter s, List<Kpi> kpis) {
    String actual = ACTUAL.in(s.language());
    List<RowValues> rows = new ArrayList<>();
    List<RowValues> bases = new ArrayList<>();
    for (Kpi k : kpis) {
      rows.add(byMonth(new RowValues()
              .with("id", k.id())
              .with("name", k.name())
              .with("unit", k.unit())
              .with("baseline", k.baseline())
              .with("target", k.target())
              .with("direction", k.direction()),
          "m", k.monthly())
          .under(byMonth(new RowValues().with("name", actual), "m", k.actual())));
      k.basedOn().ifPresent(b -> bases.add(byMonth(new RowValues()
              .with("kpi", k.id())
              .with("salesKpi", b.kpi())
              .with("assumed", b.assumed()),
          "a", b.assumedMonthly())));
    }
    // A new KPI typed into a blank row finds its Actual row ready under it.
    s.offer(Lookup.KPI, s.table(KPIS, rows,
        () -> new RowValues().under(new RowValues().with("name", actual))));
    s.table(SALES_BASIS, bases);
  }

  private static RowValues byMonth(RowValues row, String prefix, SortedMap<Integer, BigDecimal> values) {
    values.forEach((m, v) -> row.with(prefix + m, v));
    return row;
  }

  /** A KPI's row as read, with the Actual row found under it. */
  private static final class Entry {
    final TableRow plan;
    TableRow actual;

    Entry(TableRow plan) {
      this.plan = plan;
    }
  }

  /** The KPIs, each with its actual values and the sales plan it rests on. */
  static List<Kpi> read(SheetBlocks blocks) {
    List<Entry> entries = new ArrayList<>();
    // The KPI each row is of, by the row's index: a KPI's row, or an Actual row under it.
    Map<Integer, Entry> owners = new HashMap<>();
    for (TableRow row : blocks.table(KPIS)) {
      if (isActual(row)) {
        Entry owner = owners.get(row.row() - 1);
        if (owner != null) {
          owners.put(row.row(), owner);
        }
        attach(row, owner, owner != null && owner.plan.row() != row.row() - 1);
      } else {
        Entry entry = new Entry(row);
        entries.add(entry);
        owners.put(row.row(), entry);
      }
    }
    List<Kpi> kpis = new ArrayList<>();
    for (Entry entry : entries) {
      TableRow row = entry.plan;
      Optional<String> id = row.required("id", "KPI");
      Optional<String> name = row.text("name");
      Optional<String> unit = row.text("unit");
      Optional<BigDecimal> baseline = row.number("baseline");
      Optional<BigDecimal> target = row.number("target");
      Optional<Direction> direction = row.choice("direction", Direction.class);
      Map<Integer, BigDecimal> monthly = byMonth(row, "m");
      Map<Integer, BigDecimal> actual = entry.actual == null ? Map.of() : actuals(entry.actual);
      id.flatMap(i -> row.build(() -> Kpi.builder().id(i).name(name).unit(unit)
              .baseline(baseline).target(target).direction(direction).monthly(monthly)
              .actual(actual).build()))
          .ifPresent(kpis::add);
    }
    Map<String, SalesBasis> bases = salesBases(blocks.table(SALES_BASIS), kpis);
    kpis.replaceAll(kpi -> bases.containsKey(kpi.id())
        ? Kpi.builder().from(kpi).basedOn(bases.get(kpi.id())).build() : kpi);
    return kpis;
  }

  /** An Actual row: no ID, and the Actual label in the Name column. */
  private static boolean isActual(TableRow row) {
    Located name = row.get("name");
    return row.get("id") == null && name != null && name.value() instanceof Text text
        && ACTUAL.matches(text.text());
  }

  /**
   * Gives an Actual row to the KPI whose row is right above it ({@code owner}; {@code second}
   * when another Actual row is between them). An Actual row without values is a prompt (under
   * a blank KPI row, or left over) and gives nothing.
   */
  private static void attach(TableRow row, Entry owner, boolean second) {
    boolean hasValues = false;
    for (String key : row.filled()) {
      if (key.equals("name")) {
        continue;
      }
      if (!isMonth(key)) {
        row.error(key, "the value " + ValueReader.show(row.get(key)) + " is not read: an "
            + ACTUAL.quoted() + " row holds the values reached, in the month columns only");
      } else {
        hasValues = true;
      }
    }
    if (!hasValues) {
      return;
    }
    if (owner == null) {
      actuals(row);
      row.error("name", "an " + ACTUAL.quoted() + " row belongs right under the row of its KPI,"
          + " and there is none right above it; its values are not read");
    } else if (second) {
      actuals(row);
      String kpi = owner.plan.get("id") == null ? "the KPI above"
          : "KPI " + ValueReader.show(owner.plan.get("id"));
      row.error("name", "a second " + ACTUAL.quoted() + " row for " + kpi + "; its values are"
          + " not read: a KPI has one Actual row, right under its own");
    } else {
      owner.actual = row;
    }
  }

  private static boolean isMonth(String key) {
    return key.matches("m\\d+");
  }

  /** An Actual row's numbers by month; messages name them "actual for Mar". */
  private static Map<Integer, BigDecimal> actuals(TableRow row) {
    Map<Integer, BigDecimal> out = new TreeMap<>();
    for (int m = 1; m <= 12; m++) {
      int month = m;
      row.number("m" + m, "actual for " + Language.EN.shortMonth(m))
          .ifPresent(v -> out.put(month, v));
    }
    return out;
  }

  /** A row's numbers by month, from the columns keyed {@code prefix} and the month. */
  private static Map<Integer, BigDecimal> byMonth(TableRow row, String prefix) {
    Map<Integer, BigDecimal> out = new TreeMap<>();
    for (int m = 1; m <= 12; m++) {
      int month = m;
      row.number(prefix + m).ifPresent(v -> out.put(month, v));
    }
    return out;
  }

  /** The sales bases of a sheet's KPIs by KPI id; each must be of a KPI of the sheet. */
  private static Map<String, SalesBasis> salesBases(TableRows rows, List<Kpi> kpis) {
    Set<String> kpiIds = new HashSet<>();
    kpis.forEach(k -> kpiIds.add(k.id()));
    Map<String, SalesBasis> out = new HashMap<>();
    for (TableRow row : rows) {
      Optional<String> kpi = row.required("kpi", "row of the sales plan (the KPI it is for)");
      Optional<String> salesKpi = row.id("salesKpi");
      Optional<BigDecimal> assumed = row.number("assumed");
      Map<Integer, BigDecimal> assumedMonthly = byMonth(row, "a");
      if (kpi.isEmpty()) {
        continue;
      }
      if (!kpiIds.contains(kpi.get())) {
        row.error("kpi", "KPI \"" + kpi.get() + "\" is not a KPI of this sheet's KPIs table");
      } else if (out.containsKey(kpi.get())) {
        row.error("kpi", "KPI \"" + kpi.get() + "\" already has a row here; a KPI rests on one"
            + " sales figure");
      } else {
        row.build(() -> SalesBasis.builder().kpi(salesKpi).assumed(assumed)
                .assumedMonthly(assumedMonthly).build())
            .ifPresent(basis -> out.put(kpi.get(), basis));
      }
    }
    return out;
  }
}
