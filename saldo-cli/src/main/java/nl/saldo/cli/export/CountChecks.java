package nl.saldo.cli.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.saldo.core.pipeline.Mart;

/**
 * The checks on a table's columns and count cells: the expected columns and no identifier, every
 * row of the header's width, every count a whole number and a multiple of the rounding base.
 */
record CountChecks(long base, CheckLog log) {
  /** Column names that would hold a person or address identifier. */
  private static final Pattern IDENTIFIER_COLUMN =
      Pattern.compile("(?i).*(person|address|adres|rinpersoon|rinobject|_id$|^id$|bsn).*");

  void noIdentifiers(Mart mart, PublishedTable table) {
    List<String> failures = new ArrayList<>();
    if (!table.header().equals(mart.columns())) {
      failures.add("columns " + table.header() + ", expected exactly " + mart.columns());
    }
    for (String column : table.header()) {
      // A count column (sequences.csv: persons) is a rounded number of persons, not an identifier.
      if (IDENTIFIER_COLUMN.matcher(column).matches() && !mart.isCount(column)) {
        failures.add("column " + column + " looks like an identifier");
      }
    }
    int width = table.header().size();
    for (int r = 0; r < table.cells().size(); r++) {
      if (table.cells().get(r).size() != width) {
        failures.add("row " + (r + 2) + " has " + table.cells().get(r).size() + " fields");
      }
    }
    log.add(mart.fileName(), "no_identifiers", table.header().size(), failures);
  }

  void countsWhole(Mart mart, PublishedTable table) {
    eachCount(
        mart,
        table,
        "no_unrounded_counts",
        cell ->
            !cell.isEmpty() && !(PublishedTable.wholeNumber(cell) instanceof Long)
                ? " is \"" + cell + "\", not a whole number"
                : null);
  }

  void countsMultipleOfBase(Mart mart, PublishedTable table) {
    eachCount(
        mart,
        table,
        "counts_multiple_of_base",
        cell ->
            PublishedTable.wholeNumber(cell) instanceof Long value && value % base != 0
                ? " = " + value + ", not a multiple of " + base
                : null);
  }

  /** What is wrong with a count cell, said after its place; null when nothing is. */
  private interface CellRule {
    String problem(String cell);
  }

  private void eachCount(Mart mart, PublishedTable table, String check, CellRule rule) {
    List<String> failures = new ArrayList<>();
    long checked = 0;
    for (int r = 0; r < table.cells().size(); r++) {
      List<String> row = table.cells().get(r);
      for (int i = 0; i < Math.min(row.size(), table.header().size()); i++) {
        String column = table.header().get(i);
        if (mart.isCount(column)) {
          String problem = rule.problem(row.get(i));
          if (problem != null) {
            failures.add(table.where(r, column) + problem);
          }
          checked++;
        }
      }
    }
    log.add(mart.fileName(), check, checked, failures);
  }
}
