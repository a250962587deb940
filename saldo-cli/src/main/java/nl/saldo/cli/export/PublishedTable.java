package nl.saldo.cli.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.saldo.core.SaldoException;
import nl.saldo.core.csv.CsvReader;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.core.pipeline.Table;

/**
 * One published table read back from its CSV, cells as written (text), with a typed view for
 * recomputation: count columns as whole numbers (empty = suppressed), decimals as BigDecimal.
 */
public record PublishedTable(Mart mart, Path file, List<String> header, List<List<String>> cells) {

  static PublishedTable read(Mart mart, Path file) {
    CsvReader.Table table;
    try {
      table = CsvReader.read(file, file.toString());
    } catch (IOException e) {
      throw new SaldoException(
          SaldoException.FAILED, "cannot read " + file + ": " + e.getMessage());
    }
    if (table.header().isEmpty()) {
      throw new SaldoException(SaldoException.INVALID_INPUT, file + " is empty, expected a header");
    }
    List<List<String>> rows = table.rows().stream().map(CsvReader.Row::values).toList();
    return new PublishedTable(mart, file, table.header(), rows);
  }

  int index(String column) {
    return header.indexOf(column);
  }

  /** A cell's place in a message: file, line (the header is line 1) and column. */
  String where(int row, String column) {
    return mart.fileName() + " line " + (row + 2) + " column " + column;
  }

  /**
   * The typed table for {@link nl.saldo.core.disclosure.PublishedFigures}: counts as Long, other
   * number-looking cells of non-key columns as BigDecimal, the rest as text. A count that is not a
   * whole number stays text, so the count checks report it.
   */
  Table typed() {
    List<List<Object>> rows = new ArrayList<>();
    for (List<String> row : cells) {
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        String column = i < header.size() ? header.get(i) : "";
        if (cell.isEmpty()) {
          out.add(null);
        } else if (mart.isCount(column)) {
          out.add(wholeNumber(cell));
        } else if (column.endsWith("_pct") || column.endsWith("_pp") || column.endsWith("_year")) {
          out.add(decimal(cell));
        } else {
          out.add(cell);
        }
      }
      rows.add(out);
    }
    return new Table(mart.tableName(), header, rows);
  }

  static Object wholeNumber(String cell) {
    try {
      return Long.parseLong(cell);
    } catch (NumberFormatException e) {
      return cell;
    }
  }

  private static Object decimal(String cell) {
    try {
      return new BigDecimal(cell);
    } catch (NumberFormatException e) {
      return cell;
    }
  }
}
