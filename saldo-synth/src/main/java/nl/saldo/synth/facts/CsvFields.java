package nl.saldo.synth.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.saldo.core.csv.CsvReader;

/** Reads a small delimited text file with a header row into rows keyed by column name. */
public final class CsvFields {
  private CsvFields() {}

  /** One data row: column name to trimmed value. */
  public record Row(String source, int line, Map<String, String> values) {
    public String get(String column) {
      String value = values.get(column);
      if (value == null) {
        throw new IllegalArgumentException(at(column) + " missing; have " + values.keySet());
      }
      return value;
    }

    public double number(String column) {
      String value = get(column);
      try {
        return Double.parseDouble(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(at(column) + " = '" + value + "', expected a number");
      }
    }

    /** A column of this row in a message: {@code file line 3: column 'x'}. */
    private String at(String column) {
      return source + " line " + line + ": column '" + column + "'";
    }
  }

  public static List<Row> read(Path file) throws IOException {
    return rows(CsvReader.read(file, file.toString()));
  }

  public static List<Row> read(BufferedReader reader, String source) throws IOException {
    return rows(CsvReader.read(reader, source));
  }

  /** Rows keyed by the header's names, values trimmed, by the one CSV reader. */
  private static List<Row> rows(CsvReader.Table table) throws IOException {
    if (table.header().isEmpty()) {
      throw new IOException(table.source() + ": empty file, expected a header row");
    }
    List<String> header = table.header().stream().map(String::trim).toList();
    List<Row> rows = new ArrayList<>();
    for (CsvReader.Row row : table.rows()) {
      Map<String, String> values = new HashMap<>();
      for (int i = 0; i < header.size() && i < row.values().size(); i++) {
        values.put(header.get(i), row.values().get(i).trim());
      }
      rows.add(new Row(table.source(), Math.toIntExact(row.number()), values));
    }
    return rows;
  }
}
