package nl.saldo.cli.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.saldo.core.csv.CsvReader;
import nl.saldo.core.output.CsvWriter;
import nl.saldo.core.pipeline.Mart;

/**
 * The checks on suppressed.csv (min_cell, METHOD.md §7): it is well formed, and per table every
 * cell it lists is empty in the table and every empty count of the table is listed there.
 */
record SuppressionChecks(
    Path bundle, Map<Mart, PublishedTable> tables, JsonNode manifest, CheckLog log) {

  /**
   * With min_cell > 0: per table, every cell that suppressed.csv lists is empty in the table, and
   * every empty count of the table is listed there ({@code checked} = the table's suppressed
   * cells).
   */
  void suppressionKept() throws IOException {
    long minCell = manifest.path("study").path("disclosure").path("min_cell").asLong(0);
    Path file = bundle.resolve(CsvWriter.SUPPRESSED);
    if (minCell == 0 && !Files.exists(file)) {
      return;
    }
    if (!Files.exists(file)) {
      log.add(
          CsvWriter.SUPPRESSED,
          "suppression_kept",
          0,
          List.of("min_cell > 0 but no suppressed.csv"));
      return;
    }
    Map<String, Set<String>> listed = listed(file);
    for (Map.Entry<Mart, PublishedTable> entry : tables.entrySet()) {
      Mart mart = entry.getKey();
      Set<String> cells = listed.getOrDefault(mart.tableName(), Set.of());
      log.add(mart.fileName(), "suppression_kept", cells.size(), kept(entry.getValue(), cells));
    }
  }

  /** Per table, the cells suppressed.csv lists as layer/unit/group/column. */
  private Map<String, Set<String>> listed(Path file) throws IOException {
    CsvReader.Table read = CsvReader.read(file, CsvWriter.SUPPRESSED);
    List<String> failures = new ArrayList<>();
    List<CsvReader.Row> lines = read.rows();
    if (!read.header().equals(CsvWriter.SUPPRESSED_COLUMNS)) {
      failures.add("suppressed.csv has no header " + CsvWriter.SUPPRESSED_COLUMNS);
      lines = List.of();
    }
    Map<String, Set<String>> listed = new HashMap<>();
    for (CsvReader.Row line : lines) {
      List<String> f = line.values();
      if (f.size() != CsvWriter.SUPPRESSED_COLUMNS.size()) {
        failures.add(
            "suppressed.csv line \"" + String.join(",", f) + "\" has " + f.size() + " fields");
        continue;
      }
      listed
          .computeIfAbsent(f.get(0), k -> new LinkedHashSet<>())
          .add(f.get(1) + "/" + f.get(2) + "/" + f.get(3) + "/" + f.get(4));
    }
    log.add(CsvWriter.SUPPRESSED, "suppression_listed", lines.size(), failures);
    return listed;
  }

  /** What breaks "listed = empty" in one table. */
  private static List<String> kept(PublishedTable table, Set<String> listed) {
    Mart mart = table.mart();
    Set<String> expected = new LinkedHashSet<>(listed);
    List<String> problems = new ArrayList<>();
    boolean od = mart == Mart.OD;
    int layer = table.header().indexOf("layer");
    int group = table.header().indexOf("group");
    int unit = table.header().indexOf(od ? "origin" : "unit");
    int destination = table.header().indexOf("destination");
    for (int r = 0; r < table.cells().size(); r++) {
      List<String> row = table.cells().get(r);
      if (layer < 0 || group < 0 || unit < 0 || row.size() != table.header().size()) {
        continue;
      }
      String key =
          row.get(layer)
              + "/"
              + row.get(unit)
              + (od ? ">" + row.get(destination) : "")
              + "/"
              + row.get(group)
              + "/";
      for (int i = 0; i < row.size(); i++) {
        String column = table.header().get(i);
        if (!mart.isCount(column)) {
          continue;
        }
        boolean isListed = expected.remove(key + column);
        if (isListed && !row.get(i).isEmpty()) {
          problems.add(table.where(r, column) + " is listed in suppressed.csv but published");
        } else if (!isListed && row.get(i).isEmpty()) {
          problems.add(table.where(r, column) + " is empty but not in suppressed.csv");
        }
      }
    }
    for (String missing : expected) {
      problems.add("suppressed.csv lists " + missing + ", not a cell of " + mart.fileName());
    }
    return problems;
  }
}
