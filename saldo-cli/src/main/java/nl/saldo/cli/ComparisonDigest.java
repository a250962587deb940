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
    print(runDir, fraction, out, "en");
  }

  /** The digest with its header and tally in the summary's language (nl or en). */
  static void print(Path runDir, double fraction, PrintStream out, String lang) {
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
    List<String> digest = digest(text);
    if ("nl".equals(lang)) {
      digest = dutch(digest);
    }
    digest.forEach(out::println);
    out.println(
        ("nl".equals(lang) ? "  hele vergelijking: " : "  whole comparison: ")
            + runDir.resolve(FILE));
  }

  /** The header and the tally of a digest in Dutch; the figures' lines stay as they are. */
  static List<String> dutch(List<String> digest) {
    if (digest.isEmpty()) {
      return digest;
    }
    List<String> out = new ArrayList<>(digest);
    out.set(
        0,
        out.get(0)
            .replace("area    ", "gebied  ")
            .replace("measure", "maat   ")
            .replace("group", "groep")
            .replace("report", "studie")
            .replace("diff", "vers")
            .replace("tol ok", "tol ok"));
    int last = out.size() - 1;
    out.set(
        last,
        out.get(last)
            .replaceFirst(
                "^(\\d+) of (\\d+) figures within tolerance", "$1 van $2 cijfers binnen de marge")
            .replace("without a value in the run", "zonder waarde in de run")
            .replace("; table in ", "; tabel in "));
    return out;
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
