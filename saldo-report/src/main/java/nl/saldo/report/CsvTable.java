package nl.saldo.report;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.saldo.core.SaldoException;
import nl.saldo.core.csv.CsvReader;

/**
 * One output table of a run (METHOD.md §8): comma separated, UTF-8, a header row with exactly the
 * expected columns, read by the one CSV reader (quoted fields may hold commas and newlines).
 */
final class CsvTable {
  private final String file;
  private final List<String> columns;
  private final List<Row> rows;

  private CsvTable(String file, List<String> columns, List<Row> rows) {
    this.file = file;
    this.columns = columns;
    this.rows = rows;
  }

  /** A data row; {@code number} is the line number in the file (header = 1). */
  record Row(String file, int number, List<String> columns, List<String> values) {
    String text(String column) {
      return values.get(columns.indexOf(column));
    }

    /** A count, or null when the field is empty (suppressed, min_cell). */
    Long count(String column) {
      String value = text(column);
      if (value.trim().isEmpty()) {
        return null;
      }
      try {
        return Long.parseLong(value.trim());
      } catch (NumberFormatException e) {
        throw fault(column, value, "a whole number");
      }
    }

    /** A percentage with two decimals, or null when the field is empty (suppressed). */
    Double percent(String column) {
      String value = text(column).trim();
      if (value.isEmpty()) {
        return null;
      }
      try {
        return Double.parseDouble(value);
      } catch (NumberFormatException e) {
        throw fault(column, value, "a number with '.' as decimal point, or empty");
      }
    }

    ReportException fault(String column, String value, String expected) {
      return new ReportException(
          String.format(
              "%s row %,d: column %s is '%s', expected %s", file, number, column, value, expected));
    }
  }

  static CsvTable read(Path path, List<String> expectedColumns) {
    String file = path.getFileName().toString();
    CsvReader.Table table;
    try {
      table = CsvReader.read(path, file);
    } catch (NoSuchFileException e) {
      throw new ReportException(
          file
              + " is missing in "
              + path.getParent()
              + "; a run directory holds stocks.csv, migration.csv, od.csv and manifest.json");
    } catch (IOException e) {
      throw new ReportException("cannot read " + path + ": " + e.getMessage(), e);
    } catch (SaldoException e) {
      throw new ReportException(e.getMessage(), e);
    }
    if (table.header().isEmpty()) {
      throw new ReportException(
          file + " is empty, expected a header row: " + String.join(",", expectedColumns));
    }
    List<String> header = table.header();
    if (!header.equals(expectedColumns)) {
      throw new ReportException(
          String.format(
              "%s row 1: header is %s, expected %s",
              file, String.join(",", header), String.join(",", expectedColumns)));
    }
    List<Row> rows = new ArrayList<>();
    for (CsvReader.Row row : table.rows()) {
      int number = Math.toIntExact(row.number());
      if (row.values().size() != header.size()) {
        throw new ReportException(
            String.format(
                "%s row %,d: %d fields, expected %d (%s)",
                file, number, row.values().size(), header.size(), String.join(",", header)));
      }
      rows.add(new Row(file, number, header, row.values()));
    }
    return new CsvTable(file, header, rows);
  }

  String file() {
    return file;
  }

  List<String> columns() {
    return columns;
  }

  List<Row> rows() {
    return rows;
  }
}
