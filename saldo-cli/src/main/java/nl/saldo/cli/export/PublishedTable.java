package nl.saldo.cli.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.saldo.core.SaldoException;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.core.pipeline.Table;

/**
 * One published table read back from its CSV, cells as written (text), with a typed view for
 * recomputation: count columns as whole numbers (empty = suppressed), decimals as BigDecimal.
 */
public record PublishedTable(Mart mart, Path file, List<String> header, List<List<String>> cells) {

  static PublishedTable read(Mart mart, Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SaldoException(
          SaldoException.FAILED, "cannot read " + file + ": " + e.getMessage());
    }
    if (lines.isEmpty()) {
      throw new SaldoException(SaldoException.INVALID_INPUT, file + " is empty, expected a header");
    }
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (!lines.get(i).isEmpty()) {
        rows.add(fields(lines.get(i)));
      }
    }
    return new PublishedTable(mart, file, fields(lines.get(0)), rows);
  }

  /** The fields of one CSV line: comma separated, double quotes around a field with a comma. */
  public static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  int index(String column) {
    return header.indexOf(column);
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
