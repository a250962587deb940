package nl.saldo.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
      java.nio.file.Path sequences = tables.runDir().resolve("sequences.csv");
      if (Files.exists(sequences)) {
        // issue #14: stepwise sorting, as published (rows with a rounded count of 0 are absent)
        sheets.table(
            "sequences",
            BeyondSections.SEQUENCE_COLUMNS,
            CsvTable.read(sequences, BeyondSections.SEQUENCE_COLUMNS).rows(),
            row ->
                List.of(
                    row.text("layer"),
                    row.text("sequence"),
                    row.text("group"),
                    row.count("persons")));
      }
      java.nio.file.Path profiles = tables.runDir().resolve("profiles.csv");
      if (Files.exists(profiles)) {
        // issue #14: who moves, as published (rows with a rounded count of 0 are absent)
        sheets.table(
            "profiles",
            WhoMovesSection.COLUMNS,
            CsvTable.read(profiles, WhoMovesSection.COLUMNS).rows(),
            row ->
                java.util.Arrays.asList(
                    row.text("layer"),
                    row.text("unit"),
                    row.text("unit_name"),
                    row.text("flow"),
                    row.text("attribute"),
                    row.text("value"),
                    row.text("group"),
                    row.count("persons"),
                    Percent.of(row.percent("share_pct"))));
      }
      java.nio.file.Path factors = tables.runDir().resolve("factors.csv");
      if (Files.exists(factors)) {
        // issue #14: area factors, the fit on the published rates (descriptive)
        sheets.table(
            "factors",
            FactorsSection.COLUMNS,
            CsvTable.read(factors, FactorsSection.COLUMNS).rows(),
            row ->
                java.util.Arrays.asList(
                    row.text("group"),
                    row.text("term"),
                    row.text("estimate"),
                    row.text("std_error"),
                    row.text("t"),
                    row.count("n"),
                    row.count("left_out"),
                    row.text("r2")));
      }
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
