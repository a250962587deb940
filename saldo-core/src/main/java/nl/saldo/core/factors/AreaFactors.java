package nl.saldo.core.factors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.saldo.core.SaldoException;
import nl.saldo.core.csv.CsvReader;

/**
 * The optional input {@code areas/factors.csv} (issue #14, area factors): {@code gemeente_code} and
 * one or more numeric columns (e.g. the share of social rented housing, the mean WOZ value, the
 * distance to the nearest station); an empty cell is missing. A value that is not a plain number, a
 * duplicate or empty code, or a file without factor columns is invalid input (exit code 2), named
 * by file, row, column and value.
 */
public record AreaFactors(String file, List<String> names, Map<String, Double[]> values) {
  public static final String FILE = "factors.csv";
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][-+]?[0-9]+)?");

  /** The factors of the areas directory, or empty when it holds no factors.csv. */
  public static Optional<AreaFactors> read(Path areas) {
    Path path = areas.resolve(FILE);
    if (!Files.isRegularFile(path)) {
      return Optional.empty();
    }
    String file = "areas/" + FILE;
    CsvReader.Table table;
    try {
      table = CsvReader.read(path, file);
    } catch (IOException e) {
      throw new SaldoException(
          SaldoException.FAILED, "cannot read " + path + ": " + e.getMessage(), e);
    }
    List<String> header = table.header().stream().map(String::trim).toList();
    if (header.size() < 2 || !header.get(0).equalsIgnoreCase("gemeente_code")) {
      throw SaldoException.invalidInput(
          file
              + " row 1: expected gemeente_code and one or more numeric factor columns, found "
              + String.join(",", header));
    }
    List<String> names = header.subList(1, header.size());
    Map<String, Double[]> values = new LinkedHashMap<>();
    for (CsvReader.Row row : table.rows()) {
      String code = row.values().get(0).trim();
      if (code.isEmpty()) {
        throw SaldoException.invalidInput(
            file + " row " + row.number() + ": column gemeente_code is empty");
      }
      if (row.values().size() != header.size()) {
        throw SaldoException.invalidInput(
            file
                + " row "
                + row.number()
                + ": "
                + row.values().size()
                + " fields, expected "
                + header.size());
      }
      Double[] numbers = new Double[names.size()];
      for (int c = 0; c < names.size(); c++) {
        String value = row.values().get(c + 1).trim();
        if (value.isEmpty()) {
          continue;
        }
        if (!NUMBER.matcher(value).matches()) {
          throw SaldoException.invalidInput(
              file
                  + " row "
                  + row.number()
                  + ": column "
                  + names.get(c)
                  + " is '"
                  + value
                  + "', expected a number with '.' as decimal point, or empty (missing)");
        }
        numbers[c] = Double.parseDouble(value);
      }
      if (values.put(code, numbers) != null) {
        throw SaldoException.invalidInput(
            file + " row " + row.number() + ": gemeente_code " + code + " appears twice");
      }
    }
    return Optional.of(new AreaFactors(file, List.copyOf(names), values));
  }
}
