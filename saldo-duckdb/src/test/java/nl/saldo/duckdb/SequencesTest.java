package nl.saldo.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.core.pipeline.Table;
import org.junit.jupiter.api.Test;

/**
 * Issue #14, stepwise sorting: sequences of units per person with at least two counted moves,
 * repeats collapsed, window edges, the group after the last move, the cut after max_length, and the
 * layer setting. Fixtures {@code sequences} and {@code sequences_settings} (STORY.md).
 */
class SequencesTest {

  private static Map<String, Long> sequences(Table table, String group) {
    return table.rows().stream()
        .filter(r -> r.get(2).equals(group))
        .collect(
            Collectors.toMap(
                r -> (String) r.get(1),
                r -> ((Number) r.get(3)).longValue(),
                (a, b) -> a,
                java.util.LinkedHashMap::new));
  }

  @Test
  void sequencesOfTheAreaTypeLayer() {
    Table table = MethodFixture.run("sequences").table(Mart.SEQUENCES);
    assertThat(table.columns()).containsExactly("layer", "sequence", "group", "persons");
    assertThat(table.rows()).allMatch(r -> r.get(0).equals("area_type"));
    assertThat(sequences(table, "lt101"))
        .containsExactly(
            Map.entry("krimp", 1L),
            Map.entry("krimp>overig>krimp", 1L),
            Map.entry("rest>krimp", 1L),
            Map.entry("rest>overig>krimp", 1L));
    assertThat(sequences(table, "101_150")).containsExactly(Map.entry("rest>overig>krimp", 1L));
    assertThat(sequences(table, "ge150")).containsExactly(Map.entry("overig>krimp>anticipeer", 1L));
    assertThat(sequences(table, "student"))
        .containsExactly(Map.entry("rest>overig>krimp>anticipeer>krimp>overig>…", 1L));
    assertThat(sequences(table, "lower")).containsEntry("rest>overig>krimp", 2L).hasSize(4);
    assertThat(sequences(table, "total").values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(7);
    List<String> groups = table.rows().stream().map(r -> (String) r.get(2)).distinct().toList();
    assertThat(groups)
        .containsExactly(
            "lt101", "101_150", "ge150", "student", "lower", "higher_incl_students", "total");
  }

  @Test
  void theLayerAndTheMaximumLengthAreSettings() {
    Table table = MethodFixture.run("sequences_settings").table(Mart.SEQUENCES);
    assertThat(sequences(table, "lt101"))
        .containsEntry("rest>GM0005>GM0003", 1L)
        .containsEntry("GM0001>GM0003", 1L);
    assertThat(sequences(table, "student")).containsExactly(Map.entry("rest>GM0005>GM0003>…", 1L));
  }

  @Test
  void roundedSequencesAreListedOnlyWhenTheirPublishedCountIsNotZero() {
    // Every sequence of the fixture has 1 or 2 persons: rounded to 0, so none is published.
    assertThat(MethodFixture.run("sequences", true).table(Mart.SEQUENCES).rows()).isEmpty();
  }
}
