package nl.saldo.cli;

import static nl.saldo.cli.RunCommandTest.saldo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.saldo.core.csv.CsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * METHOD.md §7: "a reader can recompute nothing that the rounded counts do not already show". The
 * {@link Adversary} gets only a run's default outputs and the public geography. On a default run it
 * must learn nothing beyond the rounded counts; on the same data with {@code percentages: exact}
 * (the 2019 report's way) it recovers exact counts, and every one it recovers is the truth (checked
 * against an --unsafe-unrounded run), so the adversary is a real one. Data: the example and a
 * synthetic set of about 60,000 persons ({@code saldo synth --fraction 0.03}).
 */
class AdversaryTest {
  private static final Path EXAMPLE = Path.of("..", "examples", "small");

  @TempDir Path dir;

  @Test
  void learnsNothingFromTheExample() throws IOException {
    attack("example", EXAMPLE.resolve("data"), EXAMPLE.resolve("areas"));
  }

  @Test
  void learnsNothingFromASyntheticSet() throws IOException {
    Path synth = dir.resolve("synth");
    RunCommandTest.Result made =
        saldo("synth", "--out", synth.toString(), "--fraction", "0.03", "--seed", "11");
    assertThat(made.exitCode()).as(made.err()).isZero();
    attack("synthetic 0.03", synth.resolve("data"), synth.resolve("areas"));
  }

  /**
   * With {@code min_cell: 10} no suppressed cell follows by subtraction; with the secondary cells
   * published again (from the default run), the same intruder finds primary cells, and the exact
   * value of each lies in the interval it finds (so the intruder is a real one).
   */
  @Test
  void recoversNoSuppressedCellFromTheExample() throws IOException {
    Path data = EXAMPLE.resolve("data");
    Path areas = EXAMPLE.resolve("areas");
    Path study = Files.writeString(dir.resolve("min_cell.yaml"), "disclosure: {min_cell: 10}\n");
    Path suppressed = run(data, areas, "suppressed", "--study", study.toString());
    Path plain = run(data, areas, "plain");
    Path truth = run(data, areas, "truth", "--unsafe-unrounded");
    Path gemeenten = areas.resolve("gemeenten.csv");
    List<String> listed = Files.readAllLines(suppressed.resolve("suppressed.csv"));
    assertThat(listed.size() - 1).as("cells suppressed").isGreaterThan(0);

    Map<String, long[]> after = new Adversary(suppressed, gemeenten).isolateSuppressed(suppressed);
    System.out.printf(
        "adversary on example, min_cell 10: %d suppressed cells, %d recovered by subtraction%n",
        listed.size() - 1, after.size());
    assertThat(after.keySet()).as("suppressed cells isolated by one subtraction").isEmpty();

    Path primaryOnly = dir.resolve("primary-only");
    Files.createDirectories(primaryOnly);
    Files.copy(suppressed.resolve("manifest.json"), primaryOnly.resolve("manifest.json"));
    Files.copy(suppressed.resolve("od.csv"), primaryOnly.resolve("od.csv"));
    Set<String> secondary = new HashSet<>();
    for (Map<String, String> row : Adversary.read(suppressed.resolve("suppressed.csv"))) {
      if (row.get("reason").equals("secondary")) {
        secondary.add(
            row.get("table")
                + "/"
                + row.get("layer")
                + "/"
                + row.get("unit")
                + "/"
                + row.get("group")
                + "/"
                + row.get("column"));
      }
    }
    for (String table : List.of("stocks", "migration", "components")) {
      refill(table, suppressed, plain, primaryOnly, secondary);
    }
    Map<String, long[]> before =
        new Adversary(primaryOnly, gemeenten).isolateSuppressed(primaryOnly);
    System.out.printf(
        "adversary on example, primary suppression only: %d cells recovered by subtraction%n",
        before.size());
    assertThat(before).as("without secondary suppression the intruder finds cells").isNotEmpty();
    Map<String, Long> exact = truth(truth);
    before.forEach(
        (cell, interval) -> {
          String key = cell.substring(cell.indexOf('/') + 1);
          if (cell.startsWith("stocks/") && exact.containsKey(key)
              || cell.startsWith("migration/") && key.endsWith("/net")) {
            assertThat(exact.get(key)).as(cell).isBetween(interval[0], interval[1]);
          }
        });
  }

  /**
   * {@code table} of {@code suppressed} with the {@code secondary} cells taken from {@code plain}.
   */
  private static void refill(
      String table, Path suppressed, Path plain, Path out, Set<String> secondary)
      throws IOException {
    List<String> lines = Files.readAllLines(suppressed.resolve(table + ".csv"));
    CsvReader.Table rows = CsvReader.read(suppressed.resolve(table + ".csv"), table);
    CsvReader.Table plainRows = CsvReader.read(plain.resolve(table + ".csv"), table);
    List<String> header = rows.header();
    List<String> written = new java.util.ArrayList<>(List.of(lines.get(0)));
    for (int r = 0; r < rows.rows().size(); r++) {
      List<String> row = new java.util.ArrayList<>(rows.rows().get(r).values());
      List<String> other = plainRows.rows().get(r).values();
      String unit =
          row.get(header.indexOf("layer"))
              + "/"
              + row.get(header.indexOf("unit"))
              + "/"
              + row.get(header.indexOf("group"))
              + "/";
      for (int i = 0; i < header.size(); i++) {
        if (secondary.contains(table + "/" + unit + header.get(i))) {
          row.set(i, other.get(i));
        }
      }
      written.add(
          String.join(",", row.stream().map(f -> f.contains(",") ? '"' + f + '"' : f).toList()));
    }
    Files.write(out.resolve(table + ".csv"), written);
  }

  private void attack(String name, Path data, Path areas) throws IOException {
    Path published = run(data, areas, "published");
    Path exactStudy =
        Files.writeString(dir.resolve("exact.yaml"), "disclosure: {percentages: exact}\n");
    Path exact = run(data, areas, "exact", "--study", exactStudy.toString());
    Path truth = run(data, areas, "truth", "--unsafe-unrounded");
    Path gemeenten = areas.resolve("gemeenten.csv");

    Adversary after = new Adversary(published, gemeenten).attack();
    Adversary before = new Adversary(exact, gemeenten).attack();
    Map<String, Long> exactCounts = truth(truth);
    int odBefore = pairs(truth) - pairs(published);
    int manifestBefore = unroundedInAudit(published);

    System.out.printf(
        "adversary on %s: before (percentages from unrounded counts) %d cells recovered in %d"
            + " units, %d effect signs, %d od pairs (old listing), %d manifest counts (old"
            + " manifest); after %d cells, %d units, %d effect signs, %d od pairs, %d manifest"
            + " counts; %d cells pinned by the rounded counts and sums alone%n",
        name,
        before.recovered().size(),
        before.unitsRecovered().size(),
        before.effectSigns(),
        odBefore,
        manifestBefore,
        after.recovered().size(),
        after.unitsRecovered().size(),
        after.effectSigns(),
        after.odPairsRevealed(),
        after.manifestExact(),
        after.baseline().size());

    assertThat(after.figuresNotFromPublishedCounts())
        .as("every figure is the one the published counts give")
        .isZero();
    assertThat(after.recovered()).as("cells recovered beyond the rounded counts").isEmpty();
    assertThat(after.effectSigns()).as("effect beside a published 0").isZero();
    assertThat(after.odPairsRevealed()).as("od pairs listed with all counts 0").isZero();
    assertThat(after.manifestExact()).as("manifest counts not rounded").isZero();

    assertThat(before.recovered()).as("the adversary is real: the old way leaks").isNotEmpty();
    before
        .recovered()
        .forEach(
            (cell, value) ->
                assertThat(value).as("recovered " + cell).isEqualTo(exactCounts.get(cell)));
    after
        .baseline()
        .forEach((cell, value) -> assertThat(value).as(cell).isEqualTo(exactCounts.get(cell)));
  }

  private Path run(Path data, Path areas, String name, String... more) {
    Path out = dir.resolve("run-" + name);
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "run",
                "--data",
                data.toString(),
                "--areas",
                areas.toString(),
                "--out",
                out.toString()));
    args.addAll(List.of(more));
    RunCommandTest.Result result = saldo(args.toArray(String[]::new));
    assertThat(result.exitCode()).as(result.err()).isZero();
    return out;
  }

  /** "layer/unit/group/column" → exact count, from an --unsafe-unrounded run. */
  private static Map<String, Long> truth(Path run) throws IOException {
    Map<String, Long> exact = new HashMap<>();
    for (Map<String, String> row : Adversary.read(run.resolve("stocks.csv"))) {
      String key = row.get("layer") + "/" + row.get("unit") + "/" + row.get("group") + "/";
      exact.put(key + "pop_start", Long.parseLong(row.get("pop_start")));
      exact.put(key + "pop_end", Long.parseLong(row.get("pop_end")));
    }
    for (Map<String, String> row : Adversary.read(run.resolve("migration.csv"))) {
      String key = row.get("layer") + "/" + row.get("unit") + "/" + row.get("group") + "/";
      exact.put(key + "net", Long.parseLong(row.get("net")));
    }
    return exact;
  }

  private static int pairs(Path run) throws IOException {
    Set<String> pairs = new HashSet<>();
    for (Map<String, String> row : Adversary.read(run.resolve("od.csv"))) {
      pairs.add(row.get("layer") + "/" + row.get("origin") + "/" + row.get("destination"));
    }
    return pairs.size();
  }

  /** Counts of the exact accounting that the old manifest showed unrounded. */
  private static int unroundedInAudit(Path run) throws IOException {
    JsonNode audit = new ObjectMapper().readTree(run.resolve("audit/accounting.json").toFile());
    int[] count = {0};
    count(audit, count);
    return count[0];
  }

  private static void count(JsonNode node, int[] count) {
    if (node.isContainerNode()) {
      node.forEach(child -> count(child, count));
    } else if (node.isIntegralNumber() && node.asLong() % 10 != 0) {
      count[0]++;
    }
  }
}
