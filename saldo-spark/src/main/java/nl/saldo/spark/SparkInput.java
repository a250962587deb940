package nl.saldo.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.saldo.core.SaldoException;
import nl.saldo.core.input.InputFile;
import nl.saldo.core.study.StudySettings;
import nl.saldo.duckdb.ColumnMapping;
import nl.saldo.duckdb.TypedColumns;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;

/**
 * Loads one input file ({@link SparkFiles}) into {@code raw_<table>}: a 1-based {@code row_nr} (the
 * file's data row, as in DuckDB) and the format-v1 columns as text after the study file's column
 * mapping, so the checks name the row, column and value of a fault; a line of more or fewer fields
 * than the header stops the run with DuckDB's message. Also the extra attributes of profiles.csv.
 */
final class SparkInput {
  private final SparkDatabase database;
  private final StudySettings settings;
  private final SparkFiles files;

  SparkInput(SparkDatabase database, StudySettings settings) {
    this.database = database;
    this.settings = settings;
    this.files = new SparkFiles(database.spark(), settings.name());
  }

  /** Loads the file as {@code target}; returns the rows read. */
  long load(InputFile file, String target) {
    Dataset<Row> read = files.read(file);
    Map<String, String> columns = ColumnMapping.of(settings, file.table());
    List<Column> projection = new ArrayList<>();
    projection.add(functions.col("row_nr"));
    List<String> found =
        Arrays.stream(read.columns())
            .filter(name -> !name.equals("row_nr") && !name.equals(SparkFiles.MALFORMED))
            .toList();
    for (Map.Entry<String, String> column : columns.entrySet()) {
      String actual = ColumnMapping.find(found, column.getValue(), column.getKey(), file, columns);
      projection.add(textOf(read.schema().apply(actual)).as(column.getKey()));
    }
    // every column is read as text here: the reads' COLUMN_typed are null, so the text is parsed
    TypedColumns.of(file.table().tableName())
        .forEach(
            (column, type) -> projection.add(functions.lit(null).cast(type).as(column + "_typed")));
    boolean csv = Arrays.asList(read.columns()).contains(SparkFiles.MALFORMED);
    if (csv) {
      projection.add(functions.col(SparkFiles.MALFORMED));
    }
    try {
      database.store(target, read.select(projection.toArray(Column[]::new)));
      if (!csv) {
        return database.spark().table(target).count();
      }
      // the first read of the file: its rows, and the first with more or fewer fields than the
      // header (Spark keeps such a line as it is, in SparkFiles.MALFORMED)
      Row books =
          database
              .spark()
              .table(target)
              .agg(
                  functions.count(functions.lit(1)),
                  functions.min(
                      functions.when(
                          functions.col(SparkFiles.MALFORMED).isNotNull(),
                          functions.col("row_nr"))))
              .first();
      if (!books.isNullAt(1)) {
        throw malformed(file, target, books.getLong(1), found.size());
      }
      database.spark().table(target).drop(SparkFiles.MALFORMED).createOrReplaceTempView(target);
      return books.getLong(0);
    } catch (SaldoException e) {
      throw e;
    } catch (RuntimeException e) {
      throw SparkFiles.cannotRead(file, e);
    }
  }

  /**
   * The extra attributes of profiles.csv ({@code profiles.attributes}) of one file of persons or
   * incomes into {@code attribute_values}, long: person_id, year (incomes), attribute, value
   * (trimmed, empty = null), as the DuckDB engine reads them.
   */
  void loadAttributes(InputFile file, String table, List<String> attributes) {
    Dataset<Row> read = files.read(file);
    Map<String, String> mapped = ColumnMapping.of(settings, file.table());
    // the keys as the study file maps them, then the attributes by their own names
    Map<String, String> columns = new LinkedHashMap<>();
    for (String key :
        table.equals("incomes") ? List.of("person_id", "year") : List.of("person_id")) {
      columns.put(key, mapped.get(key));
    }
    attributes.forEach(attribute -> columns.put(attribute, attribute));
    List<String> found =
        Arrays.stream(read.columns())
            .filter(name -> !name.equals("row_nr") && !name.equals(SparkFiles.MALFORMED))
            .toList();
    List<Column> projection = new ArrayList<>();
    for (Map.Entry<String, String> column : columns.entrySet()) {
      String actual;
      try {
        actual = ColumnMapping.find(found, column.getValue(), column.getKey(), file, columns);
      } catch (SaldoException e) {
        throw SaldoException.invalidInput(
            e.getMessage()
                + " (profiles.attributes."
                + table
                + " in the study file names the column)");
      }
      projection.add(textOf(read.schema().apply(actual)).as(column.getKey()));
    }
    String fileTable = "attributes_" + table + "_file";
    read.select(projection.toArray(Column[]::new)).createOrReplaceTempView(fileTable);
    for (String attribute : attributes) {
      database.execute(
          "collecting attribute " + attribute + " of " + file.displayName(),
          "insert into attribute_values select "
              + SparkDatabase.literal(table)
              + ", clean(person_id), "
              + (table.equals("incomes") ? "whole_number(year)" : "cast(null as integer)")
              + ", "
              + SparkDatabase.literal(attribute)
              + ", clean(cast("
              + SparkDatabase.identifier(attribute)
              + " as string)) from "
              + fileTable);
    }
    database.spark().catalog().dropTempView(fileTable);
  }

  /**
   * "residences.csv line 3: expected 4 fields as in the header, found 5 (P1,A2,…)", as DuckDB's
   * reader says it: the line is the data row + 1 (the header).
   */
  private SaldoException malformed(InputFile file, String target, long row, int expected) {
    String line =
        database
            .spark()
            .table(target)
            .where(functions.col("row_nr").equalTo(row))
            .select(SparkFiles.MALFORMED)
            .first()
            .getString(0);
    int found;
    try (CSVParser parser = CSVParser.parse(line, CSVFormat.RFC4180)) {
      found = parser.getRecords().get(0).size();
    } catch (IOException | RuntimeException e) {
      found = line.split(",", -1).length;
    }
    return SaldoException.invalidInput(
        file.displayName()
            + " line "
            + (row + 1)
            + ": expected "
            + expected
            + " fields as in the header, found "
            + found
            + " ("
            + line.strip()
            + ")");
  }

  private static Column textOf(StructField field) {
    Column column = functions.col(SparkDatabase.identifier(field.name()));
    if (field.dataType() instanceof DateType
        || field.dataType() instanceof TimestampType
        || field.dataType() instanceof TimestampNTZType) {
      return functions.date_format(column.cast("date"), "yyyy-MM-dd");
    }
    return column.cast("string");
  }
}
