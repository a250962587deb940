package nl.saldo.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * report.xlsx: one sheet per output table (frozen header, filters, number formats, headers in the
 * report's language), a sheet with settings and manifest, and per layer the report's headline table
 * (units × groups: in, out, net, net % per year).
 */
final class Workbook {
  static final String FILE = "report.xlsx";

  private Workbook() {}

  static Path write(RunTables tables, ReportOptions options, Path target) {
    quietPoiLogging();
    Texts texts = Texts.of(options.lang());
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
      SheetWriter sheets = new SheetWriter(workbook, texts);
      sheets.notes(WorkbookNotes.source(tables, texts), WorkbookNotes.notes(tables, texts));
      sheets.findings(texts.get("findings.title"), KeyFindings.of(tables, texts));
      sheets.table("stocks", StockRow.COLUMNS, tables.stocks(), Workbook::stockCells);
      sheets.table(
          "migration",
          MigrationRow.COLUMNS,
          tables.migration(),
          row -> WorkbookNotes.translatedEffect(migrationCells(row), texts));
      List<String> odColumns = new java.util.ArrayList<>(OdRow.COLUMNS);
      odColumns.addAll(List.of("origin_name", "destination_name"));
      sheets.table(
          "od",
          odColumns,
          tables.od(),
          row ->
              java.util.Arrays.asList(
                  row.layer(),
                  row.origin(),
                  row.destination(),
                  row.group(),
                  row.moves(),
                  WorkbookNotes.odName(tables, texts, row.layer(), row.origin()),
                  WorkbookNotes.odName(tables, texts, row.layer(), row.destination())));

      AnalysisTables analyses = AnalysisTables.read(tables.runDir());
      if (!analyses.components().isEmpty()) {
        sheets.table(
            "components",
            AnalysisTables.COMPONENT_COLUMNS,
            analyses.components(),
            Workbook::componentCells);
      }
      if (!analyses.segregation().isEmpty()) {
        sheets.table(
            "segregation",
            AnalysisTables.SEGREGATION_COLUMNS,
            analyses.segregation(),
            row ->
                java.util.Arrays.asList(
                    row.layer(),
                    row.within(),
                    row.split(),
                    row.index(),
                    row.moment(),
                    new Index(row.value())));
      }
      // issue #14, as published (rows with a rounded count of 0 are absent): stepwise sorting,
      // who moves, and the area factors (the fit on the published rates, descriptive)
      published(sheets, tables.runDir(), "sequences", BeyondSections.SEQUENCE_COLUMNS);
      published(sheets, tables.runDir(), "profiles", WhoMovesSection.COLUMNS);
      published(sheets, tables.runDir(), "factors", FactorsSection.COLUMNS);
      sheets.settings(texts.get("sheet.settings"), tables);
      for (String layer : tables.layers()) {
        sheets.headline(
            texts.get("sheet.headline", ReportData.layerLabel(tables, texts, layer)),
            tables,
            layer);
      }
      try (OutputStream out = Files.newOutputStream(target)) {
        workbook.write(out);
      }
      workbook.dispose();
    } catch (IOException e) {
      throw new ReportException("cannot write " + target + ": " + e.getMessage(), e);
    }
    return target;
  }

  /**
   * POI logs through Log4j; without a provider Log4j prints a warning on stderr, so use its simple
   * logger.
   */
  static void quietPoiLogging() {
    if (System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty(
          "log4j2.loggerContextFactory",
          "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }
  }

  /** Counts and percentages in the optional tables; every other column is text. */
  private static final Set<String> COUNTS = Set.of("persons", "n", "left_out");

  private static final Set<String> PERCENTS = Set.of("share_pct");

  /** The sheet of an optional table of the run, left out when the run has none. */
  private static void published(
      SheetWriter sheets, Path runDir, String name, List<String> columns) {
    Path file = runDir.resolve(name + ".csv");
    if (Files.exists(file)) {
      sheets.table(
          name,
          columns,
          CsvTable.read(file, columns).rows(),
          row -> {
            List<Object> cells = new java.util.ArrayList<>();
            for (String column : columns) {
              cells.add(
                  COUNTS.contains(column)
                      ? row.count(column)
                      : PERCENTS.contains(column)
                          ? Percent.of(row.percent(column))
                          : row.text(column));
            }
            return cells;
          });
    }
  }

  private static List<Object> stockCells(StockRow row) {
    return java.util.Arrays.asList(
        row.layer(),
        row.unit(),
        row.unitName(),
        row.group(),
        row.popStart(),
        row.popEnd(),
        row.change(),
        Percent.of(row.changePctPerYear()),
        Percent.of(row.shareStartPct()),
        Percent.of(row.shareEndPct()),
        Percent.of(row.shareChangePp()));
  }

  private static List<Object> migrationCells(MigrationRow row) {
    return java.util.Arrays.asList(
        row.layer(),
        row.unit(),
        row.unitName(),
        row.group(),
        row.inMovers(),
        row.outMovers(),
        row.net(),
        Percent.of(row.netPctPerYear()),
        Percent.of(row.netShareOfChangePct()),
        row.effect());
  }

  private static List<Object> componentCells(AnalysisTables.ComponentRow row) {
    List<Object> cells = new java.util.ArrayList<>();
    cells.add(row.layer());
    cells.add(row.unit());
    cells.add(row.unitName());
    cells.add(row.group());
    for (Long count : row.counts()) {
      cells.add(count);
    }
    return cells;
  }

  /** A segregation index (four decimals), or an empty one (too few units). */
  record Index(java.math.BigDecimal value) {}

  /** A published percentage (two decimals), or a suppressed one (an empty cell). */
  record Percent(Double value) {
    static Percent of(Double value) {
      return new Percent(value);
    }
  }
}
