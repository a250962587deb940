package nl.saldo.cli;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.saldo.core.SaldoException;

/**
 * The options of a run checked before any work starts, so a typo fails in a second with exit code 2
 * instead of after the whole pipeline (or with the engine's own words).
 */
final class Preflight {
  /** The smallest --memory-limit: below it the engine cannot even load the example. */
  static final long MIN_MEMORY_BYTES = 100L * 1000 * 1000;

  private static final Pattern SIZE =
      Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([a-z]*)\\s*", Pattern.CASE_INSENSITIVE);
  private static final Map<String, Long> UNITS =
      Map.ofEntries(
          Map.entry("b", 1L),
          Map.entry("kb", 1000L),
          Map.entry("mb", 1000L * 1000),
          Map.entry("gb", 1000L * 1000 * 1000),
          Map.entry("tb", 1000L * 1000 * 1000 * 1000),
          Map.entry("kib", 1024L),
          Map.entry("mib", 1024L * 1024),
          Map.entry("gib", 1024L * 1024 * 1024),
          Map.entry("tib", 1024L * 1024 * 1024 * 1024));

  private Preflight() {}

  static void lang(String lang) {
    if (!"nl".equals(lang) && !"en".equals(lang)) {
      throw SaldoException.invalidInput("--lang " + lang + " is not supported: expected nl or en");
    }
  }

  static void engine(EngineOptions options) {
    if (options.master != null && !options.engine.equals("spark")) {
      throw SaldoException.invalidInput(
          "--master "
              + options.master
              + " is an option of --engine spark; the engine "
              + options.engine
              + " runs on this machine");
    }
    if (options.memoryLimit != null) {
      memoryLimit(options.memoryLimit);
    }
    if (options.threads < 0) {
      throw SaldoException.invalidInput(
          "--threads " + options.threads + " is negative: expected 0 (one per core) or more");
    }
    if (options.tempDir != null
        && Files.exists(options.tempDir)
        && !Files.isDirectory(options.tempDir)) {
      throw SaldoException.invalidInput(
          "--temp-dir " + options.tempDir + " is a file, not a directory");
    }
  }

  /** A size with a unit (100MB, 8GB, 1.5GiB), at least {@link #MIN_MEMORY_BYTES}. */
  static void memoryLimit(String value) {
    Matcher matcher = SIZE.matcher(value);
    Long unit = matcher.matches() ? UNITS.get(matcher.group(2).toLowerCase(Locale.ROOT)) : null;
    if (unit == null) {
      throw SaldoException.invalidInput(
          "--memory-limit "
              + value
              + " is not a size: expected a number and a unit such as 500MB, 8GB or 16GiB");
    }
    BigDecimal bytes = new BigDecimal(matcher.group(1)).multiply(BigDecimal.valueOf(unit));
    if (bytes.compareTo(BigDecimal.valueOf(MIN_MEMORY_BYTES)) < 0) {
      throw SaldoException.invalidInput(
          "--memory-limit " + value + " is too small: expected at least 100MB");
    }
  }

  /** The study file's boundary file, read only when the reports are written. */
  static void boundaries(String boundaries) {
    if (boundaries == null) {
      return;
    }
    Path file = Path.of(boundaries);
    if (!Files.isRegularFile(file)) {
      throw SaldoException.invalidInput(
          "study file boundaries: "
              + boundaries
              + (Files.isDirectory(file) ? " is a directory" : " does not exist")
              + ": expected a GeoJSON or TopoJSON file");
    }
    if (!Files.isReadable(file)) {
      throw SaldoException.invalidInput("study file boundaries: " + boundaries + " cannot be read");
    }
  }
}
