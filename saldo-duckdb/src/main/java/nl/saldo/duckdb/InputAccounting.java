package nl.saldo.duckdb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.saldo.core.SaldoException;
import nl.saldo.core.input.InputFile;
import nl.saldo.core.pipeline.InputReport;

/**
 * Accounts for every row read: used, or dropped with a reason (a repair, a residence spell that
 * covers no day, or an income row of a year the study does not use). Fails loudly when the books do
 * not balance. The same books on every engine.
 */
public final class InputAccounting {
  /**
   * Income rows of a year no stock or move looks at: read and checked, but not grouped (the years
   * of staging/income_years.sql, which intermediate/incomes_grouped.sql groups).
   */
  private static final String OUTSIDE =
      """
      select count(*)
      from incomes
      anti join income_years on income_years.year = incomes.year
      """;

  private final SqlSession sql;

  public InputAccounting(SqlSession sql) {
    this.sql = sql;
  }

  /**
   * Per input file: rows read, used, and dropped by reason; fails when the books do not balance.
   */
  public List<InputReport> reports(Map<InputFile, Long> rowsRead) {
    List<InputReport> reports = new ArrayList<>();
    for (Map.Entry<InputFile, Long> entry : rowsRead.entrySet()) {
      InputFile file = entry.getKey();
      String table = file.table().tableName();
      Map<String, Long> dropped = dropped(table);
      long used;
      if (file.overlay() != null) {
        used =
            sql.count(
                "counting overlay",
                "select count(*) from overlays where overlay = ?",
                file.overlay());
      } else {
        used = sql.count("counting " + table, "select count(*) from " + table);
      }
      if (table.equals("residences")) {
        long zeroLength =
            sql.count(
                "counting empty spells",
                "select count(*) from residences where end_date = start_date");
        if (zeroLength > 0) {
          dropped.put("zero_length_spell", zeroLength);
        }
        used -= zeroLength;
      }
      if (table.equals("incomes")) {
        long outside = sql.count("counting incomes outside the study's years", OUTSIDE);
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

  private Map<String, Long> dropped(String table) {
    Map<String, Long> dropped = new LinkedHashMap<>();
    for (List<Object> row :
        sql.rows(
            "counting dropped rows",
            "select reason, sum(rows) from rows_dropped where table_name = ? and rows > 0 group by reason order by reason",
            table)) {
      dropped.put((String) row.get(0), ((Number) row.get(1)).longValue());
    }
    return dropped;
  }
}
