package nl.saldo.core.pipeline;

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
}
