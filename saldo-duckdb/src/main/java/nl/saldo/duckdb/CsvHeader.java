package nl.saldo.duckdb;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.saldo.core.SaldoException;
import nl.saldo.core.csv.CsvReader;

/** The header row of an input CSV, and DuckDB's reading errors told in the file's terms. */
final class CsvHeader {
  private static final Pattern LINE = Pattern.compile("CSV Error on Line: (\\d+)");
  private static final Pattern ORIGINAL = Pattern.compile("Original Line: (.*)");
  private static final Pattern COLUMNS =
      Pattern.compile("Expected Number of Columns: (\\d+) Found: (\\d+)");

  private CsvHeader() {}

  /**
   * The column names of the first line (RFC 4180, UTF-8 with or without BOM), read by the one CSV
   * reader; an empty file, an empty or repeated name is refused with the file's name.
   */
  static List<String> read(Path path, String displayName) {
    List<String> header = CsvReader.header(path, displayName);
    if (header.isEmpty()) {
      throw SaldoException.invalidInput(
          displayName + ": the file is empty; expected a header row with the column names");
    }
    return header;
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
