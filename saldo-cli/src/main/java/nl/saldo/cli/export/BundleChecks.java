package nl.saldo.cli.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import nl.saldo.core.csv.CsvReader;
import nl.saldo.core.disclosure.PublishedFigures;
import nl.saldo.core.output.CsvWriter;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.core.pipeline.Table;

/**
 * The checks of an export bundle (checks.json), one entry per check per table, each computed from
 * the bundle's files alone: what an output checker of a statistical office would verify by hand.
 */
public final class BundleChecks {
  /** One check on one table (or on the bundle as a whole). */
  public record Check(
      String table, String check, boolean ok, long checked, long failures, String example) {}

  /** Column names that would hold a person or address identifier. */
  private static final Pattern IDENTIFIER_COLUMN =
      Pattern.compile("(?i).*(person|address|adres|rinpersoon|rinobject|_id$|^id$|bsn).*");

  /** A key of the manifest that holds a count (§7: rounded like the tables). */
  private static final Pattern MANIFEST_COUNT =
      Pattern.compile(
          "(^|\\.)(rows_read|rows_used|rows_dropped\\.[^.]+|moves\\.[a-z_.]+|spells\\.used|azc_addresses)$");

  /** An absolute path in a data file: /dir/… or a drive letter. */
  private static final Pattern ABSOLUTE_PATH =
      Pattern.compile(
          "(^|[\\s\"'=,(])(/[A-Za-z0-9._-]+/[A-Za-z0-9._/-]*|[A-Za-z]:[\\\\/][^\\s\"']*)");

  private final Path bundle;
  private final Map<Mart, PublishedTable> tables;
  private final JsonNode manifest;
  private final long base;
  private final long threshold;
  private final Set<String> localPaths;
  private final List<Check> checks = new ArrayList<>();

  BundleChecks(
      Path bundle,
      Map<Mart, PublishedTable> tables,
      JsonNode manifest,
      long base,
      long threshold,
      Set<String> localPaths) {
    this.bundle = bundle;
    this.tables = tables;
    this.manifest = manifest;
    this.base = base;
    this.threshold = threshold;
    this.localPaths = localPaths;
  }

  List<Check> run() throws IOException {
    runIsSafe();
    for (Map.Entry<Mart, PublishedTable> entry : tables.entrySet()) {
      Mart mart = entry.getKey();
      PublishedTable table = entry.getValue();
      noIdentifiers(mart, table);
      countsWhole(mart, table);
      countsMultipleOfBase(mart, table);
      recomputable(mart, table);
      thresholdsMet(mart, table);
    }
    suppressionKept();
    manifestCounts();
    noAudit();
    noAbsolutePaths();
    return List.copyOf(checks);
  }

  private void add(String table, String check, long checked, List<String> failures) {
    checks.add(
        new Check(
            table,
            check,
            failures.isEmpty(),
            checked,
            failures.size(),
            failures.isEmpty() ? null : failures.get(0)));
  }

  /**
   * With min_cell > 0: per table, every cell that suppressed.csv lists is empty in the table, and
   * every empty count of the table is listed there ({@code checked} = the table's suppressed
   * cells).
   */
  private void suppressionKept() throws IOException {
    long minCell = manifest.path("study").path("disclosure").path("min_cell").asLong(0);
    Path file = bundle.resolve(CsvWriter.SUPPRESSED);
    if (minCell == 0 && !Files.exists(file)) {
      return;
    }
    if (!Files.exists(file)) {
      add(
          CsvWriter.SUPPRESSED,
          "suppression_kept",
          0,
          List.of("min_cell > 0 but no suppressed.csv"));
      return;
    }
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
    add(CsvWriter.SUPPRESSED, "suppression_listed", lines.size(), failures);
    for (Map.Entry<Mart, PublishedTable> entry : tables.entrySet()) {
      Mart mart = entry.getKey();
      PublishedTable table = entry.getValue();
      Set<String> expected = new LinkedHashSet<>(listed.getOrDefault(mart.tableName(), Set.of()));
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
            problems.add(where(table, r, column) + " is listed in suppressed.csv but published");
          } else if (!isListed && row.get(i).isEmpty()) {
            problems.add(where(table, r, column) + " is empty but not in suppressed.csv");
          }
        }
      }
      for (String missing : expected) {
        problems.add("suppressed.csv lists " + missing + ", not a cell of " + mart.fileName());
      }
      add(
          mart.fileName(),
          "suppression_kept",
          listed.getOrDefault(mart.tableName(), Set.of()).size(),
          problems);
    }
  }

  private void runIsSafe() {
    List<String> failures = new ArrayList<>();
    JsonNode run = manifest.path("run");
    if (!run.path("disclosure_control").asBoolean(false)) {
      failures.add("manifest run.disclosure_control is not true");
    }
    if (run.path("unsafe_unrounded").asBoolean(false)) {
      failures.add("the run was made with --unsafe-unrounded");
    }
    if (run.path("exact_percentages").asBoolean(false)) {
      failures.add("the run was made with disclosure.percentages: exact");
    }
    if (base < 2) {
      failures.add("rounding_base " + base + " rounds nothing");
    }
    add("run", "disclosure_control_on", 1, failures);
  }

  private void noIdentifiers(Mart mart, PublishedTable table) {
    List<String> failures = new ArrayList<>();
    if (!table.header().equals(mart.columns())) {
      failures.add("columns " + table.header() + ", expected exactly " + mart.columns());
    }
    for (String column : table.header()) {
      // A count column (sequences.csv: persons) is a rounded number of persons, not an identifier.
      if (IDENTIFIER_COLUMN.matcher(column).matches() && !mart.isCount(column)) {
        failures.add("column " + column + " looks like an identifier");
      }
    }
    int width = table.header().size();
    for (int r = 0; r < table.cells().size(); r++) {
      if (table.cells().get(r).size() != width) {
        failures.add("row " + (r + 2) + " has " + table.cells().get(r).size() + " fields");
      }
    }
    add(mart.fileName(), "no_identifiers", table.header().size(), failures);
  }

  private void countsWhole(Mart mart, PublishedTable table) {
    List<String> failures = new ArrayList<>();
    long checked =
        forEachCount(
            mart,
            table,
            (row, column, cell) -> {
              if (!cell.isEmpty() && !(PublishedTable.wholeNumber(cell) instanceof Long)) {
                failures.add(
                    where(table, row, column) + " is \"" + cell + "\", not a whole number");
              }
            });
    add(mart.fileName(), "no_unrounded_counts", checked, failures);
  }

  private void countsMultipleOfBase(Mart mart, PublishedTable table) {
    List<String> failures = new ArrayList<>();
    long checked =
        forEachCount(
            mart,
            table,
            (row, column, cell) -> {
              if (PublishedTable.wholeNumber(cell) instanceof Long value && value % base != 0) {
                failures.add(
                    where(table, row, column) + " = " + value + ", not a multiple of " + base);
              }
            });
    add(mart.fileName(), "counts_multiple_of_base", checked, failures);
  }

  private interface CellVisitor {
    void visit(int row, String column, String cell);
  }

  private static long forEachCount(Mart mart, PublishedTable table, CellVisitor visitor) {
    long checked = 0;
    for (int r = 0; r < table.cells().size(); r++) {
      List<String> row = table.cells().get(r);
      for (int i = 0; i < Math.min(row.size(), table.header().size()); i++) {
        if (mart.isCount(table.header().get(i))) {
          visitor.visit(r, table.header().get(i), row.get(i));
          checked++;
        }
      }
    }
    return checked;
  }

  private static String where(PublishedTable table, int row, String column) {
    return table.mart().fileName() + " line " + (row + 2) + " column " + column;
  }

  /**
   * Every figure beside the counts equals the one recomputed from the published counts (§7); od
   * lists no pair whose published counts are all 0.
   */
  private void recomputable(Mart mart, PublishedTable table) {
    List<String> failures = new ArrayList<>();
    long checked = 0;
    try {
      PublishedFigures figures = new PublishedFigures(threshold, yearsStock(), yearsMoves());
      if (mart == Mart.STOCKS) {
        Table typed = table.typed();
        checked = compare(table, figures.stocks(typed, typed), failures);
      } else if (mart == Mart.MIGRATION && tables.containsKey(Mart.STOCKS)) {
        Table typed = table.typed();
        checked =
            compare(
                table, figures.migration(typed, typed, tables.get(Mart.STOCKS).typed()), failures);
      } else if (mart == Mart.OD) {
        Table typed = table.typed();
        Table listed = PublishedFigures.listedPairs(typed);
        checked = typed.rows().size();
        if (listed.rows().size() != typed.rows().size()) {
          failures.add(
              (typed.rows().size() - listed.rows().size())
                  + " od rows belong to pairs whose published counts are all 0");
        }
      }
    } catch (RuntimeException e) {
      failures.add("cannot recompute: " + e.getMessage());
    }
    add(mart.fileName(), "percentages_recomputable", checked, failures);
  }

  /** Compares the derived (non-count, non-key) cells of a table with their recomputation. */
  private static long compare(PublishedTable table, Table recomputed, List<String> failures) {
    long checked = 0;
    Set<String> derived = new LinkedHashSet<>();
    for (String column : table.header()) {
      if (!table.mart().isCount(column) && !KEYS.contains(column)) {
        derived.add(column);
      }
    }
    for (int r = 0; r < table.cells().size(); r++) {
      for (String column : derived) {
        int i = table.index(column);
        String published = table.cells().get(r).get(i);
        String expected = CsvWriter.cell(recomputed.rows().get(r).get(i));
        checked++;
        if (!published.equals(expected)) {
          failures.add(
              where(table, r, column)
                  + " is \""
                  + published
                  + "\", the published counts give \""
                  + expected
                  + "\"");
        }
      }
    }
    return checked;
  }

  private static final Set<String> KEYS =
      Set.of("layer", "unit", "unit_name", "group", "origin", "destination");

  /** No percentage is published over a published denominator below min_denominator (§7). */
  private void thresholdsMet(Mart mart, PublishedTable table) {
    List<String> failures = new ArrayList<>();
    long checked = 0;
    if (mart == Mart.STOCKS) {
      Map<String, List<String>> totals = new HashMap<>();
      for (List<String> row : table.cells()) {
        if ("total".equals(row.get(table.index("group")))) {
          totals.put(row.get(table.index("layer")) + "/" + row.get(table.index("unit")), row);
        }
      }
      for (int r = 0; r < table.cells().size(); r++) {
        List<String> row = table.cells().get(r);
        List<String> total =
            totals.get(row.get(table.index("layer")) + "/" + row.get(table.index("unit")));
        checked += denominator(table, r, "change_pct_per_year", row, "pop_start", failures);
        checked += denominator(table, r, "share_start_pct", total, "pop_start", failures);
        checked += denominator(table, r, "share_end_pct", total, "pop_end", failures);
        checked += denominator(table, r, "share_change_pp", total, "pop_start", failures);
        checked += denominator(table, r, "share_change_pp", total, "pop_end", failures);
      }
    } else if (mart == Mart.MIGRATION && tables.containsKey(Mart.STOCKS)) {
      PublishedTable stocks = tables.get(Mart.STOCKS);
      Map<String, List<String>> byKey = new HashMap<>();
      for (List<String> row : stocks.cells()) {
        byKey.put(key(stocks, row), row);
      }
      for (int r = 0; r < table.cells().size(); r++) {
        List<String> row = table.cells().get(r);
        List<String> stock = byKey.get(key(table, row));
        checked += denominator(table, r, "net_pct_per_year", stock, stocks, "pop_start", failures);
        checked +=
            denominator(table, r, "net_share_of_change_pct", stock, stocks, "change", failures);
      }
    }
    add(mart.fileName(), "thresholds_met", checked, failures);
  }

  private static String key(PublishedTable table, List<String> row) {
    return row.get(table.index("layer"))
        + "/"
        + row.get(table.index("unit"))
        + "/"
        + row.get(table.index("group"));
  }

  private long denominator(
      PublishedTable table,
      int r,
      String figure,
      List<String> source,
      String column,
      List<String> failures) {
    return denominator(table, r, figure, source, table, column, failures);
  }

  private long denominator(
      PublishedTable table,
      int r,
      String figure,
      List<String> source,
      PublishedTable sourceTable,
      String column,
      List<String> failures) {
    String value = table.cells().get(r).get(table.index(figure));
    if (value.isEmpty()) {
      return 0;
    }
    Object denominator =
        source == null ? null : PublishedTable.wholeNumber(source.get(sourceTable.index(column)));
    if (!(denominator instanceof Long d) || d == 0 || Math.abs(d) < threshold) {
      failures.add(
          where(table, r, figure)
              + " = "
              + value
              + " over a published "
              + column
              + " of "
              + denominator
              + " (threshold "
              + threshold
              + ")");
    }
    return 1;
  }

  private void manifestCounts() {
    List<String> failures = new ArrayList<>();
    long[] checked = {0};
    walk(
        "",
        manifest,
        (path, node) -> {
          if (node.isIntegralNumber() && MANIFEST_COUNT.matcher(path).find()) {
            checked[0]++;
            if (node.asLong() % base != 0) {
              failures.add(
                  "manifest.json " + path + " = " + node.asLong() + ", not a multiple of " + base);
            }
          }
        });
    add("manifest.json", "counts_multiple_of_base", checked[0], failures);
  }

  private interface NodeVisitor {
    void visit(String path, JsonNode node);
  }

  private static void walk(String path, JsonNode node, NodeVisitor visitor) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        walk(
            path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
            field.getValue(),
            visitor);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(path, node.get(i), visitor);
      }
    } else {
      visitor.visit(path, node);
    }
  }

  private void noAudit() throws IOException {
    List<String> failures = new ArrayList<>();
    long checked;
    try (Stream<Path> files = Files.walk(bundle)) {
      List<Path> all = files.toList();
      checked = all.size();
      for (Path file : all) {
        String relative = bundle.relativize(file).toString().replace('\\', '/');
        if (relative.equals("audit")
            || relative.startsWith("audit/")
            || file.getFileName().toString().equals("accounting.json")
            || file.getFileName().toString().startsWith("UNSAFE")) {
          failures.add(relative + " must not leave the secure environment");
        }
      }
    }
    add("bundle", "no_audit", checked, failures);
  }

  /**
   * No absolute path: none of this machine's own (run directory, working directory, home, temp) in
   * any file, the xlsx's parts included; and in the data files (csv, json, md) none at all.
   */
  private void noAbsolutePaths() throws IOException {
    List<String> failures = new ArrayList<>();
    long checked = 0;
    try (Stream<Path> files = Files.walk(bundle)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String relative = bundle.relativize(file).toString().replace('\\', '/');
        List<String> texts = new ArrayList<>();
        if (name.endsWith(".xlsx")) {
          texts.addAll(zipTexts(file));
        } else if (name.endsWith(".pdf")) {
          texts.addAll(pdfTexts(file));
        } else if (!name.endsWith(".png")) {
          texts.add(Files.readString(file, StandardCharsets.UTF_8));
        }
        checked++;
        boolean data = name.endsWith(".csv") || name.endsWith(".json") || name.endsWith(".md");
        for (String text : texts) {
          for (String local : localPaths) {
            if (text.contains(local)) {
              failures.add(relative + " contains the local path " + local);
            }
          }
          if (data) {
            var matcher = ABSOLUTE_PATH.matcher(text);
            if (matcher.find()) {
              failures.add(relative + " contains the absolute path " + matcher.group(2));
            }
          }
        }
      }
    }
    add("bundle", "no_absolute_paths", checked, failures);
  }

  /** A PDF's words as a reader sees them, and its bytes (metadata, uncompressed parts). */
  private static List<String> pdfTexts(Path file) throws IOException {
    try (org.apache.pdfbox.pdmodel.PDDocument document =
        org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
      return List.of(
          new org.apache.pdfbox.text.PDFTextStripper().getText(document),
          new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
    }
  }

  private static List<String> zipTexts(Path file) throws IOException {
    List<String> texts = new ArrayList<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        if (entry.getName().endsWith(".xml")) {
          try (InputStream in = zip.getInputStream(entry)) {
            texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
    }
    return texts;
  }

  private long yearsStock() {
    JsonNode years = manifest.path("study").path("stock_years");
    return years.size() == 2 ? years.get(1).asLong() - years.get(0).asLong() : 6;
  }

  private long yearsMoves() {
    JsonNode window = manifest.path("study").path("move_window");
    String start = window.path("start").asText("2011-01-01");
    String end = window.path("end").asText("2016-12-31");
    return Long.parseLong(end.substring(0, 4)) - Long.parseLong(start.substring(0, 4)) + 1;
  }
}
