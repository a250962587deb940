package nl.saldo.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The DuckDB driver's copy of its native library in java.io.tmpdir (70 MB per run) is unlinked once
 * loaded, and copies that killed runs left are removed, but never one a live process has open.
 */
class NativeLibraryFilesTest {
  private static final Path TMP = Path.of(System.getProperty("java.io.tmpdir"));

  @Test
  void anOpenEngineLeavesNoCopyOfTheLibrary() throws IOException {
    assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "Linux only");
    try (var engine = new DuckDbEngineFactory().create(null, "1GB", 1)) {
      List<String> mapped =
          Files.readAllLines(Path.of("/proc/self/maps")).stream()
              .filter(line -> line.contains("libduckdb_java"))
              .toList();
      assertThat(mapped).isNotEmpty();
      for (String line : mapped) {
        String file = line.substring(line.indexOf('/')).replace(" (deleted)", "");
        if (Path.of(file).getParent().equals(TMP.toAbsolutePath().normalize())) {
          assertThat(line).as("the copy in java.io.tmpdir is unlinked").endsWith("(deleted)");
        }
      }
    }
  }

  @Test
  void copiesOfDeadRunsGoOpenOrFreshOnesStay() throws IOException {
    assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "Linux only");
    Path dead = Files.createTempFile(TMP, "libduckdb_java", ".so");
    Path open = Files.createTempFile(TMP, "libduckdb_java", ".so");
    Path fresh = Files.createTempFile(TMP, "libduckdb_java", ".so");
    FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
    Files.setLastModifiedTime(dead, old);
    Files.setLastModifiedTime(open, old);
    try (FileChannel writing = FileChannel.open(open, StandardOpenOption.WRITE)) {
      NativeLibraryFiles.sweep();
      assertThat(dead).doesNotExist();
      assertThat(open).as("being extracted by a live process").exists();
      assertThat(fresh).as("just extracted, about to be loaded").exists();
    } finally {
      Files.deleteIfExists(open);
      Files.deleteIfExists(fresh);
    }
  }
}
