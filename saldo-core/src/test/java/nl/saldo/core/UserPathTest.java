package nl.saldo.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.saldo.core.UserPath.Kind;
import nl.saldo.core.UserPath.Platform;
import nl.saldo.core.study.StudyFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths as analysts type them on a Remote Access desktop, parsed on any machine (CI is Linux):
 * drive letters, backslashes, spaces, UNC shares, cmd.exe's stray quote.
 */
class UserPathTest {

  @Test
  void aDriveLetterWithBackslashesAndSpaces() {
    UserPath path = UserPath.parse("G:\\Bevolking\\extract 2018\\");
    assertThat(path.kind()).isEqualTo(Kind.DRIVE_ABSOLUTE);
    assertThat(path.root()).isEqualTo("G:");
    assertThat(path.names()).containsExactly("Bevolking", "extract 2018");
    assertThat(path.toNative(Platform.WINDOWS)).isEqualTo("G:\\Bevolking\\extract 2018");
  }

  @Test
  void aLowerCaseDriveWithSlashesIsTheSameDrive() {
    UserPath path = UserPath.parse("g:/Bevolking//extract 2018");
    assertThat(path.root()).isEqualTo("G:");
    assertThat(path.toNative(Platform.WINDOWS)).isEqualTo("G:\\Bevolking\\extract 2018");
  }

  @Test
  void theDriveAloneIsItsRoot() {
    assertThat(UserPath.parse("H:").toNative(Platform.WINDOWS)).isEqualTo("H:\\");
    assertThat(UserPath.parse("H:\\").toNative(Platform.WINDOWS)).isEqualTo("H:\\");
  }

  @Test
  void aUncShare() {
    UserPath path = UserPath.parse("\\\\cbsfs01\\project 9876\\saldo\\out");
    assertThat(path.kind()).isEqualTo(Kind.UNC);
    assertThat(path.root()).isEqualTo("\\\\cbsfs01\\project 9876");
    assertThat(path.names()).containsExactly("saldo", "out");
    assertThat(path.toNative(Platform.WINDOWS)).isEqualTo("\\\\cbsfs01\\project 9876\\saldo\\out");
  }

  @Test
  void aUncPathWithoutShareIsRefused() {
    assertThatThrownBy(() -> UserPath.parse("\\\\cbsfs01"))
        .isInstanceOf(SaldoException.class)
        .hasMessage(
            "path \"\\\\cbsfs01\" names no share; expected a UNC path like \\\\server\\share\\folder");
  }

  @Test
  void longPathSpellingsAreTheSamePaths() {
    assertThat(UserPath.parse("\\\\?\\D:\\very\\deep").toNative(Platform.WINDOWS))
        .isEqualTo("D:\\very\\deep");
    assertThat(UserPath.parse("\\\\?\\UNC\\srv\\share\\x").toNative(Platform.WINDOWS))
        .isEqualTo("\\\\srv\\share\\x");
  }

  @Test
  void cmdExeLeavesAQuoteAfterATrailingBackslash() {
    // saldo.cmd run --out "C:\My results\"  arrives in Java as  C:\My results"
    UserPath path = UserPath.parse("C:\\My results\"");
    assertThat(path.names()).containsExactly("My results");
    assertThat(path.toNative(Platform.WINDOWS)).isEqualTo("C:\\My results");
  }

  @Test
  void surroundingQuotesAsExplorersCopyAsPathGivesThem() {
    assertThat(UserPath.parse("\"C:\\My results\"").toNative(Platform.WINDOWS))
        .isEqualTo("C:\\My results");
    assertThat(UserPath.parse("  \"data\\2018\"  ").toNative(Platform.POSIX))
        .isEqualTo("data/2018");
  }

  @Test
  void relativePathsWithBackslashesWorkOnBothPlatforms() {
    UserPath path = UserPath.parse(".\\register files\\.\\2018\\");
    assertThat(path.kind()).isEqualTo(Kind.RELATIVE);
    assertThat(path.names()).containsExactly("register files", "2018");
    assertThat(path.toNative(Platform.WINDOWS)).isEqualTo("register files\\2018");
    assertThat(path.toNative(Platform.POSIX)).isEqualTo("register files/2018");
    assertThat(UserPath.parse("..\\areas").toNative(Platform.POSIX)).isEqualTo("../areas");
    assertThat(UserPath.parse(".").toNative(Platform.POSIX)).isEqualTo(".");
  }

  @Test
  void rootedPaths() {
    UserPath path = UserPath.parse("/data/saldo run");
    assertThat(path.kind()).isEqualTo(Kind.ROOTED);
    assertThat(path.toNative(Platform.POSIX)).isEqualTo("/data/saldo run");
    assertThat(path.toNative(Platform.WINDOWS)).isEqualTo("\\data\\saldo run");
  }

  @Test
  void aWindowsDriveOnAPosixMachineIsRefusedNotMadeAFileName() {
    assertThatThrownBy(() -> UserPath.parse("G:\\Bevolking").toNative(Platform.POSIX))
        .isInstanceOf(SaldoException.class)
        .hasMessage(
            "path \"G:\\Bevolking\" is a Windows path (drive G:) but this machine is not Windows;"
                + " expected a path like /data/extract")
        .extracting(e -> ((SaldoException) e).exitCode())
        .isEqualTo(SaldoException.INVALID_INPUT);
    assertThatThrownBy(() -> UserPath.parse("\\\\srv\\share").toNative(Platform.POSIX))
        .hasMessageContaining("is a Windows path (share \\\\srv\\share)");
  }

  @Test
  void aDriveRelativePathIsRefusedAsALikelyTypo() {
    assertThatThrownBy(() -> UserPath.parse("C:data\\x").toNative(Platform.WINDOWS))
        .isInstanceOf(SaldoException.class)
        .hasMessage(
            "path \"C:data\\x\" is relative to the current folder of drive C:, which is rarely"
                + " meant; expected C:\\data\\x");
  }

  @Test
  void charactersWindowsForbidsAreNamed() {
    assertThatThrownBy(() -> UserPath.parse("out\\run|1").toNative(Platform.WINDOWS))
        .isInstanceOf(SaldoException.class)
        .hasMessage(
            "path \"out\\run|1\" has the character '|' in the name \"run|1\", which Windows does"
                + " not allow");
    assertThat(UserPath.parse("out\\run|1").toNative(Platform.POSIX)).isEqualTo("out/run|1");
  }

  @Test
  void anEmptyPathIsRefused() {
    assertThatThrownBy(() -> UserPath.parse("  \"\" "))
        .isInstanceOf(SaldoException.class)
        .hasMessage("path \"  \"\" \" is empty; expected a file or folder");
  }

  @Test
  void toPathOnThisMachine() {
    assumeTrue(Platform.current() == Platform.POSIX);
    assertThat(UserPath.of("register files\\2018\\persons.csv"))
        .isEqualTo(Path.of("register files", "2018", "persons.csv"));
    assertThat(UserPath.parse("x").names()).isEqualTo(List.of("x"));
  }

  @Test
  void aStudyFileGivenWithBackslashesIsRead(@TempDir Path dir) throws IOException {
    assumeTrue(Platform.current() == Platform.POSIX);
    Path file = Files.writeString(dir.resolve("my study.yaml"), "name: backslashed\n");
    String windowsStyle = file.toAbsolutePath().toString().replace('/', '\\');
    assertThat(StudyFile.load(windowsStyle).name()).isEqualTo("backslashed");
  }

  @Test
  void aStudyFileOnAWindowsDriveSaysSoOnLinux() {
    assumeTrue(Platform.current() == Platform.POSIX);
    assertThatThrownBy(() -> StudyFile.load("H:\\saldo\\cbs-ra.yaml"))
        .isInstanceOf(SaldoException.class)
        .hasMessageContaining("is a Windows path (drive H:)");
  }
}
