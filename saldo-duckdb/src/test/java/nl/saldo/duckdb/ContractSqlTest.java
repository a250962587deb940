package nl.saldo.duckdb;

import org.junit.jupiter.api.Test;

/**
 * Contracts alone: each {@code contracts/<relation>.sql} on a relation broken on purpose must count
 * exactly the violations its story names (and none on the rows that are whole); the stories are in
 * {@code src/test/resources/stages/contracts/<relation>/STORY.md}.
 */
class ContractSqlTest {
  @Test
  void stocksMartContractCountsUnitsThatDoNotAddUpDuplicateKeysAndRest() {
    SqlStage.checkContract("contracts/stocks_mart", "stocks_mart");
  }

  @Test
  void migrationMartContractCountsRowsWhereInMinusOutIsNotNet() {
    SqlStage.checkContract("contracts/migration_mart", "migration_mart");
  }

  @Test
  void movesContractCountsMovesOutsideTheWindowToTheSameAddressOrOfNoGroup() {
    SqlStage.checkContract("contracts/moves", "moves");
  }

  @Test
  void incomesGroupedContractCountsGroupsOutsideTheSetAndEveryRowOfAYearTwice() {
    SqlStage.checkContract("contracts/incomes_grouped", "incomes_grouped");
  }
}
