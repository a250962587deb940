package nl.saldo.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.saldo.core.SaldoException;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.core.pipeline.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #14, who moves: profiles.csv by age class at the move date (birthdays on the move date, 29
 * February), origin, household kind and extra attributes with missing values; stayers at the start
 * date. Fixture {@code profiles} (STORY.md).
 */
class ProfilesTest {
  private static final Table TABLE = MethodFixture.run("profiles").table(Mart.PROFILES);

  /** value → persons of one unit, flow, attribute and group, in row order. */
  private static Map<String, Long> persons(
      String unit, String flow, String attribute, String group) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (List<Object> row : rows(unit, flow, attribute, group)) {
      out.put(
          (String) row.get(TABLE.index("value")),
          ((Number) row.get(TABLE.index("persons"))).longValue());
    }
    return out;
  }

  private static Map<String, BigDecimal> shares(
      String unit, String flow, String attribute, String group) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    for (List<Object> row : rows(unit, flow, attribute, group)) {
      out.put(
          (String) row.get(TABLE.index("value")), (BigDecimal) row.get(TABLE.index("share_pct")));
    }
    return out;
  }

  private static List<List<Object>> rows(String unit, String flow, String attribute, String group) {
    return TABLE.rows().stream()
        .filter(
            r ->
                r.get(TABLE.index("unit")).equals(unit)
                    && r.get(TABLE.index("flow")).equals(flow)
                    && r.get(TABLE.index("attribute")).equals(attribute)
                    && r.get(TABLE.index("group")).equals(group))
        .toList();
  }

  @Test
  void ageAtTheMoveDateCountsABirthdayOnThatDay() {
    assertThat(TABLE.columns())
        .containsExactly(
            "layer",
            "unit",
            "unit_name",
            "flow",
            "attribute",
            "value",
            "group",
            "persons",
            "share_pct");
    assertThat(persons("GM0001", "in_movers", "age_class", "total"))
        .containsExactly(
            Map.entry("0-17", 1L),
            Map.entry("18-24", 1L),
            Map.entry("25-34", 1L),
            Map.entry("35-49", 1L),
            Map.entry("missing", 1L));
    assertThat(persons("GM0001", "in_movers", "age_class", "lt101"))
        .containsExactly(Map.entry("18-24", 1L), Map.entry("missing", 1L));
    assertThat(persons("GM0001", "in_movers", "age_class", "101_150"))
        .containsExactly(Map.entry("25-34", 1L), Map.entry("35-49", 1L));
    assertThat(persons("GM0001", "in_movers", "age_class", "student"))
        .containsExactly(Map.entry("0-17", 1L));
    // 29 February 1996 + 18 years = 28 February 2014: p03 is 18 on her move date
    assertThat(persons("GM0001", "out_movers", "age_class", "total"))
        .containsExactly(Map.entry("18-24", 1L), Map.entry("25-34", 1L));
    assertThat(persons("GM0002", "out_movers", "age_class", "total"))
        .containsExactly(Map.entry("25-34", 1L), Map.entry("35-49", 1L));
    assertThat(persons("GM0002", "in_movers", "age_class", "ge150"))
        .containsExactly(Map.entry("18-24", 1L));
  }

  @Test
  void stayersAreInTheUnitOnBothDatesWithTheirAgeAndGroupAtTheStart() {
    assertThat(persons("GM0001", "stayers", "age_class", "total"))
        .containsExactly(Map.entry("50-64", 1L), Map.entry("65+", 1L));
    assertThat(persons("GM0001", "stayers", "age_class", "lt101"))
        .containsExactly(Map.entry("65+", 1L));
    assertThat(persons("GM0001", "stayers", "age_class", "101_150"))
        .containsExactly(Map.entry("50-64", 1L));
    assertThat(persons("GM0001", "stayers", "education", "total"))
        .containsExactly(Map.entry("mbo", 1L), Map.entry("vmbo", 1L));
    assertThat(rows("GM0002", "stayers", "age_class", "total")).isEmpty();
    assertThat(TABLE.rows()).noneMatch(r -> r.get(TABLE.index("unit")).equals("GM0003"));
  }

  @Test
  void originHouseholdAndExtraAttributesWithMissingValues() {
    assertThat(persons("GM0001", "in_movers", "origin", "total"))
        .containsExactly(Map.entry("nl", 2L), Map.entry("western", 1L), Map.entry("unknown", 2L));
    assertThat(persons("GM0001", "in_movers", "household_kind", "total"))
        .containsExactly(Map.entry("private", 5L));
    assertThat(persons("GM0001", "in_movers", "education", "total"))
        .containsExactly(Map.entry("hbo", 2L), Map.entry("wo", 2L), Map.entry("missing", 1L));
    assertThat(persons("GM0001", "in_movers", "benefit", "total"))
        .containsExactly(Map.entry("no", 2L), Map.entry("yes", 2L), Map.entry("missing", 1L));
    assertThat(persons("GM0001", "out_movers", "benefit", "total"))
        .containsExactly(Map.entry("no", 2L));
    assertThat(persons("GM0001", "stayers", "benefit", "total"))
        .containsExactly(Map.entry("yes", 2L));
  }

  @Test
  void sharesOfTheFlowUnitAndGroup() {
    assertThat(shares("GM0001", "in_movers", "age_class", "total").values())
        .containsOnly(new BigDecimal("20.00"));
    assertThat(shares("GM0001", "in_movers", "origin", "total"))
        .containsEntry("nl", new BigDecimal("40.00"))
        .containsEntry("western", new BigDecimal("20.00"));
    assertThat(shares("GM0001", "in_movers", "age_class", "lower").values())
        .containsOnly(new BigDecimal("25.00"));
    assertThat(shares("GM0001", "stayers", "age_class", "lt101"))
        .containsExactly(Map.entry("65+", new BigDecimal("100.00")));
  }

  @Test
  void roundedOnlyTheRowsWhosePublishedCountIsNotZeroAreListed() {
    // Rounded to 10 every count of 1 or 2 is 0; GM0001's 5 private in-movers round to 10.
    Table rounded = MethodFixture.run("profiles", true).table(Mart.PROFILES);
    assertThat(rounded.rows())
        .containsExactly(
            List.of(
                "gemeente",
                "GM0001",
                "Aadorp",
                "in_movers",
                "household_kind",
                "private",
                "total",
                10L,
                new BigDecimal("100.00")));
  }

  @Test
  void aMissingAttributeColumnIsInvalidInput(@TempDir Path dir) throws Exception {
    Path fixture = copy(MethodFixture.directory("profiles"), dir);
    copy(MethodFixture.directory("areas"), dir.resolve("areas"));
    Files.writeString(
        fixture.resolve("study.yaml"),
        "layers: [gemeente]\nprofiles: {attributes: {persons: [schooling]}}\n");
    assertThatThrownBy(() -> run(fixture))
        .isInstanceOf(SaldoException.class)
        .hasMessageContaining("persons.csv")
        .hasMessageContaining("missing column schooling")
        .hasMessageContaining("profiles.attributes.persons")
        .extracting(e -> ((SaldoException) e).exitCode())
        .isEqualTo(SaldoException.INVALID_INPUT);
  }

  @Test
  void anAttributeWithTooManyValuesIsNotACategory(@TempDir Path dir) throws Exception {
    Path fixture = copy(MethodFixture.directory("profiles"), dir);
    copy(MethodFixture.directory("areas"), dir.resolve("areas"));
    Files.writeString(
        fixture.resolve("study.yaml"),
        "layers: [gemeente]\n"
            + "profiles: {max_categories: 3, attributes: {persons: [education]}}\n");
    assertThatThrownBy(() -> run(fixture))
        .isInstanceOf(SaldoException.class)
        .hasMessageContaining("column education")
        .hasMessageContaining("4 distinct values, more than profiles.max_categories (3)");
  }

  private static void run(Path fixture) {
    var settings = MethodFixture.settings(fixture).withUnsafeUnrounded(true);
    var inputs = nl.saldo.core.input.InputSet.find(fixture, fixture.resolve("areas"), settings);
    try (var engine = new DuckDbEngineFactory().create(null, "2GB", 1)) {
      new nl.saldo.core.pipeline.Pipeline(engine, nl.saldo.core.pipeline.ProgressListener.SILENT)
          .run(inputs, settings);
    }
  }

  private static Path copy(Path from, Path to) throws Exception {
    try (var walk = Files.walk(from)) {
      for (Path path : walk.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
    return to;
  }
}
