package nl.saldo.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.saldo.core.SaldoException;
import nl.saldo.core.input.InputFile;
import nl.saldo.core.study.BundledStudies;
import nl.saldo.core.study.StudySettings;
import nl.saldo.duckdb.ColumnMapping;
import nl.saldo.duckdb.TypedColumns;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;
import scala.Tuple2;

/**
 * Reads one input file with Spark's own readers into {@code raw_<table>}: a 1-based {@code row_nr}
 * (the file's data row, as in DuckDB) and the format-v1 columns as text after the study file's
 * column mapping, so the checks name the row, column and value of a fault. CSV and Parquet, from
 * any path Spark can read (a local path, {@code hdfs://}, {@code s3a://} with its connector).
 */
final class SparkInput {
  private final SparkDatabase database;
  private final StudySettings settings;

  SparkInput(SparkDatabase database, StudySettings settings) {
    this.database = database;
    this.settings = settings;
  }

  /** Loads the file as {@code target}; returns the rows read. */
  long load(InputFile file, String target) {
    Dataset<Row> read = read(file);
    Map<String, String> columns = ColumnMapping.of(settings, file.table());
    List<Column> projection = new ArrayList<>();
    projection.add(functions.col("row_nr"));
    List<String> found =
        Arrays.stream(read.columns()).filter(name -> !name.equals("row_nr")).toList();
    for (Map.Entry<String, String> column : columns.entrySet()) {
      String actual = ColumnMapping.find(found, column.getValue(), column.getKey(), file, columns);
      projection.add(textOf(read.schema().apply(actual)).as(column.getKey()));
    }
    // every column is read as text here: the reads' COLUMN_typed are null, so the text is parsed
    TypedColumns.of(file.table().tableName())
        .forEach(
            (column, type) -> projection.add(functions.lit(null).cast(type).as(column + "_typed")));
    try {
      database.store(target, read.select(projection.toArray(Column[]::new)));
      // the first read of the file: a row Spark cannot parse stops here
      return database.spark().table(target).count();
    } catch (RuntimeException e) {
      throw cannotRead(file, e);
    }
  }

  /** The file as Spark reads it, with {@code row_nr}. */
  private Dataset<Row> read(InputFile file) {
    try {
      return switch (file.format()) {
        case "csv" -> numbered(csv(file));
        case "parquet" ->
            database
                .spark()
                .read()
                .parquet(file.path().toString())
                .select(
                    functions.col("*"), functions.col("_metadata.row_index").plus(1).as("row_nr"));
        case "sav", "zsav" ->
            throw SaldoException.invalidInput(
                file.displayName()
                    + ": SPSS files are read by the DuckDB engine only; convert the file to"
                    + " Parquet or CSV for --engine spark, or run with --engine duckdb");
        default -> throw SaldoException.invalidInput(file.displayName() + ": unknown file type");
      };
    } catch (SaldoException e) {
      throw e;
    } catch (RuntimeException e) {
      throw cannotRead(file, e);
    }
  }

  /**
   * Every column as text (no inference), the header read by Spark; a row with more or fewer fields
   * than the header stops the read (FAILFAST), as DuckDB's reader does.
   */
  private Dataset<Row> csv(InputFile file) {
    var reader =
        database
            .spark()
            .read()
            .option("header", "true")
            .option("inferSchema", "false")
            .option("delimiter", ",")
            .option("quote", "\"")
            .option("escape", "\"")
            .option("mode", "FAILFAST")
            .option("encoding", "UTF-8");
    if (file.bundled()) {
      // a study's own gemeenten.csv lives in saldo's jar: hand its lines to the reader
      return reader.csv(
          database.spark().createDataset(bundledLines(file), Encoders.STRING()).repartition(1));
    }
    return reader.csv(file.path().toString());
  }

  /** The rows numbered 1, 2, … in the order of the file (partitions are in file order). */
  private Dataset<Row> numbered(Dataset<Row> rows) {
    StructType schema = rows.schema().add("row_nr", DataTypes.LongType, false);
    JavaRDD<Row> numbered = rows.javaRDD().zipWithIndex().map(SparkInput::withNumber);
    return database.spark().createDataFrame(numbered, schema);
  }

  private static Row withNumber(Tuple2<Row, Long> row) {
    Object[] values = new Object[row._1().size() + 1];
    for (int i = 0; i < row._1().size(); i++) {
      values[i] = row._1().get(i);
    }
    values[values.length - 1] = row._2() + 1;
    return RowFactory.create(values);
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

  private List<String> bundledLines(InputFile file) {
    try (InputStream in = BundledStudies.open(settings.name(), "gemeenten.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw SaldoException.internal("cannot read " + file.displayName(), e);
    }
  }

  private static SaldoException cannotRead(InputFile file, RuntimeException e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String reason = SparkDatabase.firstLine(e.getMessage());
    if (cause != e && cause.getMessage() != null) {
      reason = reason + " (" + SparkDatabase.firstLine(cause.getMessage()) + ")";
    }
    return SaldoException.invalidInput(
        file.displayName()
            + ": cannot be read as "
            + file.format().toUpperCase(Locale.ROOT)
            + ": "
            + reason);
  }
}
