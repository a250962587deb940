package nl.saldo.core.input;

import java.util.List;

/** The input tables of METHOD.md §1 (microdata) and §2 (areas), with their format-v1 columns. */
public enum InputTable {
  PERSONS("persons", List.of("person_id", "birth_date", "origin", "register_entry_date")),
  RESIDENCES("residences", List.of("person_id", "address_id", "start_date", "end_date")),
  ADDRESSES("addresses", List.of("address_id", "buurt_code")),
  INCOMES("incomes", List.of("person_id", "year", "household_kind", "student", "income_pct")),
  BUURTEN("buurten", List.of("buurt_code", "gemeente_code", "oad")),
  GEMEENTEN(
      "gemeenten", List.of("gemeente_code", "gemeente_name", "province", "region", "area_type")),
  OVERLAYS("overlays", List.of("buurt_code"));

  private final String tableName;
  private final List<String> columns;

  InputTable(String tableName, List<String> columns) {
    this.tableName = tableName;
    this.columns = columns;
  }

  public String tableName() {
    return tableName;
  }

  public List<String> columns() {
    return columns;
  }
}
