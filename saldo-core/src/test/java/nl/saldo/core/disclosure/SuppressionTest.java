package nl.saldo.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.core.pipeline.Table;
import nl.saldo.core.study.StudyFile;
import nl.saldo.core.study.StudySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cell suppression (min_cell) on the hand-made fixture {@code fixtures/suppression/STORY.md}. */
class SuppressionTest {
  private static final Path FIXTURE = Path.of("src/test/resources/fixtures/suppression");
  private static final Map<String, Map<String, String>> GEOGRAPHY =
      Map.of(
          "G1", Map.of("region", "R", "area_type", "A", "province", "P"),
          "G2", Map.of("region", "R", "area_type", "A", "province", "P"));

  @TempDir Path dir;

  @Test
  void oneSmallGroupTriggersPrimaryAndSecondarySuppression() throws IOException {
    ProtectedTables tables = DisclosureControl.protect(marts(), settings(10), GEOGRAPHY);

    List<String> listed = new ArrayList<>();
    for (ProtectedTables.SuppressedCell cell : tables.suppressed()) {
      listed.add(
          String.join(
              ",",
              cell.mart().tableName(),
              cell.layer(),
              cell.unit(),
              cell.group(),
              cell.column(),
              cell.reason()));
    }
    List<String> expected =
        Files.readAllLines(FIXTURE.resolve("expected_suppressed.csv"), StandardCharsets.UTF_8);
    assertThat(listed).containsExactlyInAnyOrderElementsOf(expected.subList(1, expected.size()));
    assertThat(tables.cells(Mart.STOCKS).suppressed()).isEqualTo(8);

    Table stocks = tables.table(Mart.STOCKS);
    for (String unit : List.of("G1", "G2")) {
      for (String group : List.of("lt101", "101_150")) {
        List<Object> row = row(stocks, unit, group);
        for (String column :
            List.of(
                "pop_start",
                "pop_end",
                "change_pct_per_year",
                "share_start_pct",
                "share_end_pct",
                "share_change_pp")) {
          assertThat(row.get(stocks.index(column))).as(unit + " " + group + " " + column).isNull();
        }
      }
    }
    assertThat(row(stocks, "G1", "lt101").get(stocks.index("change"))).isEqualTo(10L);
    assertThat(row(stocks, "G1", "101_150").get(stocks.index("change"))).isEqualTo(0L);
    assertThat(row(stocks, "G2", "101_150").get(stocks.index("change"))).isEqualTo(10L);
    assertThat(row(stocks, "G1", "lower").get(stocks.index("pop_end"))).isEqualTo(50L);
    assertThat(row(stocks, "study", "101_150").get(stocks.index("pop_start"))).isEqualTo(60L);
    assertThat(row(stocks, "G1", "ge150").get(stocks.index("share_start_pct"))).isNotNull();
  }

  @Test
  void withoutMinCellNothingIsSuppressed() throws IOException {
    ProtectedTables tables = DisclosureControl.protect(marts(), settings(0), GEOGRAPHY);
    assertThat(tables.suppressed()).isEmpty();
    assertThat(row(tables.table(Mart.STOCKS), "G1", "101_150").get(4)).isEqualTo(0L);
  }

  @Test
  void aLowerMinimumSuppressesLess() throws IOException {
    // min_cell 3: only G1 101_150 pop_end (2) is primary; pop_start 3 is not below 3.
    ProtectedTables tables = DisclosureControl.protect(marts(), settings(3), GEOGRAPHY);
    assertThat(tables.suppressed())
        .filteredOn(cell -> cell.reason().equals("primary"))
        .extracting(ProtectedTables.SuppressedCell::column)
        .containsExactly("pop_end");
    // the row {3, 2*, -1} then takes its change (|-1| < 3) with it
    assertThat(tables.suppressed())
        .extracting(cell -> cell.unit() + "/" + cell.group() + "/" + cell.column())
        .contains("G1/101_150/change");
  }

  private StudySettings settings(int minCell) throws IOException {
    Path study =
        Files.writeString(dir.resolve("study.yaml"), "disclosure: {min_cell: " + minCell + "}\n");
    return StudyFile.load(study.toString());
  }

  private static List<Object> row(Table table, String unit, String group) {
    return table.rows().stream()
        .filter(r -> r.get(1).equals(unit) && r.get(3).equals(group))
        .findFirst()
        .orElseThrow();
  }

  private static Map<Mart, Table> marts() throws IOException {
    Map<Mart, Table> marts = new EnumMap<>(Mart.class);
    for (Mart mart : Mart.values()) {
      marts.put(mart, new Table(mart.tableName(), mart.columns(), List.of()));
    }
    List<List<Object>> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(FIXTURE.resolve("stocks.csv"), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      List<Object> row = new ArrayList<>();
      row.addAll(List.of(f[0], f[1], f[2], f[3]));
      row.add(Long.parseLong(f[4]));
      row.add(Long.parseLong(f[5]));
      row.add(Long.parseLong(f[6]));
      row.addAll(java.util.Arrays.asList(null, null, null, null));
      rows.add(row);
    }
    marts.put(Mart.STOCKS, new Table("stocks", Mart.STOCKS.columns(), rows));
    return marts;
  }
}
