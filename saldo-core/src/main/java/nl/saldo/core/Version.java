package nl.saldo.core;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.ProtectionDomain;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/** saldo's version, from the build, and the jar it runs from. */
public final class Version {
  private Version() {}

  public static String get() {
    try (InputStream in = Version.class.getResourceAsStream("/nl/saldo/core/version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  /**
   * The jar file saldo runs from (the release jar), or empty when it runs from a folder of classes
   * (tests, an IDE).
   */
  public static Optional<Path> jar() {
    ProtectionDomain domain = Version.class.getProtectionDomain();
    if (domain.getCodeSource() == null || domain.getCodeSource().getLocation() == null) {
      return Optional.empty();
    }
    try {
      Path location = Path.of(domain.getCodeSource().getLocation().toURI());
      return Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** SHA-256 of a file as lower-case hex, the form of {@code sha256sum} and the .sha256 file. */
  public static String sha256(Path file) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /**
   * What {@code saldo --version} prints: the version, the jar and its SHA-256 (to compare with the
   * .sha256 file sent to CBS), and the Java that runs it.
   */
  public static String[] describe() {
    String java =
        "java    "
            + System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vendor")
            + ") on "
            + System.getProperty("os.name")
            + " "
            + System.getProperty("os.arch");
    Optional<Path> jar = jar();
    if (jar.isEmpty()) {
      return new String[] {"saldo " + get(), "jar     (none: running from classes)", java};
    }
    String hash;
    try {
      hash = sha256(jar.get());
    } catch (IOException e) {
      hash = "(cannot read the jar: " + e.getMessage() + ")";
    }
    return new String[] {"saldo " + get(), "jar     " + jar.get(), "sha256  " + hash, java};
  }
}
