package nl.saldo.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.core.pipeline.Table;
import nl.saldo.core.study.StudyFile;
import org.junit.jupiter.api.Test;

/**
 * share_pct of profiles.csv from the published counts: in-movers of one unit and group by age class
 * 14, 26, 3 (unrounded) are published 10, 30 and (0: not listed); shares 10 / 40 = 25.00 and 30 /
 * 40 = 75.00 — not 14 / 43 = 32.56 from the unrounded counts, which would let a reader recover
 * them.
 */
class ProfileSharesTest {
  private static List<Object> row(String value, long persons) {
    return new ArrayList<>(
        Arrays.asList(
            "gemeente",
            "GM0001",
            "Aadorp",
            "in_movers",
            "age_class",
            value,
            "total",
            persons,
            null));
  }

  private static Table profiles() {
    return new Table(
        "profiles",
        Mart.PROFILES.columns(),
        List.of(row("18-24", 14), row("25-34", 26), row("65+", 3)));
  }

  @Test
  void sharesComeFromThePublishedCountsAndZeroRowsAreLeftOut() {
    Table published =
        new Table("profiles", Mart.PROFILES.columns(), List.of(row("18-24", 10), row("25-34", 30)));
    Table shares = ProfileShares.of(published, published, 1);
    assertThat(shares.rows())
        .extracting(r -> r.get(8))
        .containsExactly(new BigDecimal("25.00"), new BigDecimal("75.00"));
  }

  @Test
  void theThresholdAppliesToThePublishedDenominator() {
    Table published =
        new Table("profiles", Mart.PROFILES.columns(), List.of(row("18-24", 10), row("25-34", 30)));
    assertThat(ProfileShares.of(published, published, 41).rows())
        .extracting(r -> r.get(8))
        .containsOnlyNulls();
    assertThat(ProfileShares.of(published, published, 40).rows())
        .extracting(r -> r.get(8))
        .doesNotContainNull();
  }

  @Test
  void disclosureControlRoundsListsAndSharesBelowTheDefaultThreshold() {
    Map<Mart, Table> marts = new EnumMap<>(Mart.class);
    for (Mart mart : Mart.values()) {
      marts.put(mart, new Table(mart.tableName(), mart.columns(), List.of()));
    }
    marts.put(Mart.PROFILES, profiles());
    Table out = DisclosureControl.protect(marts, StudyFile.defaults()).table(Mart.PROFILES);
    // 14 → 10, 26 → 30, 3 → 0 (not listed); the published denominator 40 is below 100: no share
    assertThat(out.rows())
        .containsExactly(
            Arrays.asList(
                "gemeente",
                "GM0001",
                "Aadorp",
                "in_movers",
                "age_class",
                "18-24",
                "total",
                10L,
                null),
            Arrays.asList(
                "gemeente",
                "GM0001",
                "Aadorp",
                "in_movers",
                "age_class",
                "25-34",
                "total",
                30L,
                null));
  }
}
