package nl.saldo.core.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.saldo.core.disclosure.ProtectedTables;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.core.pipeline.Table;

/** Writes the output tables of METHOD.md §8 as CSV: comma, '.' decimal, UTF-8, header row. */
public final class CsvWriter {
  private CsvWriter() {}

  /**
   * Writes stocks.csv, migration.csv, od.csv, sequences.csv, municipalities.csv, profiles.csv and,
   * unless switched off, components.csv and segregation.csv (and suppressed.csv when min_cell > 0)
   * into {@code dir}; returns the files written.
   */
  public static List<Path> write(ProtectedTables tables, Path dir) throws IOException {
    List<Path> files = new java.util.ArrayList<>();
    files.add(write(tables.table(Mart.STOCKS), dir.resolve(Mart.STOCKS.fileName())));
    files.add(write(tables.table(Mart.MIGRATION), dir.resolve(Mart.MIGRATION.fileName())));
    files.add(write(tables.table(Mart.OD), dir.resolve(Mart.OD.fileName())));
    files.add(write(tables.table(Mart.SEQUENCES), dir.resolve(Mart.SEQUENCES.fileName())));
    files.add(
        write(tables.table(Mart.MUNICIPALITIES), dir.resolve(Mart.MUNICIPALITIES.fileName())));
    files.add(write(tables.table(Mart.PROFILES), dir.resolve(Mart.PROFILES.fileName())));
    for (Mart analysis : List.of(Mart.COMPONENTS, Mart.SEGREGATION)) {
      // an analysis switched off in the study file (analyses: ...) comes without rows: no file
      if (!tables.table(analysis).rows().isEmpty()) {
        files.add(write(tables.table(analysis), dir.resolve(analysis.fileName())));
      }
    }
    if (tables.minCell() > 0) {
      files.add(write(suppressed(tables), dir.resolve(SUPPRESSED)));
    }
    return List.copyOf(files);
  }

  /** The companion file of cell suppression (min_cell > 0): one row per suppressed count. */
  public static final String SUPPRESSED = "suppressed.csv";

  public static final List<String> SUPPRESSED_COLUMNS =
      List.of("table", "layer", "unit", "group", "column", "reason");

  private static Table suppressed(ProtectedTables tables) {
    List<List<Object>> rows = new java.util.ArrayList<>();
    for (ProtectedTables.SuppressedCell cell : tables.suppressed()) {
      rows.add(
          List.of(
              cell.mart().tableName(),
              cell.layer(),
              cell.unit(),
              cell.group(),
              cell.column(),
              cell.reason()));
    }
    return new Table("suppressed", SUPPRESSED_COLUMNS, rows);
  }

  /**
   * Writes one table. Only for tables that are disclosure-controlled already: the marts of {@link
   * ProtectedTables} or tables built from them alone (saldo monitor's trend.csv).
   */
  public static Path write(Table table, Path file) throws IOException {
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      out.write(String.join(",", table.columns()));
      out.write('\n');
      for (List<Object> row : table.rows()) {
        for (int i = 0; i < row.size(); i++) {
          if (i > 0) {
            out.write(',');
          }
          out.write(cell(row.get(i)));
        }
        out.write('\n');
      }
    }
    return file;
  }

  /** One cell as written: empty for null, plain decimals, 0.00 for a negative zero, CSV quoting. */
  public static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.signum() == 0
          ? BigDecimal.ZERO.setScale(decimal.scale()).toPlainString()
          : decimal.toPlainString();
    }
    String text = value.toString();
    if (text.indexOf(',') >= 0
        || text.indexOf('"') >= 0
        || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
