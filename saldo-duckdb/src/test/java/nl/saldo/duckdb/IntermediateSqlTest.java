package nl.saldo.duckdb;

import org.junit.jupiter.api.Test;

/**
 * Each intermediate SQL file alone on small given tables with expected rows; the stories are in
 * {@code src/test/resources/stages/<relation>/STORY.md}.
 */
class IntermediateSqlTest {
  @Test
  void spellsKeepEveryResidenceThatCoversADayWithItsBuurt() {
    SqlStage.check("spells", "intermediate/spells.sql", "spells");
  }

  @Test
  void odCountsCountCountedMovesBetweenDifferentUnitsOfEachLayer() {
    SqlStage.check("od_counts", "intermediate/od_counts.sql", "od_counts");
  }

  @Test
  void flowCountsAreTheRowAndColumnSumsOfOdCountsWithoutRest() {
    SqlStage.check("flow_counts", "intermediate/flow_counts.sql", "flow_counts");
  }
}
