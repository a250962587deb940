package nl.saldo.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.saldo.core.SaldoException;
import nl.saldo.core.csv.CsvReader;
import nl.saldo.core.input.InputFile;
import nl.saldo.core.input.InputTable;
import nl.saldo.core.study.BundledStudies;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * An input file as Spark's readers give it, numbered: CSV (every column as text, the header read by
 * saldo's one CSV reader) and Parquet, from a local path or any Hadoop file system URL, with a
 * 1-based {@code row_nr} in file order as DuckDB numbers its rows.
 */
final class SparkFiles {
  /**
   * The column in which Spark's CSV reader keeps a line of more or fewer fields than the header.
   */
  static final String MALFORMED = "_saldo_malformed_line";

  private static final Set<InputTable> AREA_TABLES =
      Set.of(InputTable.BUURTEN, InputTable.GEMEENTEN, InputTable.OVERLAYS);

  private final SparkSession spark;
  private final String studyName;

  SparkFiles(SparkSession spark, String studyName) {
    this.spark = spark;
    this.studyName = studyName;
  }

  /** The file as Spark reads it, with {@code row_nr}. */
  Dataset<Row> read(InputFile file) {
    try {
      return switch (file.format()) {
        case "csv" -> numbered(csv(file));
        case "parquet" ->
            spark
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
        spark
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
      return reader.csv(spark.createDataset(lines, Encoders.STRING()).repartition(1));
    }
    return reader.csv(file.location());
  }

  /** The header row of a file under a file system URL, read through Spark's Hadoop file system. */
  private List<String> remoteHeader(InputFile file) {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file.url());
    byte[] start;
    try (InputStream in =
        path.getFileSystem(spark.sparkContext().hadoopConfiguration()).open(path)) {
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
    JavaRDD<Row> numbered = rows.javaRDD().zipWithIndex().map(SparkFiles::withNumber);
    return spark.createDataFrame(numbered, schema);
  }

  private static Row withNumber(Tuple2<Row, Long> row) {
    Object[] values = new Object[row._1().size() + 1];
    for (int i = 0; i < row._1().size(); i++) {
      values[i] = row._1().get(i);
    }
    values[values.length - 1] = row._2() + 1;
    return RowFactory.create(values);
  }

  private List<String> bundledLines(InputFile file) {
    try (InputStream in = BundledStudies.open(studyName, "gemeenten.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw SaldoException.internal("cannot read " + file.displayName(), e);
    }
  }

  static SaldoException cannotRead(InputFile file, RuntimeException e) {
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
