package nl.saldo.duckdb;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.saldo.core.SaldoException;
import nl.saldo.core.input.InputFile;
import nl.saldo.core.input.InputTable;
import nl.saldo.core.study.StudySettings;

/**
 * The study file's columns section: which column of a user's file holds a format-v1 column (both
 * engines' readers).
 */
public final class ColumnMapping {
  private ColumnMapping() {}

  /** format-v1 column → column name in the user's file, from the study file's columns section. */
  public static Map<String, String> of(StudySettings settings, InputTable table) {
    Map<String, String> remapped = settings.columns().getOrDefault(table.tableName(), Map.of());
    for (String column : remapped.keySet()) {
      if (!table.columns().contains(column)) {
        throw SaldoException.invalidInput(
            "study file, columns."
                + table.tableName()
                + ": "
                + column
                + " is not a column of "
                + table.tableName()
                + " (columns: "
                + String.join(", ", table.columns())
                + ")");
      }
    }
    Map<String, String> columns = new LinkedHashMap<>();
    for (String column : table.columns()) {
      columns.put(column, remapped.getOrDefault(column, column));
    }
    return columns;
  }

  /** The file's column of the wanted name (case-insensitive), or a message naming what is there. */
  public static String find(
      Collection<String> found,
      String wanted,
      String v1Name,
      InputFile file,
      Map<String, String> columns) {
    return found.stream()
        .filter(name -> name.equalsIgnoreCase(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                SaldoException.invalidInput(
                    file.displayName()
                        + ": missing column "
                        + wanted
                        + (wanted.equals(v1Name)
                            ? ""
                            : " (mapped to " + v1Name + " by the study file)")
                        + "; expected columns "
                        + String.join(", ", columns.values())
                        + "; found "
                        + String.join(", ", found)));
  }
}
