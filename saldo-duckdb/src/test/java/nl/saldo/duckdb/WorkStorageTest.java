package nl.saldo.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import nl.saldo.core.input.InputSet;
import nl.saldo.core.pipeline.Mart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the engine keeps its tables: in memory for small inputs, in a database file in the scratch
 * directory for inputs large next to the memory limit, with the same results either way.
 */
class WorkStorageTest {
  @Test
  void readsDuckDbsSpellingOfTheMemoryLimit() {
    assertEquals(6L << 30, WorkStorage.bytes("6.0 GiB"));
    assertEquals((long) (953.6 * (1 << 20)), WorkStorage.bytes("953.6 MiB"));
    assertEquals(8_000_000_000L, WorkStorage.bytes("8GB"));
    assertEquals(512, WorkStorage.bytes("512 bytes"));
  }

  /** A quarter of the limit: the 1 M bench (about 0.6 GB of tables) stays in memory under 6 GiB. */
  @Test
  void largeInputsGoToDisk() {
    long limit = 6L << 30;
    assertFalse(WorkStorage.onDisk(600_000_000L, limit));
    assertFalse(WorkStorage.onDisk(limit / 4, limit));
    assertTrue(WorkStorage.onDisk(limit / 4 + 1, limit));
    assertTrue(WorkStorage.onDisk(10_000_000_000L, limit));
  }

  @Test
  void onDiskTheTablesAreMadeInTheFile(@TempDir Path scratch) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
      Database database = new Database(connection);
      System.setProperty("saldo.duckdb.storage", "disk");
      try {
        assertTrue(WorkStorage.choose(database, scratch, new InputSet(List.of())));
      } finally {
        System.clearProperty("saldo.duckdb.storage");
      }
      database.execute("making a table", "create table t as select 1 as x");
      assertEquals(
          List.of(List.of("work")),
          database.rows("where", "select table_catalog from information_schema.tables"));
      assertTrue(Files.exists(scratch.resolve("work.duckdb")));
    }
  }

  /** The same fixtures, once in memory and once in a database file: every table the same. */
  @Test
  void tablesOnDiskAreTheTablesInMemory() {
    for (String fixture : List.of("profiles", "components", "segregation")) {
      MethodFixture memory = MethodFixture.run(fixture);
      MethodFixture disk;
      System.setProperty("saldo.duckdb.storage", "disk");
      try {
        disk = MethodFixture.run(fixture);
      } finally {
        System.clearProperty("saldo.duckdb.storage");
      }
      for (Mart mart : Mart.values()) {
        assertEquals(
            memory.table(mart).rows(), disk.table(mart).rows(), fixture + " " + mart.tableName());
      }
    }
  }
}
