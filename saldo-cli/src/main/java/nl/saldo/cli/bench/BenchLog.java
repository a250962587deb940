package nl.saldo.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.saldo.core.pipeline.Stage;

/** DIR/bench.csv of {@code saldo bench}: one line per run, so runs of commits can be compared. */
public final class BenchLog {
  private BenchLog() {}

  /**
   * One line per run in DIR/bench.csv (header written once): when, what, the floor, the run, the
   * ratio, peak memory and every stage's seconds, so runs of different commits can be compared.
   */
  public static void append(Path csv, Map<String, Object> result, Map<?, Long> timings)
      throws IOException {
    List<String> names =
        new ArrayList<>(
            List.of(
                "time",
                "scale",
                "format",
                "persons",
                "baseline_scan_seconds",
                "run_seconds",
                "run_to_baseline_ratio",
                "peak_rss_mib",
                "baseline_cpu_seconds",
                "run_cpu_seconds",
                "run_to_baseline_cpu_ratio"));
    List<String> values =
        new ArrayList<>(
            List.of(
                Instant.now().toString(),
                String.valueOf(result.get("scale")),
                String.valueOf(result.get("format")),
                String.valueOf(result.get("persons")),
                String.valueOf(result.get("baseline_scan_seconds")),
                String.valueOf(result.get("run_seconds")),
                String.valueOf(result.get("run_to_baseline_ratio")),
                String.valueOf(result.get("peak_rss_mib")),
                String.valueOf(result.get("baseline_cpu_seconds")),
                String.valueOf(result.get("run_cpu_seconds")),
                String.valueOf(result.get("run_to_baseline_cpu_ratio"))));
    for (Stage stage : Stage.values()) {
      names.add(stage.key() + "_seconds");
      Long millis = timings.get(stage.key());
      values.add(millis == null ? "" : String.format(Locale.ROOT, "%.2f", millis / 1000.0));
    }
    String line = String.join(",", values) + "\n";
    String header = String.join(",", names);
    if (!Files.exists(csv) || !lastHeader(csv).equals(header)) {
      line = header + "\n" + line;
    }
    Files.writeString(csv, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  /** The last header line of bench.csv (a new column starts a new block with its own header). */
  private static String lastHeader(Path csv) throws IOException {
    String header = "";
    for (String line : Files.readAllLines(csv)) {
      if (line.startsWith("time,")) {
        header = line;
      }
    }
    return header;
  }
}
