package nl.saldo.duckdb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.saldo.core.SaldoException;
import nl.saldo.core.input.InputFile;
import nl.saldo.core.study.BundledStudies;
import nl.saldo.core.study.StudySettings;

/**
 * The source of CSV and Parquet files: DuckDB's own readers. A microdata file is read once,
 * straight into its typed table; any file can also be read as text ({@code row_nr} and the
 * format-v1 columns, after column remapping), so that validation can name the row, column and value
 * of every fault.
 */
final class CsvParquetSource implements InputSource {
  private final Database database;
  private final StudySettings settings;
  private final Path scratch;

  CsvParquetSource(Database database, StudySettings settings, Path scratch) {
    this.database = database;
    this.settings = settings;
    this.scratch = scratch;
  }

  /**
   * Reads the file once, straight into the typed table {@code TABLE_read} made by {@code
   * staging/TABLE_read.sql} (typed columns and a per-row fault flag); returns the rows read. The
   * reader is a view {@code TABLE_source} of the format-v1 columns as text, {@code row_nr} (null
   * for a CSV, whose rows are numbered by their order) and the {@code COLUMN_typed} columns of
   * {@link TypedColumns} (a Parquet file's typed columns as they are, so they are not turned into
   * text and parsed back); an SPSS file is first loaded as raw text.
   */
  @Override
  public long readTyped(InputFile file, String table) {
    {
      String source = source(file);
      Map<String, String> found = describe(file, source);
      Map<String, String> actual = actualNames(file, found);
      List<String> projection = projection(actual, found);
      boolean parquet = file.format().equals("parquet");
      if (!parquet) {
        projection.set(0, "cast(null as bigint) as row_nr");
      }
      projection.addAll(TypedColumns.projections(table, parquet ? actual : Map.of(), found));
      database.execute(
          "reading " + file.displayName(),
          "create or replace temporary view "
              + table
              + "_source as select "
              + String.join(", ", projection)
              + " from "
              + source);
      read(file, table);
    }
    return database.count("counting " + table, "select count(*) from " + table + "_read");
  }

  /** The read of a CSV or Parquet file: a fault the reader finds names the file and line. */
  private void read(InputFile file, String table) {
    try {
      database.execute(SqlScript.load("staging/" + table + "_read.sql"));
    } catch (SaldoException e) {
      if (!Database.blamesInput(e)) {
        throw e;
      }
      throw SaldoException.invalidInput(
          CsvHeader.explain(file.displayName(), file.format(), e.getMessage()));
    }
    database.execute("dropping " + table + "_source", "drop view " + table + "_source");
  }

  /**
   * Loads the file into {@code target} (a view with row_nr over a table {@code target_file} that
   * holds only the format-v1 columns, as text); returns the rows read.
   */
  @Override
  public long readText(InputFile file, String target) {
    String source = source(file);
    Map<String, String> found = describe(file, source);
    List<String> projection = projection(actualNames(file, found), found);
    boolean parquet = file.format().equals("parquet");
    if (!parquet) {
      projection.remove(0);
    }
    String fileTable = target + "_file";
    try {
      database.execute(
          "reading " + file.displayName(),
          "create or replace table "
              + fileTable
              + " as select "
              + String.join(", ", projection)
              + " from "
              + source);
    } catch (SaldoException e) {
      if (!Database.blamesInput(e)) {
        throw e;
      }
      throw SaldoException.invalidInput(
          CsvHeader.explain(file.displayName(), file.format(), e.getMessage()));
    }
    database.execute(
        "numbering " + target,
        "create or replace view "
            + target
            + " as select "
            + (parquet ? "*" : "rowid + 1 as row_nr, *")
            + " from "
            + fileTable);
    return database.count("counting " + target, "select count(*) from " + fileTable);
  }

  /** The reader of a CSV or Parquet file. */
  private String source(InputFile file) {
    return switch (file.format()) {
      case "csv" -> csvSource(file);
      case "parquet" ->
          "read_parquet(" + Database.literal(file.path().toString()) + ", file_row_number = true)";
      default -> throw SaldoException.invalidInput(file.displayName() + ": unknown file type");
    };
  }

  /** format-v1 column → the (remapped) column of that name in the file. */
  private Map<String, String> actualNames(InputFile file, Map<String, String> found) {
    Map<String, String> columns = ColumnMapping.of(settings, file.table());
    Map<String, String> actual = new LinkedHashMap<>();
    for (Map.Entry<String, String> column : columns.entrySet()) {
      actual.put(
          column.getKey(),
          ColumnMapping.find(found.keySet(), column.getValue(), column.getKey(), file, columns));
    }
    return actual;
  }

  /** row_nr (the file's row number, for Parquet) and the format-v1 columns as text. */
  private static List<String> projection(Map<String, String> actual, Map<String, String> found) {
    List<String> projection = new ArrayList<>();
    projection.add("file_row_number + 1 as row_nr");
    for (Map.Entry<String, String> column : actual.entrySet()) {
      projection.add(
          textOf(column.getValue(), found.get(column.getValue()))
              + " as "
              + Database.identifier(column.getKey()));
    }
    return projection;
  }

  /**
   * The CSV reader with the header row read here, so DuckDB need not guess the dialect: a row with
   * too many or too few fields is then reported with its line instead of a failed guess.
   */
  private String csvSource(InputFile file) {
    Path path = file.bundled() ? bundledCopy(file) : file.path();
    List<String> header = CsvHeader.read(path, file.displayName());
    List<String> columns =
        header.stream().map(name -> Database.literal(name) + ": 'VARCHAR'").toList();
    return "read_csv("
        + Database.literal(path.toString())
        + ", header = true, delim = ',', quote = '\"', escape = '\"', auto_detect = false, columns = {"
        + String.join(", ", columns)
        + "})";
  }

  /** Column name → type, as the reader sees the file (for a CSV: its header). */
  private Map<String, String> describe(InputFile file, String source) {
    Map<String, String> columns = new LinkedHashMap<>();
    try {
      for (List<Object> row :
          database.rows("describing " + file.displayName(), "describe select * from " + source)) {
        columns.put((String) row.get(0), (String) row.get(1));
      }
    } catch (SaldoException e) {
      if (!Database.blamesInput(e)) {
        throw e;
      }
      throw SaldoException.invalidInput(
          file.displayName()
              + ": cannot be read as "
              + file.format().toUpperCase(Locale.ROOT)
              + ": "
              + Database.reason(e.getMessage(), 3));
    }
    columns.remove("file_row_number");
    return columns;
  }

  private static String textOf(String column, String type) {
    String quoted = Database.identifier(column);
    if (type.equals("DATE") || type.startsWith("TIMESTAMP")) {
      return "strftime(cast(" + quoted + " as date), '%Y-%m-%d')";
    }
    return "cast(" + quoted + " as varchar)";
  }

  private Path bundledCopy(InputFile file) {
    try (InputStream in = BundledStudies.open(settings.name(), "gemeenten.csv")) {
      Path copy = scratch.resolve(settings.name().toLowerCase(Locale.ROOT) + "-gemeenten.csv");
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      return copy;
    } catch (IOException e) {
      throw SaldoException.internal("cannot copy " + file.displayName(), e);
    }
  }
}
