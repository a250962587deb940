package nl.saldo.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.saldo.core.SaldoException;
import nl.saldo.core.csv.CsvReader;
import nl.saldo.core.input.InputFile;
import nl.saldo.core.input.InputTable;
import nl.saldo.core.study.BundledStudies;
import nl.saldo.core.study.StudySettings;
import nl.saldo.duckdb.ColumnMapping;
import nl.saldo.duckdb.TypedColumns;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
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
  /**
   * The column in which Spark's CSV reader keeps a line of more or fewer fields than the header.
   */
  private static final String MALFORMED = "_saldo_malformed_line";

  private static final Set<InputTable> AREA_TABLES =
      Set.of(InputTable.BUURTEN, InputTable.GEMEENTEN, InputTable.OVERLAYS);

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
        Arrays.stream(read.columns())
            .filter(name -> !name.equals("row_nr") && !name.equals(MALFORMED))
            .toList();
    for (Map.Entry<String, String> column : columns.entrySet()) {
      String actual = ColumnMapping.find(found, column.getValue(), column.getKey(), file, columns);
      projection.add(textOf(read.schema().apply(actual)).as(column.getKey()));
    }
    // every column is read as text here: the reads' COLUMN_typed are null, so the text is parsed
    TypedColumns.of(file.table().tableName())
        .forEach(
            (column, type) -> projection.add(functions.lit(null).cast(type).as(column + "_typed")));
    boolean csv = Arrays.asList(read.columns()).contains(MALFORMED);
    if (csv) {
      projection.add(functions.col(MALFORMED));
    }
    try {
      database.store(target, read.select(projection.toArray(Column[]::new)));
      if (!csv) {
        return database.spark().table(target).count();
      }
      // the first read of the file: its rows, and the first with more or fewer fields than the
      // header (Spark keeps such a line as it is, in MALFORMED)
      Row books =
          database
              .spark()
              .table(target)
              .agg(
                  functions.count(functions.lit(1)),
                  functions.min(
                      functions.when(
                          functions.col(MALFORMED).isNotNull(), functions.col("row_nr"))))
              .first();
      if (!books.isNullAt(1)) {
        throw malformed(file, target, books.getLong(1), found.size());
      }
      database.spark().table(target).drop(MALFORMED).createOrReplaceTempView(target);
      return books.getLong(0);
    } catch (SaldoException e) {
      throw e;
    } catch (RuntimeException e) {
      throw cannotRead(file, e);
    }
  }

  /**
   * The extra attributes of profiles.csv ({@code profiles.attributes}) of one file of persons or
   * incomes into {@code attribute_values}, long: person_id, year (incomes), attribute, value
   * (trimmed, empty = null), as the DuckDB engine reads them.
   */
  void loadAttributes(InputFile file, String table, List<String> attributes) {
    Dataset<Row> read = read(file);
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
            .filter(name -> !name.equals("row_nr") && !name.equals(MALFORMED))
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
            .select(MALFORMED)
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

  /** The file as Spark reads it, with {@code row_nr}. */
  private Dataset<Row> read(InputFile file) {
    try {
      return switch (file.format()) {
        case "csv" -> numbered(csv(file));
        case "parquet" ->
            database
                .spark()
                .read()
                .parquet(file.location())
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
   * Every column as text (no inference), the header read by saldo's one CSV reader (so an empty
   * file, an empty or repeated column name are refused as on DuckDB); a row with more or fewer
   * fields than the header is kept whole in {@link #MALFORMED}.
   */
  private Dataset<Row> csv(InputFile file) {
    // area files are small and on the driver's disk: their lines go to Spark from here, so a
    // cluster's executors need not see the driver's disk
    List<String> lines =
        file.bundled()
            ? bundledLines(file)
            : AREA_TABLES.contains(file.table()) ? lines(file) : null;
    List<String> header;
    if (file.bundled()) {
      header =
          CsvReader.read(new StringReader(String.join("\n", lines)), file.displayName()).header();
    } else if (file.remote()) {
      header = remoteHeader(file);
    } else {
      header = CsvReader.header(file.path(), file.displayName());
    }
    if (header.isEmpty()) {
      throw SaldoException.invalidInput(
          file.displayName() + ": the file is empty; expected a header row with the column names");
    }
    StructType schema = new StructType();
    for (String name : header) {
      schema = schema.add(name, DataTypes.StringType, true);
    }
    var reader =
        database
            .spark()
            .read()
            .schema(schema.add(MALFORMED, DataTypes.StringType, true))
            .option("header", "true")
            .option("enforceSchema", "true")
            .option("delimiter", ",")
            .option("quote", "\"")
            .option("escape", "\"")
            .option("mode", "PERMISSIVE")
            .option("columnNameOfCorruptRecord", MALFORMED)
            .option("encoding", "UTF-8");
    if (lines != null) {
      // a study's own gemeenten.csv lives in saldo's jar: hand its lines to the reader
      return reader.csv(database.spark().createDataset(lines, Encoders.STRING()).repartition(1));
    }
    return reader.csv(file.location());
  }

  /** The header row of a file under a file system URL, read through Spark's Hadoop file system. */
  private List<String> remoteHeader(InputFile file) {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file.url());
    byte[] start;
    try (InputStream in =
        path.getFileSystem(database.spark().sparkContext().hadoopConfiguration()).open(path)) {
      start = in.readNBytes(1 << 20);
    } catch (IOException e) {
      throw SaldoException.invalidInput(file.displayName() + ": cannot be read: " + e.getMessage());
    }
    int end = 0;
    while (end < start.length && start[end] != '\n') {
      end++;
    }
    return CsvReader.read(
            new StringReader(new String(start, 0, end, StandardCharsets.UTF_8)), file.displayName())
        .header();
  }

  private static List<String> lines(InputFile file) {
    try {
      return Files.readAllLines(file.path(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw SaldoException.invalidInput(file.displayName() + ": cannot be read: " + e.getMessage());
    }
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
