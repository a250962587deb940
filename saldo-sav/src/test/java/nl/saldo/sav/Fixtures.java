package nl.saldo.sav;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The committed PSPP-made fixtures under src/test/resources/nl/saldo/sav/fixtures. */
public final class Fixtures {

  private Fixtures() {}

  public static Path path(String name) {
    try {
      return Path.of(Fixtures.class.getResource("fixtures/" + name).toURI());
    } catch (URISyntaxException | NullPointerException missing) {
      throw new IllegalArgumentException("no fixture " + name, missing);
    }
  }
}
