package nl.saldo.duckdb;

import java.util.EnumMap;
import java.util.Map;
import nl.saldo.core.pipeline.Stage;

/**
 * Where each method stage lives in the engine: one SQL file that creates one relation of the same
 * name (marts: {@code marts/stocks.sql} creates {@code stocks_mart}), checked afterwards by {@code
 * contracts/<relation>.sql} when that file exists. docs/design.md lists them in one table.
 */
public record StageSql(String script, String relation) {
  private static final Map<Stage, StageSql> STEPS = new EnumMap<>(Stage.class);

  static {
    intermediate(Stage.SELECT_SPELLS, "spells");
    intermediate(Stage.CLASSIFY_BUURTEN, "buurt_units");
    intermediate(Stage.LIST_UNITS, "units");
    intermediate(Stage.CLASSIFY_PERSONS, "incomes_grouped");
    intermediate(Stage.FIND_AZC, "azc_addresses");
    intermediate(Stage.DERIVE_MOVES, "moves");
    intermediate(Stage.DERIVE_PERSON_STATES, "person_states");
    intermediate(Stage.COUNT_STOCKS, "stock_counts");
    intermediate(Stage.COUNT_OD, "od_counts");
    intermediate(Stage.COUNT_FLOWS, "flow_counts");
    mart(Stage.BUILD_STOCKS, "stocks");
    mart(Stage.BUILD_MIGRATION, "migration");
    mart(Stage.BUILD_OD, "od");
    mart(Stage.BUILD_SEQUENCES, "sequences");
    mart(Stage.LIST_MUNICIPALITIES, "municipalities");
    mart(Stage.BUILD_PROFILES, "profiles");
    mart(Stage.BUILD_COMPONENTS, "components");
    intermediate(Stage.COUNT_SEGREGATION, "segregation_counts");
    mart(Stage.BUILD_SEGREGATION, "segregation");
  }

  /** The SQL of a method stage; every stage of {@link Stage#METHOD_STEPS} has one. */
  public static StageSql of(Stage stage) {
    StageSql step = STEPS.get(stage);
    if (step == null) {
      throw new IllegalArgumentException("stage " + stage.key() + " has no SQL in the engine");
    }
    return step;
  }

  private static void intermediate(Stage stage, String relation) {
    STEPS.put(stage, new StageSql("intermediate/" + relation + ".sql", relation));
  }

  private static void mart(Stage stage, String mart) {
    STEPS.put(stage, new StageSql("marts/" + mart + ".sql", mart + "_mart"));
  }
}
