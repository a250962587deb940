package nl.saldo.duckdb;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.saldo.core.input.InputFile;
import nl.saldo.core.input.InputSet;
import nl.saldo.core.pipeline.SourceFile;
import nl.saldo.core.study.StudySettings;

/**
 * The input sources of one run, and which one reads a file: the cbs-ra profile for the tables the
 * study file derives from CBS register files, SPSS for .sav and .zsav, DuckDB's readers for CSV and
 * Parquet.
 */
final class InputSources {
  private final CsvParquetSource files;
  private final InputSource sav;
  private final CbsRaSource cbsRa;
  private List<SourceFile> sourceFiles = List.of();

  InputSources(Database database, StudySettings settings, Path scratch) {
    this.files = new CsvParquetSource(database, settings, scratch);
    this.sav = new SavSource(database, settings);
    this.cbsRa = new CbsRaSource(database);
  }

  /** Reads what a source must read for all tables at once (the cbs-ra profile's register files). */
  void prepare(InputSet inputs, StudySettings settings) {
    if (settings.cbsRaProfile()) {
      sourceFiles = cbsRa.load(inputs, settings);
    }
  }

  InputSource of(InputFile file) {
    if (file.fromCbsRaProfile()) {
      return cbsRa;
    }
    return switch (file.format()) {
      case "sav", "zsav" -> sav;
      default -> files;
    };
  }

  /**
   * Reads the extra attribute columns of a persons or incomes file (CSV, Parquet or SPSS) into
   * {@code attribute_values} (profiles.attributes).
   */
  void loadAttributes(InputFile file, String table, List<String> attributes) {
    files.loadAttributes(file, table, attributes);
  }

  /** The register files a source read beside the input tables (for the manifest). */
  List<SourceFile> sourceFiles() {
    return sourceFiles;
  }

  /** A source's checks of the files it read (for the manifest). */
  List<Map<String, Object>> sourceChecks() {
    return cbsRa.checks();
  }
}
