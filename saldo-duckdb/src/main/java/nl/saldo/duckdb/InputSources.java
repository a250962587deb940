package nl.saldo.duckdb;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.saldo.core.SaldoException;
import nl.saldo.core.input.InputFile;
import nl.saldo.core.input.InputSet;
import nl.saldo.core.pipeline.SourceFile;
import nl.saldo.core.study.InputProfile;
import nl.saldo.core.study.StudySettings;
import nl.saldo.sav.CbsRaSettings;

/**
 * The input sources of one run, and which one reads a file: the source of the input profile the
 * study file chooses (the cbs-ra profile's CBS register files) for the tables it derives, SPSS for
 * .sav and .zsav, DuckDB's readers for CSV and Parquet.
 */
final class InputSources {
  private final CsvParquetSource files;
  private final InputSource sav;
  private final Map<String, ProfileSource> profiles;
  private List<SourceFile> sourceFiles = List.of();

  InputSources(Database database, StudySettings settings, Path scratch) {
    this.files = new CsvParquetSource(database, settings, scratch);
    this.sav = new SavSource(database, settings);
    this.profiles = Map.of(CbsRaSettings.SECTION, new CbsRaSource(database));
  }

  /** Reads what a profile's source must read for all tables at once (the register files). */
  void prepare(InputSet inputs, StudySettings settings) {
    if (settings.inputProfile() != null) {
      sourceFiles = profile(settings.inputProfile().profile()).load(inputs, settings);
    }
  }

  InputSource of(InputFile file) {
    if (file.derived()) {
      return profile(file.profile());
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
    return profiles.values().stream().flatMap(source -> source.checks().stream()).toList();
  }

  private ProfileSource profile(InputProfile profile) {
    ProfileSource source = profiles.get(profile.section());
    if (source == null) {
      throw SaldoException.invalidInput(
          "input profile " + profile.name() + " is not read by the DuckDB engine");
    }
    return source;
  }
}
