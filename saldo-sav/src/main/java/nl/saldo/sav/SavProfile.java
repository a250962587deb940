package nl.saldo.sav;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A pass over a file's rows for {@code saldo inspect}: the exact row count, missing values per
 * variable, and the first few distinct values of every variable that is not an identifier.
 */
public record SavProfile(
    long rows, long[] missing, List<Set<String>> examples, boolean[] identifier) {

  /** Rows scanned for example values; after these only counting goes on. */
  private static final int EXAMPLE_ROWS = 1_000;

  public static SavProfile of(SavFile sav, Pattern identifiers, int examplesPerVariable)
      throws IOException {
    List<SavVariable> variables = sav.variables();
    long[] missing = new long[variables.size()];
    boolean[] identifier = new boolean[variables.size()];
    List<Set<String>> examples = new ArrayList<>();
    for (SavVariable variable : variables) {
      identifier[variable.index()] = identifiers.matcher(variable.name()).matches();
      examples.add(new LinkedHashSet<>());
    }
    SavCursor rows = sav.rows();
    while (rows.next()) {
      for (SavVariable variable : variables) {
        if (rows.isMissing(variable)) {
          missing[variable.index()]++;
        } else if (rows.rowNumber() <= EXAMPLE_ROWS && !identifier[variable.index()]) {
          Set<String> seen = examples.get(variable.index());
          String text = rows.text(variable);
          if (text != null && seen.size() < examplesPerVariable) {
            seen.add(text);
          }
        }
      }
    }
    return new SavProfile(rows.rowNumber(), missing, examples, identifier);
  }
}
