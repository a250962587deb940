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
  void buurtUnitsMapEveryBuurtToOneUnitInEveryEnabledLayer() {
    SqlStage.check("buurt_units", "intermediate/buurt_units.sql", "buurt_units");
  }

  @Test
  void unitsAreTheDistinctUnitsOfTheStudyBuurtenWithoutRest() {
    SqlStage.check("units", "intermediate/units.sql", "units");
  }

  @Test
  void incomeYearsAreTheStockAndMoveYearsEachWithItsOffset() {
    SqlStage.check("income_years", "staging/income_years.sql", "income_years");
  }

  @Test
  void incomesGroupedGiveTheGroupOfEveryIncomeYearAStockOrMoveLooksAt() {
    SqlStage.check("incomes_grouped", "intermediate/incomes_grouped.sql", "incomes_grouped");
  }

  @Test
  void azcAddressesHaveMoreThanNQualifyingPersonsInThePeriod() {
    SqlStage.check("azc_addresses", "intermediate/azc_addresses.sql", "azc_addresses");
  }

  @Test
  void movesAreConsecutiveSpellsWithinTheGapAndWindowFlaggedForExclusion() {
    SqlStage.check("moves", "intermediate/moves.sql", "moves");
  }

  @Test
  void stockCountsCountResidentsOnBothReferenceDatesPerUnitAndGroup() {
    SqlStage.check("stock_counts", "intermediate/stock_counts.sql", "stock_counts");
  }

  @Test
  void odCountsCountCountedMovesBetweenDifferentUnitsOfEachLayer() {
    SqlStage.check("od_counts", "intermediate/od_counts.sql", "od_counts");
  }

  @Test
  void flowCountsAreTheRowAndColumnSumsOfOdCountsWithoutRest() {
    SqlStage.check("flow_counts", "intermediate/flow_counts.sql", "flow_counts");
  }

  @Test
  void personStatesGiveBuurtAndGroupOnBothDatesOfEveryPersonPresent() {
    SqlStage.check("person_states", "intermediate/person_states.sql", "person_states");
  }

  @Test
  void segregationCountsPlaceTheFourGroupsInEveryScopeAndMoment() {
    SqlStage.check(
        "segregation_counts", "intermediate/segregation_counts.sql", "segregation_counts");
  }
}
