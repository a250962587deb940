package nl.saldo.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code saldo --version}: the version, the jar it runs from and that jar's SHA-256. */
class VersionTest {

  @Test
  void sha256IsTheHexOfTheFile(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("abc.txt"), "abc", StandardCharsets.US_ASCII);
    // FIPS 180-2's example for "abc"
    assertThat(Version.sha256(file))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void describeNamesTheVersionTheJarAndItsHash() throws IOException {
    String[] lines = Version.describe();
    assertThat(lines[0]).isEqualTo("saldo " + Version.get()).doesNotContain("unknown");
    assertThat(lines[lines.length - 1]).startsWith("java    " + System.getProperty("java.version"));
    Optional<Path> jar = Version.jar();
    if (jar.isPresent()) { // saldo-core packaged (mvn verify): the jar and its hash
      assertThat(lines)
          .containsSequence("jar     " + jar.get(), "sha256  " + Version.sha256(jar.get()));
    } else { // target/classes (mvn test)
      assertThat(lines[1]).isEqualTo("jar     (none: running from classes)");
    }
  }
}
