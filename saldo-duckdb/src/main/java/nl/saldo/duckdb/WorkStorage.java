package nl.saldo.duckdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.saldo.core.SaldoException;
import nl.saldo.core.input.InputFile;
import nl.saldo.core.input.InputSet;

/**
 * Where the engine keeps its tables. Small inputs stay in memory, the fastest place. Inputs whose
 * tables would not fit comfortably in the memory DuckDB may use (the whole country) go to a
 * database file in the scratch directory: DuckDB compresses the tables it writes there (the
 * national incomes table to a fraction of its size in memory) and can drop their blocks from memory
 * and read them back, where an in-memory table beyond the limit is written out whole to the spill
 * directory. The file is removed with the scratch directory at the end of the run.
 */
final class WorkStorage {
  /**
   * The tables of a file in memory, as a multiple of its size on disk: a CSV's text or an
   * uncompressed SPSS file is about the size of its typed table; Parquet and .zsav are compressed.
   */
  private static final double PLAIN_FACTOR = 1.5;

  private static final double COMPRESSED_FACTOR = 6;

  /** In memory while the estimated tables take at most this share of the memory limit. */
  private static final double MEMORY_SHARE = 0.25;

  private static final Pattern SIZE =
      Pattern.compile("([0-9.]+)\\s*(bytes|KiB|MiB|GiB|TiB|KB|MB|GB|TB)", Pattern.CASE_INSENSITIVE);

  private WorkStorage() {}

  /**
   * Attaches a database file in {@code scratch} and makes it the default when the inputs are large
   * for the memory limit; returns true when it did. -Dsaldo.duckdb.storage=memory|disk overrides
   * the choice (for tests and measurements); with -Dsaldo.duckdb.file the tables stay in that file.
   */
  static boolean choose(Database database, Path scratch, InputSet inputs) {
    if (System.getProperty("saldo.duckdb.file") != null) {
      return false;
    }
    String override = System.getProperty("saldo.duckdb.storage");
    boolean disk =
        override != null
            ? override.equals("disk")
            : onDisk(estimatedBytes(inputs), memoryLimit(database));
    if (disk) {
      Path file = scratch.resolve("work.duckdb");
      database.execute(
          "keeping the tables in " + file,
          "attach " + Database.literal(file.toString()) + " as work");
      database.execute("using " + file, "use work");
    }
    return disk;
  }

  /** True when tables of this estimated size belong on disk under this memory limit. */
  static boolean onDisk(long estimatedBytes, long memoryLimitBytes) {
    return estimatedBytes > MEMORY_SHARE * memoryLimitBytes;
  }

  /** The memory of the tables the inputs make, estimated from their sizes on disk. */
  static long estimatedBytes(InputSet inputs) {
    double bytes = 0;
    for (InputFile file : inputs.files()) {
      if (file.bundled() || file.remote()) {
        continue;
      }
      if (!Files.isRegularFile(file.path())) {
        return Long.MAX_VALUE; // a folder of CBS register files: a national extract
      }
      try {
        bytes +=
            Files.size(file.path())
                * (file.format().equals("parquet") || file.format().equals("zsav")
                    ? COMPRESSED_FACTOR
                    : PLAIN_FACTOR);
      } catch (IOException e) {
        throw SaldoException.invalidInput(file.displayName() + ": cannot be read: " + e);
      }
    }
    return (long) bytes;
  }

  /** DuckDB's memory limit in bytes, as it reports it (e.g. {@code 5.5 GiB}). */
  static long memoryLimit(Database database) {
    String setting =
        (String)
            database
                .rows("reading the memory limit", "select current_setting('memory_limit')")
                .get(0)
                .get(0);
    return bytes(setting);
  }

  static long bytes(String size) {
    Matcher matcher = SIZE.matcher(size.strip());
    if (!matcher.matches()) {
      throw SaldoException.internal("unexpected memory limit " + size, null);
    }
    double value = Double.parseDouble(matcher.group(1));
    String unit = matcher.group(2).toUpperCase(Locale.ROOT);
    double scale =
        switch (unit) {
          case "KIB" -> 1L << 10;
          case "MIB" -> 1L << 20;
          case "GIB" -> 1L << 30;
          case "TIB" -> 1L << 40;
          case "KB" -> 1e3;
          case "MB" -> 1e6;
          case "GB" -> 1e9;
          case "TB" -> 1e12;
          default -> 1;
        };
    return (long) (value * scale);
  }
}
