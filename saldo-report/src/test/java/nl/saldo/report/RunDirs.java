package nl.saldo.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Copies of the hand-made run directory (src/test/resources/run-small) to write reports into. */
public final class RunDirs {
  static final List<String> TABLES =
      List.of(
          "stocks.csv",
          "migration.csv",
          "od.csv",
          "manifest.json",
          "components.csv",
          "segregation.csv",
          "names.csv",
          "members.csv");

  private RunDirs() {}

  public static Path small() {
    try {
      return Path.of(RunDirs.class.getResource("/run-small/manifest.json").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A directory holding only the three CSVs and the manifest of run-small. */
  public static Path copyOfSmall(Path target) {
    try {
      Files.createDirectories(target);
      for (String table : TABLES) {
        // streamed, so that this works from the test-jar as well (saldo-cli's tests)
        try (var in = RunDirs.class.getResourceAsStream("/run-small/" + table)) {
          Files.copy(in, target.resolve(table));
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
