package nl.saldo.core.study;

import java.io.InputStream;
import java.util.List;
import nl.saldo.core.SaldoException;

/**
 * Studies shipped inside saldo: a study.yaml and a gemeenten.csv per study, as class-path
 * resources.
 */
public final class BundledStudies {
  private static final List<String> NAMES = List.of("noord-nederland-2018");

  private BundledStudies() {}

  public static List<String> names() {
    return NAMES;
  }

  public static boolean exists(String name) {
    return NAMES.contains(name);
  }

  /**
   * Opens a file of a bundled study, e.g. {@code open("noord-nederland-2018", "gemeenten.csv")}.
   */
  public static InputStream open(String name, String file) {
    InputStream in =
        BundledStudies.class.getResourceAsStream("/nl/saldo/core/studies/" + name + "/" + file);
    if (in == null) {
      throw SaldoException.internal("bundled study " + name + " has no " + file, null);
    }
    return in;
  }
}
