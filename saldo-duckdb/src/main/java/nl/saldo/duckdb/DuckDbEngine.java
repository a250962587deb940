package nl.saldo.duckdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.saldo.core.SaldoException;
import nl.saldo.core.input.InputFile;
import nl.saldo.core.input.InputSet;
import nl.saldo.core.pipeline.EngineFactory;
import nl.saldo.core.pipeline.InputReport;
import nl.saldo.core.pipeline.SourceFile;
import nl.saldo.core.study.StudySettings;

/**
 * The default engine: the method's SQL on embedded DuckDB. The microdata are read typed with a
 * fault flag per row, and read again as text only when a row is flagged; the input profiles (SPSS,
 * CBS register files) are read by {@link InputSources}.
 */
public final class DuckDbEngine extends SqlEngine {
  private final Database database;
  private final Path scratch;

  /** Per table read typed: how to read its file again as text, for the cell checks' messages. */
  private final Map<String, Runnable> rawText = new LinkedHashMap<>();

  private InputSources sources;
  private List<SourceFile> sourceFiles = List.of();
  private List<Map<String, Object>> sourceChecks = List.of();

  DuckDbEngine(Database database, Path scratch) {
    super(new DuckDbSession(database));
    this.database = database;
    this.scratch = scratch;
  }

  /** DuckDB reads local files only. */
  @Override
  protected void refuse(InputSet inputs, StudySettings settings) {
    for (InputFile file : inputs.files()) {
      if (file.remote()) {
        throw SaldoException.invalidInput(EngineFactory.urlRefused("duckdb", file.url()));
      }
    }
  }

  /** In memory, or in a database file in the scratch directory for large inputs. */
  @Override
  protected void placeTables(InputSet inputs) {
    WorkStorage.choose(database, scratch, inputs);
  }

  @Override
  protected void prepare(InputSet inputs, StudySettings settings) {
    sources = new InputSources(database, settings, scratch);
    sources.prepare(inputs, settings);
    sourceFiles = sources.sourceFiles();
    sourceChecks = sources.sourceChecks();
  }

  @Override
  protected long read(InputFile file) {
    String table = file.table().tableName();
    InputSource source = sources.of(file);
    if (!InputChecks.READ_TYPED.contains(table)) {
      return source.readText(file, "raw_" + table);
    }
    rawText.put(
        table,
        () -> {
          insertionOrder(true);
          source.readText(file, "raw_" + table);
          insertionOrder(false);
        });
    return source.readTyped(file, table);
  }

  @Override
  protected long readText(InputFile file, String target) {
    return sources.of(file).readText(file, target);
  }

  @Override
  protected void loadAttributes(InputFile file, String table, List<String> attributes) {
    sources.loadAttributes(file, table, attributes);
  }

  @Override
  protected List<List<Object>> attributesOverMax(InputFile file, String table, int max) {
    return database.rows(
        "counting the values of the attributes of " + file.displayName(),
        "select attribute, count(distinct value) as n,"
            + " string_agg(distinct value, ', ' order by value) filter (where value is not"
            + " null) as examples from attribute_values where source_table = ? group by"
            + " attribute having count(distinct value) > ? order by attribute",
        table,
        max);
  }

  @Override
  public List<InputReport> validate() {
    insertionOrder(false);
    return check(rawText);
  }

  /**
   * Row order matters only while a file is read (a CSV's rows are numbered by their order); once
   * every table has its row_nr, no relation needs the order it was made in, and DuckDB can build
   * them in parallel without keeping it (every output is fetched with order by).
   */
  private void insertionOrder(boolean preserve) {
    database.execute(
        "setting preserve_insertion_order", "set preserve_insertion_order = " + preserve);
  }

  @Override
  public void changeSettings(StudySettings changed) {
    replaceSettings(changed);
  }

  @Override
  protected void storeSettings(StudySettings settings) {
    Map<String, Object> row = SettingsRow.of(settings);
    SettingsRow.checkColumns(
        database.rows("describing settings", "select column_name from (describe settings)").stream()
            .map(r -> r.get(0))
            .toList(),
        row);
    String placeholders = String.join(", ", Collections.nCopies(row.size(), "?"));
    database.execute(
        "storing settings",
        "insert into settings values (" + placeholders + ")",
        row.values().toArray());
  }

  @Override
  public List<SourceFile> sourceFiles() {
    return sourceFiles;
  }

  @Override
  public List<Map<String, Object>> sourceChecks() {
    return sourceChecks;
  }

  /**
   * Closes the database and removes its scratch directory (spill files, copies of bundled files).
   */
  @Override
  public void close() {
    database.close();
    try (var walk = Files.walk(scratch)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      System.err.println("saldo: warning: could not remove " + scratch + ": " + e.getMessage());
    }
  }
}
