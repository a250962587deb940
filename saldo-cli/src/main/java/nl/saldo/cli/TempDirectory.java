package nl.saldo.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.saldo.core.SaldoException;
import picocli.CommandLine.ParseResult;

/**
 * {@code --temp-dir} for all of Java, not only the engine's spill files. On a Remote Access desktop
 * the system drive is often small, so POI's scratch files for the spreadsheet (it reads {@code
 * java.io.tmpdir} at each file) belong under {@code --temp-dir} too; this points the property there
 * and creates the folder, after parsing and before any command runs. Java itself fixes its
 * temporary folder for {@code Files.createTempFile(prefix, suffix)} when it starts, and that is
 * where DuckDB's driver unpacks its native library (41 MB on Windows): {@code saldo.cmd} therefore
 * starts Java with {@code -Djava.io.tmpdir=DIR} for {@code --temp-dir DIR}, and the folder it names
 * exists by the time the driver loads.
 */
final class TempDirectory {
  static final String OPTION = "--temp-dir";

  private TempDirectory() {}

  /** Points {@code java.io.tmpdir} at the {@code --temp-dir} of the matched command, if given. */
  static void apply(ParseResult parseResult) {
    for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
      if (result.hasMatchedOption(OPTION)) {
        Path dir = result.matchedOptionValue(OPTION, null);
        use(dir);
      }
    }
  }

  static void use(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new SaldoException(
          SaldoException.FAILED, "cannot create --temp-dir " + dir + ": " + e.getMessage(), e);
    }
    System.setProperty("java.io.tmpdir", dir.toAbsolutePath().toString());
  }
}
