package nl.saldo.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Copies of the hand-made run directory (src/test/resources/run-small) to write reports into. */
final class RunDirs {
  static final List<String> TABLES =
      List.of(
          "stocks.csv",
          "migration.csv",
          "od.csv",
          "manifest.json",
          "components.csv",
          "segregation.csv");

  private RunDirs() {}

  static Path small() {
    try {
      return Path.of(RunDirs.class.getResource("/run-small/manifest.json").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A directory holding only the three CSVs and the manifest of run-small. */
  static Path copyOfSmall(Path target) {
    try {
      Files.createDirectories(target);
      for (String table : TABLES) {
        Files.copy(small().resolve(table), target.resolve(table));
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
