package nl.saldo.duckdb;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import nl.saldo.core.SaldoException;
import nl.saldo.core.input.InputFile;
import nl.saldo.core.input.InputSet;
import nl.saldo.core.pipeline.SourceFile;
import nl.saldo.core.study.StudySettings;
import nl.saldo.sav.CbsRaCheck;
import nl.saldo.sav.CbsRaProfile;
import nl.saldo.sav.CbsRaRun;
import nl.saldo.sav.CbsRaSettings;

/**
 * The source of the cbs-ra input profile: the four microdata tables derived by saldo-sav from CBS
 * Remote Access register files (GBAPERSOONTAB, GBAADRESOBJECTBUS, VSLGWBTAB, INHATAB and the
 * person–household key files) in the data directory, as raw text tables {@code raw_TABLE} of the
 * same shape as format v1's, made all at once by {@link #load}.
 */
final class CbsRaSource implements ProfileSource {
  private final Database database;
  private List<Map<String, Object>> checks = List.of();

  CbsRaSource(Database database) {
    this.database = database;
  }

  @Override
  public long readTyped(InputFile file, String table) {
    return InputSource.typedFromText(database, this, file, table);
  }

  /** The profile made the text table when it read the register files: it is only counted. */
  @Override
  public long readText(InputFile file, String target) {
    return database.count("counting " + target, "select count(*) from " + target);
  }

  @Override
  public List<SourceFile> load(InputSet inputs, StudySettings settings) {
    Path dataDir =
        inputs.files().stream().filter(InputFile::derived).findFirst().orElseThrow().path();
    try {
      CbsRaSettings profile = CbsRaSettings.fromSection(settings.inputProfile().settings());
      CbsRaRun run = CbsRaProfile.run(database.connection(), dataDir, profile);
      checks = run.checks().stream().map(CbsRaCheck::asMap).toList();
      return run.sources().stream()
          .map(source -> new SourceFile(source.register(), source.file(), source.rows()))
          .toList();
    } catch (IOException | SQLException | SaldoException e) {
      if (e instanceof SaldoException saldo && !Database.blamesInput(saldo)) {
        throw saldo;
      }
      throw SaldoException.invalidInput(
          "cbs-ra profile, data directory " + dataDir + ": " + e.getMessage());
    }
  }

  /**
   * The profile's checks of the register files (persons without address, ...), for the manifest.
   */
  @Override
  public List<Map<String, Object>> checks() {
    return checks;
  }
}
