package nl.saldo.duckdb;

import org.junit.jupiter.api.Test;

/**
 * Each mart SQL file alone on small given tables with expected rows; the stories are in {@code
 * src/test/resources/stages/<relation>/STORY.md}.
 */
class MartSqlTest {
  @Test
  void stocksMartGivesEveryUnitAllEightGroupsInOutputOrder() {
    SqlStage.check("stocks_mart", "marts/stocks.sql", "stocks_mart");
  }

  @Test
  void migrationMartGivesEveryUnitTheMoverGroupsWithNet() {
    SqlStage.check("migration_mart", "marts/migration.sql", "migration_mart");
  }

  @Test
  void odMartGivesEveryPairTheMoverGroupsWithRestLast() {
    SqlStage.check("od_mart", "marts/od.sql", "od_mart");
  }

  @Test
  void componentsMartSplitsTheChangeOfEveryUnitAndGroupIntoItsComponents() {
    SqlStage.check("components_mart", "marts/components.sql", "components_mart");
  }

  @Test
  void segregationMartComputesTheIndicesOfEveryScopeFromThreeUnitsUp() {
    SqlStage.check("segregation_mart", "marts/segregation.sql", "segregation_mart");
  }

  @Test
  void sequencesMartCountsPersonsByTheirCollapsedCutSequenceAndLastGroup() {
    SqlStage.check("sequences_mart", "marts/sequences.sql", "sequences_mart");
  }

  @Test
  void municipalitiesMartListsTheStudysMunicipalitiesThatHaveBuurten() {
    SqlStage.check("municipalities_mart", "marts/municipalities.sql", "municipalities_mart");
  }
}
