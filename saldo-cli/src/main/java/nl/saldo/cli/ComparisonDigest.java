package nl.saldo.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.saldo.synth.CompareReport;

/**
 * The demo's comparison with the 2019 study in ten lines: the whole table goes to
 * compare-report.txt (and compare-report.csv) in the run directory; the terminal gets its header,
 * the figures of the study's central measure (share change of lower incomes) and the tally.
 */
final class ComparisonDigest {
  static final String FILE = "compare-report.txt";
  static final int LINES = 10;

  private ComparisonDigest() {}

  static void print(Path runDir, double fraction, PrintStream out) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream table = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      CompareReport.compare(runDir, fraction, table);
    }
    String text = buffer.toString(StandardCharsets.UTF_8);
    try {
      Files.writeString(runDir.resolve(FILE), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    digest(text).forEach(out::println);
    out.println("  whole comparison: " + runDir.resolve(FILE));
  }

  /** Header, up to seven figures of the central measure (else the first ones), the tally. */
  static List<String> digest(String text) {
    List<String> lines = text.lines().toList();
    List<String> digest = new ArrayList<>();
    if (lines.isEmpty()) {
      return digest;
    }
    digest.add(lines.get(0));
    List<String> figures = lines.subList(1, Math.max(1, lines.size() - 1));
    List<String> central =
        figures.stream().filter(line -> line.contains("share_change_pp")).toList();
    (central.isEmpty() ? figures : central).stream().limit(LINES - 3).forEach(digest::add);
    digest.add(lines.get(lines.size() - 1));
    return digest;
  }
}
