package nl.saldo.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The study's own sections of report.pdf, as report.html has them (after the key findings,
 * PdfFindings): a (population by group), b (net migration), c (relative net migration), d (the two
 * groups against each other) and f (urbanity), each with its chart and its full table.
 */
final class PdfSections {
  private final PdfBody out;
  private final RunTables tables;
  private final Texts texts;
  private final StudyFacts study;

  PdfSections(PdfBody out) {
    this.out = out;
    this.tables = out.tables();
    this.texts = out.texts();
    this.study = out.study();
  }

  void sectionA() {
    open("sec-a", "section.a", texts.get("section.a.intro", study.startYear(), study.endYear()));
    List<String> groups = new ArrayList<>(Groups.STACK);
    groups.add("total");
    for (String layer : out.topLayers()) {
      out.heading(layer);
      out.chartFile("a_population_" + layer);
      List<List<String>> rows =
          unitRows(
              layer,
              groups,
              (unit, group) -> tables.stock(layer, unit, group),
              r ->
                  List.of(
                      out.count(r.popStart()),
                      out.count(r.popEnd()),
                      out.count(r.change()),
                      out.pct(r.changePctPerYear()),
                      out.pct(r.shareStartPct()),
                      out.pct(r.shareEndPct()),
                      out.dec(r.shareChangePp())));
      long off = tables.units(layer).keySet().stream().filter(unit -> !addsUp(layer, unit)).count();
      // the columns of stocks.csv from unit_name on
      List<String> columns = StockRow.COLUMNS.subList(2, StockRow.COLUMNS.size());
      out.table(out.cols(columns.toArray(String[]::new)), rows, 2);
      if (off > 0) {
        out.note(
            RoundingNote.MARK
                + " "
                + texts.get("rounding.chart", out.roundingBase(), off, tables.units(layer).size()));
      }
    }
    out.close();
  }

  /** Whether the published groups of a unit add up to its published total at both dates. */
  private boolean addsUp(String layer, String unit) {
    Optional<StockRow> total = tables.stock(layer, unit, "total");
    if (total.isEmpty()) {
      return true;
    }
    for (Function<StockRow, Long> field :
        List.<Function<StockRow, Long>>of(StockRow::popStart, StockRow::popEnd)) {
      long sum = 0;
      for (String group : Groups.STACK) {
        Long value = tables.stock(layer, unit, group).map(field).orElse(0L);
        sum += value == null ? 0 : value;
      }
      Long published = field.apply(total.get());
      if (published != null && sum != published) {
        return false;
      }
    }
    return true;
  }

  void sectionB() {
    open(
        "sec-b",
        "section.b",
        texts.get("section.b.intro", study.windowStartYear(), study.windowEndYear()));
    migrationSections("b_net_", Groups.MIGRATION);
  }

  void sectionC() {
    open("sec-c", "section.c", texts.get("section.c.intro"));
    migrationSections("c_relative_", List.of("lower", "higher_incl_students"));
  }

  private void migrationSections(String chart, List<String> groups) {
    for (String layer : out.topLayers()) {
      out.heading(layer);
      out.chartFile(chart + layer);
      migrationTable(layer, groups);
    }
    out.close();
  }

  private void migrationTable(String layer, List<String> groups) {
    List<List<String>> rows =
        unitRows(
            layer,
            groups,
            (unit, group) -> tables.migration(layer, unit, group),
            r ->
                List.of(
                    out.count(r.inMovers()),
                    out.count(r.outMovers()),
                    out.count(r.net()),
                    out.pct(r.netPctPerYear()),
                    r.effect().isEmpty() ? "" : texts.get("effect." + r.effect())));
    out.table(
        out.cols(
            "unit_name", "group", "in_movers", "out_movers", "net", "net_pct_per_year", "effect"),
        rows,
        2);
  }

  void sectionD() {
    open("sec-d", "section.d", texts.get("section.d.intro"));
    out.chartFile("d_scatter");
    List<List<String>> rows = new ArrayList<>();
    for (String layer : out.topLayers()) {
      tables
          .units(layer)
          .forEach(
              (unit, name) ->
                  rows.add(
                      List.of(
                          ReportData.layerLabel(tables, texts, layer),
                          name,
                          out.pct(net(tables, layer, unit, "higher_incl_students")),
                          out.pct(net(tables, layer, unit, "lower")))));
    }
    out.table(out.cols("layer", "unit_name", "x", "y"), rows, 2);
    out.close();
  }

  void sectionF() {
    open("sec-f", "section.f", texts.get("section.f.intro"));
    if (!tables.layers().contains("urbanity")) {
      out.note(texts.get("ui.no.data"));
    } else {
      out.chartFile("f_urbanity");
      migrationTable("urbanity", List.of("total"));
    }
    out.close();
  }

  /**
   * A table row per unit of the layer (in its order) and group that the table has: the unit's name,
   * the group's label, then the figures.
   */
  private <T> List<List<String>> unitRows(
      String layer,
      List<String> groups,
      BiFunction<String, String, Optional<T>> row,
      Function<T, List<String>> figures) {
    List<List<String>> rows = new ArrayList<>();
    tables
        .units(layer)
        .forEach(
            (unit, name) ->
                groups.forEach(
                    group ->
                        row.apply(unit, group)
                            .ifPresent(
                                found -> {
                                  List<String> cells = new ArrayList<>();
                                  cells.add(name);
                                  cells.add(study.label(texts, group));
                                  cells.addAll(figures.apply(found));
                                  rows.add(cells);
                                })));
    return rows;
  }

  /** The published net migration per year in % of a unit's group, or null (suppressed). */
  static Double net(RunTables tables, String layer, String unit, String group) {
    return tables.migration(layer, unit, group).map(MigrationRow::netPctPerYear).orElse(null);
  }

  private void open(String id, String titleKey, String intro) {
    out.open(id, texts.get(titleKey), intro);
  }
}
