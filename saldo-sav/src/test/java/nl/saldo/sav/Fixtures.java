package nl.saldo.sav;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The committed PSPP-made fixtures under src/test/resources/nl/saldo/sav/fixtures. */
public final class Fixtures {

  private Fixtures() {}

  /** A copy of a fixture in {@code dir}; works from the test-jar too (saldo-cli's tests). */
  public static Path copy(String name, Path dir) {
    try (java.io.InputStream in = Fixtures.class.getResourceAsStream("fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      Path copy = dir.resolve(name);
      java.nio.file.Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return copy;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public static Path path(String name) {
    try {
      return Path.of(Fixtures.class.getResource("fixtures/" + name).toURI());
    } catch (URISyntaxException | NullPointerException missing) {
      throw new IllegalArgumentException("no fixture " + name, missing);
    }
  }
}
