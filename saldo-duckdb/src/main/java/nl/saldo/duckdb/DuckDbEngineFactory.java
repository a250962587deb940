package nl.saldo.duckdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import nl.saldo.core.SaldoException;
import nl.saldo.core.pipeline.Engine;
import nl.saldo.core.pipeline.EngineFactory;

/**
 * Opens an in-memory DuckDB that spills to a temporary directory beyond its memory limit (25% of
 * the machine's memory unless --memory-limit says otherwise), never installs or loads extensions
 * from the network, and keeps insertion order (row numbers of input files rely on it).
 */
public final class DuckDbEngineFactory implements EngineFactory {

  @Override
  public String name() {
    return "duckdb";
  }

  /**
   * 25% of the machine's memory (6 GiB of 24): the whole country then runs in a peak of about 6.4
   * GiB, its tables in a database file (WorkStorage); DuckDB's own default (80%) leaves too little
   * beside the Java heap, and above the limit DuckDB spills to the temporary directory.
   */
  static String defaultMemoryLimit() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean machine) {
      return Math.max(1024, machine.getTotalMemorySize() / (1024 * 1024) / 4) + "MB";
    }
    return "4GB";
  }

  @Override
  public Engine create(Path tempDir, String memoryLimit, int threads) {
    try {
      Path scratch =
          tempDir != null
              ? Files.createTempDirectory(Files.createDirectories(tempDir), "saldo-")
              : Files.createTempDirectory("saldo-");
      Properties properties = new Properties();
      properties.setProperty("autoinstall_known_extensions", "false");
      properties.setProperty("autoload_known_extensions", "false");
      properties.setProperty("preserve_insertion_order", "true");
      properties.setProperty("temp_directory", scratch.resolve("spill").toString());
      properties.setProperty(
          "memory_limit", memoryLimit != null ? memoryLimit : defaultMemoryLimit());
      if (threads > 0) {
        properties.setProperty("threads", Integer.toString(threads));
      }
      NativeLibraryFiles.sweepOnce();
      Connection connection;
      NativeLibraryFiles.loading(true);
      try {
        Class.forName("org.duckdb.DuckDBDriver");
        // -Dsaldo.duckdb.file=PATH keeps the database in a file that outlives the run, so a
        // developer can study one stage's SQL on real intermediate tables (CONTRIBUTING.md)
        String file = System.getProperty("saldo.duckdb.file");
        connection =
            DriverManager.getConnection(
                file == null ? "jdbc:duckdb:" : "jdbc:duckdb:" + file, properties);
        NativeLibraryFiles.forgetOwnCopy();
      } finally {
        NativeLibraryFiles.loading(false);
      }
      return new DuckDbEngine(new Database(connection), scratch);
    } catch (IOException | SQLException | ClassNotFoundException e) {
      throw new SaldoException(SaldoException.FAILED, "cannot start DuckDB: " + e.getMessage(), e);
    }
  }
}
