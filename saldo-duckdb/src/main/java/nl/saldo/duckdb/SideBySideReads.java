package nl.saldo.duckdb;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import nl.saldo.core.SaldoException;
import nl.saldo.core.input.InputFile;
import org.duckdb.DuckDBConnection;

/**
 * Reads files side by side, each on a connection of its own to the same database. DuckDB's CSV
 * reader keeps a file's row order (a CSV's rows are numbered by it) and then uses little more than
 * one core: nationally the incomes file took 69 CPU seconds in 55 s, the other three 33 CPU seconds
 * in 44 s. Two files read at once use both cores. The largest files start first. Every file is
 * read; a fault is then reported for the first faulty file in the files' order, as when they are
 * read one after the other.
 */
final class SideBySideReads {
  private static final int WORKERS = 2;

  private SideBySideReads() {}

  /**
   * Reads each file with {@code read} on a new connection to {@code database} (its default catalog
   * the same, so the tables land where the main connection's do); returns the rows read per file,
   * in the files' order.
   */
  static Map<InputFile, Long> read(
      Database database, List<InputFile> files, BiFunction<Database, InputFile, Long> read) {
    String catalog =
        (String) database.rows("finding the catalog", "select current_database()").get(0).get(0);
    List<InputFile> largestFirst = new ArrayList<>(files);
    largestFirst.sort(Comparator.comparingLong(SideBySideReads::size).reversed());
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(WORKERS, files.size()),
            task -> {
              Thread thread = new Thread(task, "saldo-read");
              thread.setDaemon(true);
              return thread;
            });
    Map<InputFile, Future<Long>> pending = new LinkedHashMap<>();
    try {
      for (InputFile file : largestFirst) {
        pending.put(file, pool.submit(() -> readOnOwnConnection(database, catalog, file, read)));
      }
      Map<InputFile, Long> rows = new LinkedHashMap<>();
      RuntimeException first = null;
      for (InputFile file : files) {
        try {
          rows.put(file, pending.get(file).get());
        } catch (ExecutionException e) {
          if (first == null) {
            first =
                e.getCause() instanceof RuntimeException cause
                    ? cause
                    : SaldoException.internal("reading " + file.displayName(), e.getCause());
          }
        }
      }
      if (first != null) {
        throw first;
      }
      return rows;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw SaldoException.internal("reading the inputs was interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static long readOnOwnConnection(
      Database database,
      String catalog,
      InputFile file,
      BiFunction<Database, InputFile, Long> read) {
    try (Connection connection = ((DuckDBConnection) database.connection()).duplicate()) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("use " + Database.identifier(catalog));
      }
      return read.apply(new Database(connection), file);
    } catch (SQLException e) {
      throw SaldoException.internal("a connection for " + file.displayName(), e);
    }
  }

  private static long size(InputFile file) {
    try {
      return Files.size(file.path());
    } catch (IOException e) {
      return 0;
    }
  }
}
