package nl.saldo.core.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.saldo.core.SaldoException;
import org.junit.jupiter.api.Test;

class StudyFileTest {

  @Test
  void defaultsAreMethodsDefaults() {
    StudySettings settings = StudyFile.defaults();
    assertThat(settings.stockStartYear()).isEqualTo(2011);
    assertThat(settings.stockEndYear()).isEqualTo(2017);
    assertThat(settings.windowStart()).isEqualTo(LocalDate.of(2011, 1, 1));
    assertThat(settings.windowEnd()).isEqualTo(LocalDate.of(2016, 12, 31));
    assertThat(settings.maxGapDays()).isEqualTo(1);
    assertThat(settings.income().lowerThreshold()).isEqualByComparingTo("101");
    assertThat(settings.income().upperThreshold()).isEqualByComparingTo("150");
    assertThat(settings.income().stockYearOffset()).isZero();
    assertThat(settings.income().moveYearOffset()).isEqualTo(1);
    assertThat(settings.azc().moreThanPersons()).isEqualTo(25);
    assertThat(settings.azc().minAgeYears()).isEqualTo(1);
    assertThat(settings.azc().origin()).isEqualTo("non_western");
    assertThat(settings.azc().periodStart()).isEqualTo(LocalDate.of(1995, 1, 1));
    assertThat(settings.azc().periodEnd()).isEqualTo(LocalDate.of(2017, 12, 31));
    assertThat(settings.urbanityBounds())
        .extracting(BigDecimal::intValue)
        .containsExactly(500, 1000, 1500, 2500);
    assertThat(settings.disclosure().roundingBase()).isEqualTo(10);
    assertThat(settings.disclosure().minDenominator()).isEqualTo(100);
    assertThat(settings.layers())
        .containsExactly("gemeente", "region", "area_type", "province", "study", "urbanity");
    assertThat(settings.yearsStock()).isEqualTo(6);
    assertThat(settings.yearsMoves()).isEqualTo(6);
  }

  @Test
  void theBundledStudyHasTheReportsFiftyTwoMunicipalities() throws IOException {
    StudySettings settings = StudyFile.load("noord-nederland-2018");
    assertThat(settings.name()).isEqualTo("noord-nederland-2018");
    try (var in = BundledStudies.open("noord-nederland-2018", "gemeenten.csv")) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      assertThat(lines).hasSize(53);
      assertThat(lines)
          .contains(
              "GM0014,Groningen,Groningen,Gemeente Groningen,provinciehoofdstad",
              "GM1950,Westerwolde,Groningen,Oost-Groningen,krimp");
    }
  }

  @Test
  void everySettingCanBeChanged() throws IOException {
    StudySettings settings =
        parse(
            """
        name: test
        stock_years: [2012, 2018]
        move_window: {start: 2012-01-01, end: 2017-12-31}
        max_gap_days: 3
        income: {thresholds: [100, 200], stock_year_offset: -1, move_year_offset: 0}
        azc: {period: {start: 2000-01-01, end: 2010-12-31}, more_than_persons: 5, min_age_years: 2, origin: western}
        urbanity_bounds: [400, 900, 1400, 2400]
        disclosure: {rounding_base: 5, min_denominator: 50}
        layers: [study, gemeente]
        columns:
          persons: {person_id: RINPERSOON}
        repair: [overlapping_spells=drop_person]
        """);
    assertThat(settings.stockStartYear()).isEqualTo(2012);
    assertThat(settings.maxGapDays()).isEqualTo(3);
    assertThat(settings.income().stockYearOffset()).isEqualTo(-1);
    assertThat(settings.azc().origin()).isEqualTo("western");
    assertThat(settings.disclosure().roundingBase()).isEqualTo(5);
    assertThat(settings.layers()).containsExactly("gemeente", "study");
    assertThat(settings.columns()).isEqualTo(Map.of("persons", Map.of("person_id", "RINPERSOON")));
    assertThat(settings.repairs()).containsExactly(RepairPolicy.OVERLAPPING_SPELLS);
  }

  @Test
  void percentagesAreFromThePublishedCountsUnlessExactIsAsked() throws IOException {
    assertThat(StudyFile.defaults().disclosure().exactPercentages()).isFalse();
    assertThat(StudyFile.defaults().disclosure().unsafe()).isFalse();
    StudySettings exact = parse("disclosure: {percentages: exact}");
    assertThat(exact.disclosure().exactPercentages()).isTrue();
    assertThat(exact.disclosure().unsafe()).isTrue();
    assertThat(exact.asStudyFile().get("disclosure").toString()).contains("percentages=exact");
    assertThatThrownBy(() -> parse("disclosure: {percentages: rounded}"))
        .hasMessageStartingWith("test.yaml, setting disclosure.percentages: expected published");
    assertThat(parse("disclosure: {min_cell: 10}").disclosure().minCell()).isEqualTo(10);
    assertThat(StudyFile.defaults().disclosure().minCell()).isZero();
  }

  @Test
  void aNamesSectionNamesUnitsPerLanguageInItsOrder() throws IOException {
    StudySettings settings =
        parse(
            "names:\n"
                + "  area_type:\n"
                + "    krimp: {nl: Krimpzones, en: Shrinking zones, nl_in_text: de krimpzones}\n"
                + "    overig: {nl: Rest}\n");
    StudySettings.DisplayName krimp = settings.names().get("area_type").get("krimp");
    assertThat(krimp.name("nl")).isEqualTo("Krimpzones");
    assertThat(krimp.inText("nl")).isEqualTo("de krimpzones");
    assertThat(krimp.inText("en")).isEqualTo("Shrinking zones");
    // a name in one language stands for the other
    assertThat(settings.names().get("area_type").get("overig").name("en")).isEqualTo("Rest");
    assertThat(settings.names().get("area_type").keySet()).containsExactly("krimp", "overig");
    assertThat(StudyFile.defaults().asStudyFile()).doesNotContainKey("names");
    assertThatThrownBy(() -> parse("names: {wijk: {w1: {nl: Wijk 1}}}"))
        .hasMessageStartingWith("test.yaml, setting names.wijk: expected a layer of this study");
    assertThatThrownBy(() -> parse("names: {region: {r1: {nl_in_text: de regio}}}"))
        .hasMessageStartingWith("test.yaml, setting names.region.r1: expected a name in nl or en");
    assertThatThrownBy(() -> parse("names: {region: {r1: {fr: Région}}}"))
        .hasMessageContaining("fr");
  }

  @Test
  void unknownKeysAreRefusedSoATypoCannotFallBackToADefault() {
    assertThatThrownBy(() -> parse("max_gap_day: 2"))
        .hasMessageStartingWith("test.yaml, setting max_gap_day: unknown setting (known: ");
  }

  @Test
  void wrongValuesNameTheSetting() {
    assertThatThrownBy(() -> parse("move_window: {start: 2011-13-01}"))
        .hasMessage(
            "test.yaml, setting move_window.start: expected a date YYYY-MM-DD, found \"2011-13-01\"");
    assertThatThrownBy(() -> parse("income: {thresholds: [150, 101]}"))
        .hasMessage(
            "test.yaml, setting income.thresholds: expected two increasing percentages of the social "
                + "minimum, e.g. [101, 150]");
    assertThatThrownBy(() -> parse("layers: [gemeente, wijk]"))
        .hasMessageStartingWith("test.yaml, setting layers: unknown layer \"wijk\"");
  }

  @Test
  void unknownKeysAreRefusedAtEveryDepth() {
    assertThatThrownBy(() -> parse("income: {tresholds: [100, 200]}"))
        .hasMessage(
            "test.yaml, setting income.tresholds: unknown setting (known: move_year_offset,"
                + " stock_year_offset, thresholds)");
    assertThatThrownBy(() -> parse("move_window: {strat: 2012-01-01}"))
        .hasMessage("test.yaml, setting move_window.strat: unknown setting (known: end, start)");
    assertThatThrownBy(() -> parse("disclosure: {rounding_bse: 5}"))
        .hasMessage(
            "test.yaml, setting disclosure.rounding_bse: unknown setting (known: min_cell,"
                + " min_denominator, percentages, rounding_base)");
    assertThatThrownBy(() -> parse("azc: {more_than_person: 10}"))
        .hasMessageStartingWith(
            "test.yaml, setting azc.more_than_person: unknown setting (known: min_age_years,"
                + " more_than_persons, origin, period)");
    assertThatThrownBy(() -> parse("income:\n  stock_year_ofset: 1"))
        .hasMessageStartingWith("test.yaml, setting income.stock_year_ofset: unknown setting");
    assertThatThrownBy(() -> parse("azc: {period: {begin: 2000-01-01}}"))
        .hasMessage("test.yaml, setting azc.period.begin: unknown setting (known: end, start)");
    assertThatThrownBy(() -> parse("disclosure: {unsafe_unrounded: true}"))
        .hasMessageStartingWith("test.yaml, setting disclosure.unsafe_unrounded: unknown setting");
  }

  @Test
  void aKeyGivenTwiceIsRefusedWithItsLine() {
    assertThatThrownBy(() -> parse("max_gap_days: 1\nname: a\nmax_gap_days: 5"))
        .isInstanceOfSatisfying(
            SaldoException.class,
            e -> assertThat(e.exitCode()).isEqualTo(SaldoException.INVALID_INPUT))
        .hasMessageStartingWith("test.yaml, line 3, column ")
        .hasMessageContaining("the setting max_gap_days is given twice");
    assertThatThrownBy(() -> parse("income: {move_year_offset: 1, move_year_offset: 2}"))
        .hasMessageContaining("the setting move_year_offset is given twice");
  }

  @Test
  void numbersOutOfRangeAndOfTheWrongTypeAreRefused() {
    assertThatThrownBy(() -> parse("max_gap_days: 99999999999"))
        .hasMessage(
            "test.yaml, setting max_gap_days: expected a whole number, found 99999999999 (too large)");
    assertThatThrownBy(() -> parse("max_gap_days: 1.5"))
        .hasMessage("test.yaml, setting max_gap_days: expected a whole number, found \"1.5\"");
    assertThatThrownBy(() -> parse("max_gap_days: \"3\""))
        .hasMessage("test.yaml, setting max_gap_days: expected a whole number, found \"3\"");
    assertThatThrownBy(() -> parse("max_gap_days: -1"))
        .hasMessage("test.yaml, setting max_gap_days: expected zero or more, found -1");
    assertThatThrownBy(() -> parse("stock_years: [2011, x]"))
        .hasMessage("test.yaml, setting stock_years: expected whole numbers, found \"x\"");
    assertThatThrownBy(() -> parse("income: {thresholds: [101, abc]}"))
        .hasMessage("test.yaml, setting income.thresholds: expected numbers, found \"abc\"");
    assertThatThrownBy(() -> parse("income: 5"))
        .hasMessage("test.yaml, setting income: expected a mapping");
  }

  @Test
  void aYamlSyntaxErrorIsInvalidInputWithLineAndColumn() {
    assertThatThrownBy(() -> parse("name: a\nincome: {thresholds: [101, 150]\nmax_gap_days: 1"))
        .isInstanceOfSatisfying(
            SaldoException.class,
            e -> assertThat(e.exitCode()).isEqualTo(SaldoException.INVALID_INPUT))
        .hasMessageStartingWith("test.yaml, line ")
        .hasMessageContaining(", column ")
        .hasMessageContaining(": not a valid study file: ")
        .hasMessageNotContaining("org.yaml")
        .hasMessageNotContaining("Exception");
  }

  @Test
  void theManifestSectionIsWrittenByTheSameBindingInTheFileOrder() {
    Map<String, Object> study = StudyFile.defaults().asStudyFile();
    assertThat(study.keySet())
        .containsExactly(
            "name",
            "stock_years",
            "move_window",
            "max_gap_days",
            "income",
            "azc",
            "urbanity_bounds",
            "disclosure",
            "layers",
            "columns",
            "repair",
            "boundaries",
            "analyses",
            "sequences",
            "profiles",
            "factors");
    assertThat(study.get("move_window").toString()).isEqualTo("{start=2011-01-01, end=2016-12-31}");
    assertThat(study.get("disclosure").toString())
        .isEqualTo("{rounding_base=10, min_denominator=100, percentages=published, min_cell=0}");
  }

  private static StudySettings parse(String yaml) throws IOException {
    return StudyFile.parse(
        "test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }
}
