package nl.saldo.core.pipeline;

import java.util.Arrays;
import java.util.List;

/** A small result table fetched from the engine: aggregates, never microdata. */
public record Table(String name, List<String> columns, List<List<Object>> rows) {

  public int index(String column) {
    int index = columns.indexOf(column);
    if (index < 0) {
      throw new IllegalArgumentException(name + " has no column " + column);
    }
    return index;
  }

  /** A row's cells in the given columns, as a key of a map of rows (no cell may be null). */
  public List<Object> key(List<Object> row, String... keyColumns) {
    return List.of(Arrays.stream(keyColumns).map(column -> row.get(index(column))).toArray());
  }
}
