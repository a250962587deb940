package nl.saldo.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.saldo.core.SaldoException;
import nl.saldo.core.input.Fault;
import nl.saldo.core.input.FaultKind;
import nl.saldo.core.input.InputFile;
import nl.saldo.core.input.InvalidInputException;
import nl.saldo.core.pipeline.InputReport;
import nl.saldo.core.study.RepairPolicy;

/**
 * Validation on Spark in the order of saldo-duckdb's InputChecks, over the same SQL files: cell
 * faults on the raw text (checks/TABLE_values.sql), the typed tables (staging/TABLE.sql), key
 * faults (checks/TABLE_keys.sql), the chosen repairs (repairs/FAULT.sql), one message per class of
 * fault (checks/summary.sql); then the accounting of every row read.
 */
final class SparkChecks {
  static final List<String> TABLES =
      List.of("persons", "residences", "addresses", "incomes", "buurten", "gemeenten", "overlays");

  /** The microdata tables, typed by staging/TABLE_read.sql before their cell checks. */
  static final List<String> READ_TYPED = List.of("persons", "residences", "addresses", "incomes");

  private static final Map<String, String> VALUE_SETS =
      Map.of(
          "origin", "one of nl, western, non_western, unknown",
          "household_kind", "one of private, institutional");

  private static final List<RepairPolicy> REPAIR_ORDER =
      List.of(
          RepairPolicy.END_BEFORE_START,
          RepairPolicy.UNKNOWN_PERSON,
          RepairPolicy.UNKNOWN_ADDRESS,
          RepairPolicy.OVERLAPPING_SPELLS);

  /** Income rows of a year no stock or move looks at (as saldo-duckdb's InputAccounting). */
  private static final String OUTSIDE =
      """
      select count(*)
      from incomes
      cross join settings
      where not (
        incomes.year in (
          settings.stock_start_year + settings.stock_year_offset,
          settings.stock_end_year + settings.stock_year_offset)
        or incomes.year between year(settings.window_start) + settings.move_year_offset
          and year(settings.window_end) + settings.move_year_offset)
      """;

  private final SparkDatabase database;
  private final Map<String, String> fileNames;
  private final Set<RepairPolicy> repairs;

  SparkChecks(SparkDatabase database, Map<String, String> fileNames, Set<RepairPolicy> repairs) {
    this.database = database;
    this.fileNames = fileNames;
    this.repairs = repairs;
  }

  void run() {
    for (String table : TABLES) {
      if (!READ_TYPED.contains(table) || flagged(table)) {
        database.execute(SparkSql.load("checks/" + table + "_values.sql"));
      }
    }
    failOnFaults();
    for (String table : TABLES) {
      database.execute(SparkSql.load("staging/" + table + ".sql"));
      if (READ_TYPED.contains(table)) {
        database.spark().catalog().dropTempView(table + "_read");
      }
      database.spark().catalog().dropTempView("raw_" + table);
    }
    runChecks();
    for (RepairPolicy policy : REPAIR_ORDER) {
      if (repairs.contains(policy) && hasFault(policy.fault())) {
        database.execute(SparkSql.load("repairs/" + policy.fault() + ".sql"));
        database.execute("clearing faults", "delete from faults");
        runChecks();
      }
    }
    failOnFaults();
  }

  private boolean flagged(String table) {
    return database.count(
            "looking for cell faults in " + table,
            "select count(*) from " + table + "_read where input_fault")
        > 0;
  }

  private boolean hasFault(String fault) {
    return database.count(
            "looking for " + fault,
            "select count(*) from faults where fault = " + SparkDatabase.literal(fault))
        > 0;
  }

  private void runChecks() {
    for (String table : TABLES) {
      database.execute(SparkSql.load("checks/" + table + "_keys.sql"));
    }
  }

  private void failOnFaults() {
    Map<String, List<List<Object>>> classes = new LinkedHashMap<>();
    for (List<Object> row :
        database.rows("summarising faults", SparkSql.load("checks/summary.sql").query())) {
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
    if (!faults.isEmpty()) {
      throw new InvalidInputException(faults);
    }
  }

  /**
   * Per input file: rows read, used, and dropped by reason; fails when the books do not balance.
   */
  List<InputReport> reports(Map<InputFile, Long> rowsRead) {
    List<InputReport> reports = new ArrayList<>();
    for (Map.Entry<InputFile, Long> entry : rowsRead.entrySet()) {
      InputFile file = entry.getKey();
      String table = file.table().tableName();
      Map<String, Long> dropped = new LinkedHashMap<>();
      for (List<Object> row :
          database.rows(
              "counting dropped rows",
              "select reason, sum(rows) from rows_dropped where table_name = "
                  + SparkDatabase.literal(table)
                  + " and rows > 0 group by reason order by reason")) {
        dropped.put((String) row.get(0), ((Number) row.get(1)).longValue());
      }
      long used =
          file.overlay() != null
              ? database.count(
                  "counting overlay",
                  "select count(*) from overlays where overlay = "
                      + SparkDatabase.literal(file.overlay()))
              : database.count("counting " + table, "select count(*) from " + table);
      if (table.equals("residences")) {
        long zeroLength =
            database.count(
                "counting empty spells",
                "select count(*) from residences where end_date = start_date");
        if (zeroLength > 0) {
          dropped.put("zero_length_spell", zeroLength);
        }
        used -= zeroLength;
      }
      if (table.equals("incomes")) {
        long outside = database.count("counting incomes outside the study's years", OUTSIDE);
        if (outside > 0) {
          dropped.put("outside_study_years", outside);
        }
        used -= outside;
      }
      long accounted = used + dropped.values().stream().mapToLong(Long::longValue).sum();
      if (accounted != entry.getValue()) {
        throw SaldoException.internal(
            file.displayName()
                + ": "
                + entry.getValue()
                + " rows read but "
                + accounted
                + " accounted for",
            null);
      }
      reports.add(new InputReport(table, file.displayName(), entry.getValue(), used, dropped));
    }
    return reports;
  }
}
