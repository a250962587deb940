package nl.saldo.duckdb;

import java.util.stream.Stream;
import nl.saldo.core.input.InputFile;

/**
 * A source of input tables: one kind of file (CSV and Parquet, SPSS) or the cbs-ra profile's CBS
 * register files, each writing its tables through {@link Database}. {@link InputSources} picks the
 * source of a file by its extension or by the study file; the engine knows no more of it than this.
 */
interface InputSource {
  /**
   * Reads a microdata file straight into the typed table {@code TABLE_read} of {@code
   * staging/TABLE_read.sql} (typed columns and a fault flag per row); returns the rows read.
   */
  long readTyped(InputFile file, String table);

  /**
   * Reads a file as text into {@code target}: a 1-based {@code row_nr} and the format-v1 columns;
   * returns the rows read. The area tables and overlays are read this way, and a microdata file
   * with a flagged row again for the cell checks' messages.
   */
  long readText(InputFile file, String target);

  /**
   * {@link #readTyped} of a source that reads text only (an SPSS file, an input profile's tables):
   * the file as text into {@code raw_TABLE}, then the typed table {@code TABLE_read} from it; its
   * typed columns are null, so every value is parsed from its text. Returns the rows read.
   */
  static long typedFromText(Database database, InputSource source, InputFile file, String table) {
    String raw = "raw_" + table;
    long rows = source.readText(file, raw);
    database.execute(
        "reading " + raw,
        "create or replace temporary view "
            + table
            + "_source as select "
            + String.join(
                ", ",
                Stream.concat(
                        Stream.of("*"),
                        TypedColumns.projections(table, java.util.Map.of(), java.util.Map.of())
                            .stream())
                    .toList())
            + " from "
            + raw);
    database.execute(SqlScript.load("staging/" + table + "_read.sql"));
    database.execute("dropping " + table + "_source", "drop view " + table + "_source");
    return rows;
  }

  /** Drops a text table made by {@link #readText} (a view over {@code target_file}). */
  static void dropText(Database database, String target) {
    database.execute("dropping " + target, "drop view if exists " + target);
    database.execute("dropping " + target, "drop table if exists " + target + "_file");
  }
}
