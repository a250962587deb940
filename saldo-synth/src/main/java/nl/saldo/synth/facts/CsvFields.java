package nl.saldo.synth.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a small delimited text file with a header row into rows keyed by column name. */
public final class CsvFields {
  private CsvFields() {}

  /** One data row: column name to trimmed value. */
  public record Row(String source, int line, Map<String, String> values) {
    public String get(String column) {
      String value = values.get(column);
      if (value == null) {
        throw new IllegalArgumentException(
            source
                + " line "
                + line
                + ": column '"
                + column
                + "' missing; have "
                + values.keySet());
      }
      return value;
    }

    public double number(String column) {
      String value = get(column);
      try {
        return Double.parseDouble(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            source
                + " line "
                + line
                + ": column '"
                + column
                + "' = '"
                + value
                + "', expected a number");
      }
    }
  }

  public static List<Row> read(Path file, char separator) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString(), separator);
    }
  }

  public static List<Row> read(BufferedReader reader, String source, char separator)
      throws IOException {
    String headerLine = reader.readLine();
    if (headerLine == null) {
      throw new IOException(source + ": empty file, expected a header row");
    }
    List<String> header = split(stripBom(headerLine), separator);
    List<Row> rows = new ArrayList<>();
    String line;
    int lineNumber = 1;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      List<String> fields = split(line, separator);
      Map<String, String> values = new HashMap<>();
      for (int i = 0; i < header.size() && i < fields.size(); i++) {
        values.put(header.get(i), fields.get(i));
      }
      rows.add(new Row(source, lineNumber, values));
    }
    return rows;
  }

  static String stripBom(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  /** Splits one line; fields may be quoted with doubled quotes inside. Values are trimmed. */
  static List<String> split(String line, char separator) {
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
      } else if (c == separator) {
        fields.add(field.toString().trim());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString().trim());
    return fields;
  }
}
