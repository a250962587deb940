package nl.saldo.duckdb;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.saldo.core.SaldoException;

/** The header row of an input CSV, and DuckDB's reading errors told in the file's terms. */
final class CsvHeader {
  private static final Pattern LINE = Pattern.compile("CSV Error on Line: (\\d+)");
  private static final Pattern ORIGINAL = Pattern.compile("Original Line: (.*)");
  private static final Pattern COLUMNS =
      Pattern.compile("Expected Number of Columns: (\\d+) Found: (\\d+)");

  private CsvHeader() {}

  /**
   * The column names of the first line (comma-separated, optionally quoted, UTF-8 with or without
   * BOM).
   */
  static List<String> read(Path path, String displayName) {
    try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String line = reader.readLine();
      if (line == null || line.isBlank()) {
        throw SaldoException.invalidInput(
            displayName + ": the file is empty; expected a header row with the column names");
      }
      return split(line.startsWith("\uFEFF") ? line.substring(1) : line);
    } catch (IOException e) {
      throw SaldoException.invalidInput(displayName + ": cannot be read: " + e.getMessage());
    }
  }

  static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  /**
   * "persons.csv line 7: expected 4 fields, found 5 (P1,A1,…)" from DuckDB's message, when it says
   * so.
   */
  static String explain(String displayName, String format, String message) {
    String text = message == null ? "" : message;
    Matcher line = LINE.matcher(text);
    Matcher columns = COLUMNS.matcher(text);
    if (line.find() && columns.find()) {
      Matcher original = ORIGINAL.matcher(text);
      return displayName
          + " line "
          + line.group(1)
          + ": expected "
          + columns.group(1)
          + " fields as in the header, found "
          + columns.group(2)
          + (original.find() ? " (" + original.group(1).strip() + ")" : "");
    }
    if (line.find(0)) {
      return displayName
          + " line "
          + line.group(1)
          + ": cannot be read as "
          + format.toUpperCase(Locale.ROOT)
          + ": "
          + Database.reason(text, 2);
    }
    return displayName
        + ": cannot be read as "
        + format.toUpperCase(Locale.ROOT)
        + ": "
        + Database.reason(text, 3);
  }
}
