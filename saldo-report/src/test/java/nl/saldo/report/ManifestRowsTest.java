package nl.saldo.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Counts in the manifest reach the reports rounded like the tables; other numbers stay as they are.
 */
class ManifestRowsTest {
  @TempDir Path dir;

  @Test
  void roundsCountsOfMovesAndRowsButNotBytesOrTimings() {
    RunTables tables = RunTables.read(RunDirs.small());
    Map<String, String> rows = asMap(ManifestRows.of(tables).rest(tables.manifest()));
    // manifest.json: moves found 41230, excluded azc_origin 180, both 20 (already tens), rows_read
    // 1000
    assertThat(rows)
        .containsEntry("moves.found", "41230")
        .containsEntry("inputs[0].rows_read", "1000")
        .containsEntry("inputs[0].bytes", "52311")
        .containsEntry("timings_ms.load", "120");
  }

  @Test
  void roundsHalvesAwayFromZero() throws IOException {
    Path run = RunDirs.copyOfSmall(dir.resolve("run"));
    RunTablesTest.replaceInFile(
        run.resolve("manifest.json"), "\"found\": 41230", "\"found\": 41235");
    RunTablesTest.replaceInFile(
        run.resolve("manifest.json"), "\"azc_origin\": 180", "\"azc_origin\": 3");
    RunTables tables = RunTables.read(run);
    Map<String, String> rows = asMap(ManifestRows.of(tables).rest(tables.manifest()));
    assertThat(rows)
        .containsEntry("moves.found", "41240")
        .containsEntry("moves.excluded.azc_origin", "0");
    assertThat(ManifestRows.of(tables).round(-25)).isEqualTo(-30);
    String html = HtmlReport.json(ReportData.of(tables, new ReportOptions("nl", null, false)));
    assertThat(html).doesNotContain("41235").contains("41240");
  }

  @Test
  void anUnsafeRunShowsTheCountsAsTheyAre() throws IOException {
    Path run = RunDirs.copyOfSmall(dir.resolve("run"));
    RunTablesTest.replaceInFile(
        run.resolve("manifest.json"), "\"found\": 41230", "\"found\": 41235");
    Files.writeString(run.resolve(RunTables.UNSAFE_MARKER), "unrounded");
    RunTables tables = RunTables.read(run);
    assertThat(asMap(ManifestRows.of(tables).rest(tables.manifest())))
        .containsEntry("moves.found", "41235");
  }

  private static Map<String, String> asMap(List<String[]> rows) {
    return rows.stream().collect(Collectors.toMap(row -> row[0], row -> row[1]));
  }
}
