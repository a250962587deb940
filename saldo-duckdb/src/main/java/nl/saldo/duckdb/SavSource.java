package nl.saldo.duckdb;

import java.io.IOException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import nl.saldo.core.SaldoException;
import nl.saldo.core.input.InputFile;
import nl.saldo.core.study.StudySettings;
import nl.saldo.sav.SavToDuckDb;

/**
 * The source of SPSS system files (.sav, .zsav), decoded by saldo-sav: each file is loaded once as
 * text, which then serves the typed read and the cell checks' messages alike.
 */
final class SavSource implements InputSource {
  private final Database database;
  private final StudySettings settings;

  /** file and target → rows: a file read for its typed table is not decoded again for messages. */
  private final Map<String, Long> loaded = new HashMap<>();

  SavSource(Database database, StudySettings settings) {
    this.database = database;
    this.settings = settings;
  }

  @Override
  public long readTyped(InputFile file, String table) {
    return InputSource.typedFromText(database, this, file, table);
  }

  @Override
  public long readText(InputFile file, String target) {
    return loaded.computeIfAbsent(file.path() + "\u0000" + target, key -> load(file, target));
  }

  /**
   * An SPSS system file, streamed through DuckDB's appender by saldo-sav; row_nr is the case
   * number.
   */
  private long load(InputFile file, String target) {
    Map<String, String> columns = ColumnMapping.of(settings, file.table());
    String fileTable = target + "_file";
    try {
      long rows = SavToDuckDb.load(database.connection(), file.path(), fileTable, columns);
      database.execute(
          "numbering " + target,
          "create or replace view " + target + " as select * from " + fileTable);
      return rows;
    } catch (IOException | SQLException | SaldoException e) {
      if (e instanceof SaldoException saldo && !Database.blamesInput(saldo)) {
        throw saldo;
      }
      throw SaldoException.invalidInput(
          file.displayName() + ": cannot be read as SPSS: " + Database.reason(e.getMessage(), 3));
    }
  }
}
