package nl.saldo.duckdb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.saldo.core.input.Fault;
import nl.saldo.core.input.FaultKind;
import nl.saldo.core.input.InvalidInputException;
import nl.saldo.core.study.RepairPolicy;

/**
 * Validates the loaded inputs (METHOD.md §1, §9) in two passes: cell faults (missing values, dates,
 * numbers, value sets), then, on the typed tables, key faults (duplicates, unknown references,
 * spells). The microdata were read typed with a fault flag per row; only a table with a flagged row
 * is read again as text and checked cell by cell, so a clean file is read once. Chosen repairs mend
 * key faults and are counted; any fault left stops the run with one message per class of fault. The
 * same checks, in the same order, on every engine (saldo-spark runs them over its session).
 */
public final class InputChecks {
  static final List<String> TABLES =
      List.of("persons", "residences", "addresses", "incomes", "buurten", "gemeenten", "overlays");

  /**
   * The microdata tables, read straight into typed tables with a fault flag per row ({@code
   * staging/TABLE_read.sql}); the small area tables are read as text and checked cell by cell.
   */
  public static final List<String> READ_TYPED =
      List.of("persons", "residences", "addresses", "incomes");

  private static final Map<String, String> VALUE_SETS =
      Map.of(
          "origin", "one of nl, western, non_western, unknown",
          "household_kind", "one of private, institutional");

  /**
   * Rows dropped for one fault must not hide another: cheap row drops first, whole persons last.
   */
  private static final List<RepairPolicy> REPAIR_ORDER =
      List.of(
          RepairPolicy.END_BEFORE_START,
          RepairPolicy.UNKNOWN_PERSON,
          RepairPolicy.UNKNOWN_ADDRESS,
          RepairPolicy.OVERLAPPING_SPELLS);

  private final SqlSession sql;
  private final Map<String, String> fileNames;
  private final Set<RepairPolicy> repairs;
  private final Map<String, Runnable> rawText;

  /**
   * @param fileNames table name (or {@code overlay:NAME}) → the file name shown in messages
   * @param rawText per table read typed: reads its file again as text into {@code raw_TABLE} (none
   *     on an engine that reads every table as text)
   */
  public InputChecks(
      SqlSession sql,
      Map<String, String> fileNames,
      Set<RepairPolicy> repairs,
      Map<String, Runnable> rawText) {
    this.sql = sql;
    this.fileNames = fileNames;
    this.repairs = repairs;
    this.rawText = rawText;
  }

  /** Checks cell values, types the tables, checks keys, repairs what the user chose to repair. */
  public void run() {
    for (String table : TABLES) {
      if (!READ_TYPED.contains(table)) {
        sql.script("checks/" + table + "_values.sql");
      } else if (flagged(table)) {
        rawText.getOrDefault(table, () -> {}).run();
        sql.script("checks/" + table + "_values.sql");
      }
    }
    failOnFaults();
    for (String table : TABLES) {
      sql.script("staging/" + table + ".sql");
      sql.dropRaw(table);
    }
    runChecks("_keys");
    for (RepairPolicy policy : REPAIR_ORDER) {
      if (repairs.contains(policy) && hasFault(policy.fault())) {
        sql.script("repairs/" + policy.fault() + ".sql");
        recheck();
      }
    }
    failOnFaults();
  }

  /** True when a row of the typed table might have a cell fault (checks/TABLE_values.sql). */
  private boolean flagged(String table) {
    return sql.count(
            "looking for cell faults in " + table,
            "select count(*) from " + table + "_read where input_fault")
        > 0;
  }

  private boolean hasFault(String fault) {
    return sql.count("looking for " + fault, "select count(*) from faults where fault = ?", fault)
        > 0;
  }

  private void recheck() {
    sql.execute("clearing faults", "delete from faults");
    runChecks("_keys");
  }

  private void runChecks(String suffix) {
    for (String table : TABLES) {
      sql.script("checks/" + table + suffix + ".sql");
    }
  }

  private void failOnFaults() {
    List<Fault> faults = summarise();
    if (!faults.isEmpty()) {
      throw new InvalidInputException(faults);
    }
  }

  private List<Fault> summarise() {
    Map<String, List<List<Object>>> classes = new LinkedHashMap<>();
    for (List<Object> row : sql.scriptRows("summarising faults", "checks/summary.sql")) {
      classes
          .computeIfAbsent(
              row.get(0) + "\u0000" + row.get(1) + "\u0000" + row.get(2), key -> new ArrayList<>())
          .add(row);
    }
    List<Fault> faults = new ArrayList<>();
    for (List<List<Object>> rows : classes.values()) {
      List<Object> first = rows.get(0);
      String column = (String) first.get(2);
      List<Fault.Example> examples =
          rows.stream()
              .map(
                  row ->
                      new Fault.Example(
                          ((Number) row.get(6)).longValue(),
                          (String) row.get(7),
                          (String) row.get(8)))
              .toList();
      faults.add(
          new Fault(
              fileNames.getOrDefault((String) first.get(0), (String) first.get(0)),
              FaultKind.of((String) first.get(1)),
              column,
              VALUE_SETS.get(column),
              ((Number) first.get(3)).longValue(),
              ((Number) first.get(4)).longValue(),
              examples));
    }
    return faults;
  }
}
