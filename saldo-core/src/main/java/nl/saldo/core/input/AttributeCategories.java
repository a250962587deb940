package nl.saldo.core.input;

import java.util.Arrays;
import java.util.List;
import nl.saldo.core.SaldoException;
import nl.saldo.core.study.Profiles;

/**
 * The extra attributes of profiles.csv ({@code profiles.attributes}, issue #14) as every engine
 * reads them: per file of persons and incomes that has some, the engine loads them, then counts
 * their distinct values; a column with more than {@code profiles.max_categories} is refused with
 * one message on every engine (it is an identifier or a measurement, not a category).
 */
public final class AttributeCategories {
  private AttributeCategories() {}

  /** An engine's loading of the attributes of a file into its attribute_values. */
  public interface Loader {
    void load(InputFile file, String table, List<String> attributes);
  }

  /**
   * An engine's count: the attributes of {@code table} with more than {@code max} distinct values,
   * by name: rows of (attribute, distinct values, the values in order joined by ", ").
   */
  public interface Counter {
    List<List<Object>> overMax(InputFile file, String table, int max);
  }

  /** Loads the attributes of every file that has some; refuses the first over the maximum. */
  public static void read(InputSet inputs, Profiles profiles, Loader loader, Counter counter) {
    for (InputTable table : List.of(InputTable.PERSONS, InputTable.INCOMES)) {
      List<String> attributes = profiles.attributesOf(table.tableName());
      for (InputFile file : attributes.isEmpty() ? List.<InputFile>of() : inputs.of(table)) {
        if (file.derived()) {
          throw SaldoException.invalidInput(
              "study file, profiles.attributes."
                  + table.tableName()
                  + ": extra attributes are read from format-v1 files only, not from the "
                  + file.profile().section()
                  + " profile's "
                  + file.profile().derivedFrom());
        }
        loader.load(file, table.tableName(), attributes);
        for (List<Object> row :
            counter.overMax(file, table.tableName(), profiles.maxCategories())) {
          throw SaldoException.invalidInput(
              file.displayName()
                  + ", column "
                  + row.get(0)
                  + " (profiles.attributes."
                  + table.tableName()
                  + "): "
                  + row.get(1)
                  + " distinct values, more than profiles.max_categories ("
                  + profiles.maxCategories()
                  + "); an attribute is a category (e.g. a level of education), not an identifier"
                  + " or a measurement; e.g. "
                  + String.join(
                      ", ", Arrays.stream(((String) row.get(2)).split(", ")).limit(3).toList()));
        }
      }
    }
  }
}
