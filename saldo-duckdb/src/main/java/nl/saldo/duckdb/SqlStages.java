package nl.saldo.duckdb;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.core.pipeline.Stage;
import nl.saldo.core.pipeline.Table;
import nl.saldo.core.study.StudySettings;

/**
 * The method's stages on a {@link SqlSession}: a stage's SQL file ({@link StageSql}) and its data
 * contracts ({@code contracts/RELATION.sql}), the empty mart of an analysis switched off, and the
 * small results read back: the marts, the geography of the gemeenten and the facts.
 */
final class SqlStages {
  private final SqlSession sql;

  SqlStages(SqlSession sql) {
    this.sql = sql;
  }

  /** Runs a stage's SQL file, then its data contracts; returns the contracts it violates. */
  List<String> run(Stage stage, StudySettings settings) {
    StageSql step = StageSql.of(stage);
    if (switchedOff(stage, settings)) {
      if (step.relation().endsWith("_mart")) {
        Mart mart = stage == Stage.BUILD_COMPONENTS ? Mart.COMPONENTS : Mart.SEGREGATION;
        List<String> columns =
            mart.columns().stream().map(column -> sql.quote(column) + " string").toList();
        sql.execute(
            "creating an empty " + mart.tableName(),
            "create or replace table "
                + step.relation()
                + " ("
                + String.join(", ", columns)
                + ", row_order bigint)");
      }
      return List.of();
    }
    sql.script(step.script());
    String contracts = "contracts/" + step.relation() + ".sql";
    if (!sql.hasScript(contracts)) {
      return List.of();
    }
    List<String> violations = new ArrayList<>();
    for (List<Object> row : sql.scriptRows(contracts, contracts)) {
      long count = ((Number) row.get(1)).longValue();
      if (count != 0) {
        violations.add(row.get(0) + " (" + count + " violations)");
      }
    }
    return violations;
  }

  /**
   * True for a stage of an analysis the study file switched off (analyses: ...); its mart is then
   * empty. Person states are always derived: the stocks and profiles read them too.
   */
  private static boolean switchedOff(Stage stage, StudySettings settings) {
    boolean components = settings.analyses().components();
    boolean segregation = settings.analyses().segregation();
    return switch (stage) {
      case BUILD_COMPONENTS -> !components;
      case COUNT_SEGREGATION, BUILD_SEGREGATION -> !segregation;
      default -> false;
    };
  }

  /** The unrounded mart, in row order. */
  Table fetch(Mart mart) {
    List<String> quoted = mart.columns().stream().map(sql::quote).toList();
    List<List<Object>> rows =
        sql.rows(
            "fetching " + mart.tableName(),
            "select "
                + String.join(", ", quoted)
                + " from "
                + mart.tableName()
                + "_mart order by row_order");
    return new Table(mart.tableName(), mart.columns(), rows);
  }

  /** Per gemeente code, its region, area type and province. */
  Map<String, Map<String, String>> geography() {
    Map<String, Map<String, String>> geography = new LinkedHashMap<>();
    for (List<Object> row :
        sql.rows(
            "geography",
            "select gemeente_code, region, area_type, province from gemeenten"
                + " order by gemeente_code")) {
      geography.put(
          (String) row.get(0),
          Map.of(
              "region", (String) row.get(1),
              "area_type", (String) row.get(2),
              "province", (String) row.get(3)));
    }
    return Collections.unmodifiableMap(geography);
  }

  /** The counts of facts.sql, for the manifest. */
  Map<String, Long> facts() {
    Map<String, Long> facts = new LinkedHashMap<>();
    for (List<Object> row : sql.scriptRows("facts", "facts.sql")) {
      facts.put((String) row.get(0), ((Number) row.get(1)).longValue());
    }
    return Collections.unmodifiableMap(facts);
  }
}
