package nl.saldo.cli.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.saldo.core.SaldoException;
import nl.saldo.core.factors.FactorsTable;
import nl.saldo.core.output.CsvWriter;
import nl.saldo.core.output.FileFacts;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.report.ReportOptions;
import nl.saldo.report.Reports;

/**
 * {@code saldo export}: what leaves the secure environment, and only that. From a run directory it
 * takes the disclosure-controlled tables, a manifest without local paths, report.html, report.xlsx
 * and report.pdf rebuilt from those alone, README.md (every table and column described in Dutch and
 * English, the rules and parameters applied, cells per table) and checks.json; it verifies the
 * checks on the bundle it built and writes the bundle only when every one passes. A run made with
 * an unsafe option is refused before anything is written.
 */
public final class Exporter {
  static final String UNSAFE_MARKER = "UNSAFE_UNROUNDED.txt";

  /** Tables a run writes only when their analysis is on (METHOD.md §12, §13). */
  private static final Set<Mart> OPTIONAL = Set.of(Mart.COMPONENTS, Mart.SEGREGATION);

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The outcome: the bundle written and its checks. */
  public record Outcome(Path bundle, List<BundleChecks.Check> checks) {}

  private final Path run;
  private final Path out;
  private final String lang;

  public Exporter(Path run, Path out, String lang) {
    this.run = run;
    this.out = out;
    this.lang = lang == null ? "nl" : lang;
  }

  public Outcome export() throws IOException {
    if (!Files.isDirectory(run)) {
      throw invalid("run directory " + run + " does not exist");
    }
    Path manifestFile = run.resolve("manifest.json");
    if (!Files.exists(manifestFile)) {
      throw invalid(run + " has no manifest.json: not a saldo run directory");
    }
    JsonNode manifest = JSON.readTree(manifestFile.toFile());
    refuseUnsafe(manifest);
    if (Files.exists(run.resolve(UNSAFE_MARKER))) {
      throw invalid("this run cannot be exported: it holds " + UNSAFE_MARKER);
    }
    if (Files.exists(out)) {
      try (Stream<Path> entries = Files.list(out)) {
        if (entries.findAny().isPresent()) {
          throw invalid("--out " + out + " exists and is not empty; give a new directory");
        }
      }
    }
    JsonNode disclosure = manifest.path("study").path("disclosure");
    long base = disclosure.path("rounding_base").asLong(10);
    long threshold = disclosure.path("min_denominator").asLong(100);

    Path absoluteOut = out.toAbsolutePath().normalize();
    Files.createDirectories(absoluteOut.getParent());
    Path staging = Files.createTempDirectory(absoluteOut.getParent(), ".saldo-export-");
    try {
      Map<Mart, PublishedTable> tables = new EnumMap<>(Mart.class);
      List<Path> copied = new ArrayList<>();
      for (Mart mart : Mart.values()) {
        Path source = run.resolve(mart.fileName());
        if (!Files.exists(source) && OPTIONAL.contains(mart)) {
          continue; // an analysis switched off in the study file writes no table
        }
        if (!Files.exists(source)) {
          throw invalid(run + " has no " + mart.fileName());
        }
        Path target = staging.resolve(mart.fileName());
        Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        copied.add(target);
        tables.put(mart, PublishedTable.read(mart, target));
      }
      // suppressed.csv (min_cell) and factors.csv (issue 14: a fit on the published gemeente rows
      // of migration.csv and the user's public area factors, so it shows nothing they do not)
      for (String extra : List.of(CsvWriter.SUPPRESSED, FactorsTable.FILE)) {
        Path source = run.resolve(extra);
        if (Files.exists(source)) {
          Path target = staging.resolve(extra);
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
          copied.add(target);
        }
      }
      ObjectNode exported = withoutLocalPaths(manifest.deepCopy());
      exported.remove("timings_ms");
      ArrayNode outputs = exported.putArray("outputs");
      for (Path file : copied) {
        FileFacts facts = FileFacts.of(file);
        outputs
            .addObject()
            .put("file", file.getFileName().toString())
            .put("bytes", facts.bytes())
            .put("sha256", facts.sha256());
      }
      JSON.writeValue(staging.resolve("manifest.json").toFile(), exported);
      Reports.write(staging, new ReportOptions(lang, null, false));
      Files.writeString(
          staging.resolve("README.md"), ExportReadme.readme(tables, exported, base, threshold));

      List<BundleChecks.Check> checks =
          new BundleChecks(staging, tables, exported, base, threshold, localPaths()).run();
      Files.writeString(staging.resolve("checks.json"), BundleChecks.json(checks, base, threshold));
      // checks.json itself is part of the bundle: check the paths once more with it in place.
      List<BundleChecks.Check> again =
          new BundleChecks(staging, tables, exported, base, threshold, localPaths()).run();
      List<BundleChecks.Check> failed = again.stream().filter(check -> !check.ok()).toList();
      if (!failed.isEmpty()) {
        throw invalid(BundleChecks.refusal(failed));
      }
      if (Files.exists(absoluteOut)) {
        Files.delete(absoluteOut);
      }
      Files.move(staging, absoluteOut);
      return new Outcome(absoluteOut, again);
    } finally {
      deleteTree(staging);
    }
  }

  private static void refuseUnsafe(JsonNode manifest) throws IOException {
    JsonNode run = manifest.path("run");
    List<String> reasons = new ArrayList<>();
    if (run.path("unsafe_unrounded").asBoolean(false)) {
      reasons.add("it was made with --unsafe-unrounded (counts not rounded)");
    }
    if (run.path("exact_percentages").asBoolean(false)) {
      reasons.add(
          "it was made with disclosure.percentages: exact (percentages from unrounded counts)");
    }
    if (!run.path("disclosure_control").asBoolean(false)) {
      reasons.add("its manifest does not say disclosure_control: true");
    }
    if (!reasons.isEmpty()) {
      throw invalid("this run cannot be exported: " + String.join("; ", reasons));
    }
  }

  private static SaldoException invalid(String message) {
    return new SaldoException(SaldoException.INVALID_INPUT, message);
  }

  /** Absolute paths in the manifest (a boundary file, an input given by path) become file names. */
  private static ObjectNode withoutLocalPaths(ObjectNode node) {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode value = field.getValue();
      if (value.isObject()) {
        withoutLocalPaths((ObjectNode) value);
      } else if (value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          if (value.get(i).isObject()) {
            withoutLocalPaths((ObjectNode) value.get(i));
          } else if (value.get(i).isTextual() && absolute(value.get(i).asText())) {
            ((ArrayNode) value).set(i, Path.of(value.get(i).asText()).getFileName().toString());
          }
        }
      } else if (value.isTextual() && absolute(value.asText())) {
        node.put(field.getKey(), fileName(value.asText()));
      }
    }
    return node;
  }

  private static boolean absolute(String text) {
    return text.startsWith("/") || text.matches("^[A-Za-z]:[\\\\/].*") || text.startsWith("\\\\");
  }

  private static String fileName(String path) {
    String name = path.replace('\\', '/');
    return name.substring(name.lastIndexOf('/') + 1);
  }

  /** This machine's paths that must not appear in the bundle. */
  private Set<String> localPaths() {
    Set<String> paths = new LinkedHashSet<>();
    paths.add(run.toAbsolutePath().normalize().toString());
    paths.add(Path.of("").toAbsolutePath().toString());
    paths.add(System.getProperty("user.home"));
    paths.removeIf(path -> path == null || path.length() < 2);
    return paths;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }
}
