package nl.saldo.sav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Windows paths as Remote Access users write them, parsed the same on Linux. */
class CbsRaPathTest {

  @Test
  void aDriveLetterWithBackslashesAndSpaces() {
    CbsRaPath path =
        CbsRaPath.parse(
            "g:\\InkomenBestedingen\\INTEGRAAL HUISHOUDENS INKOMEN\\2010\\HUISHBVRINK2010TABV3.sav");
    assertThat(path.root()).isEqualTo("G:");
    assertThat(path.absolute()).isTrue();
    assertThat(path.names())
        .containsExactly(
            "InkomenBestedingen",
            "INTEGRAAL HUISHOUDENS INKOMEN",
            "2010",
            "HUISHBVRINK2010TABV3.sav");
    assertThat(path.toString())
        .isEqualTo(
            "G:\\InkomenBestedingen\\INTEGRAAL HUISHOUDENS INKOMEN\\2010\\HUISHBVRINK2010TABV3.sav");
  }

  @Test
  void forwardSlashesAndMixedAndRepeatedSeparators() {
    assertThat(CbsRaPath.parse("G:/Bevolking/GBAPERSOONTAB/2022/GBAPERSOON2022TABV2.sav").names())
        .containsExactly("Bevolking", "GBAPERSOONTAB", "2022", "GBAPERSOON2022TABV2.sav");
    assertThat(CbsRaPath.parse("Bevolking\\\\GBAADRESOBJECTBUS//x.sav").names())
        .containsExactly("Bevolking", "GBAADRESOBJECTBUS", "x.sav");
    assertThat(CbsRaPath.parse("G:\\").names()).isEmpty();
    assertThat(CbsRaPath.parse("G:").root()).isEqualTo("G:");
  }

  @Test
  void relativeRootedAndNetworkPaths() {
    CbsRaPath relative = CbsRaPath.parse("Bevolking\\GBAPERSOONTAB\\**\\GBAPERSOON*TAB*.sav");
    assertThat(relative.absolute()).isFalse();
    assertThat(relative.fixedPrefix()).containsExactly("Bevolking", "GBAPERSOONTAB");
    assertThat(relative.hasPattern()).isTrue();
    assertThat(CbsRaPath.parse("\\tmp\\x.sav").root()).isEqualTo("/");
    CbsRaPath share = CbsRaPath.parse("\\\\cbsp.nl\\Productie\\Secundair\\MPOnderzoek\\x.sav");
    assertThat(share.root()).isEqualTo("\\\\cbsp.nl\\Productie");
    assertThat(share.names()).containsExactly("Secundair", "MPOnderzoek", "x.sav");
    assertThatThrownBy(() -> CbsRaPath.parse("\\\\server"))
        .hasMessageContaining("network share without a share name");
    assertThatThrownBy(() -> CbsRaPath.parse("  ")).hasMessage("an empty path");
  }

  @Test
  void globsStayWithinANameAndDoubleStarCrossesFolders() {
    CbsRaPath path = CbsRaPath.parse("INHATAB\\**\\INHA2011TAB*.sav");
    assertThat(path.belowPrefix().matcher("INHA2011TABV3.sav").matches()).isTrue();
    assertThat(path.belowPrefix().matcher("2011/inha2011tabv3.SAV").matches()).isTrue();
    assertThat(path.belowPrefix().matcher("INHA2012TABV3.sav").matches()).isFalse();
    CbsRaPath oneLevel = CbsRaPath.parse("GBAPERSOONTAB\\*\\GBAPERSOON*.sav");
    assertThat(oneLevel.belowPrefix().matcher("2018/GBAPERSOON2018TABV1.sav").matches()).isTrue();
    assertThat(oneLevel.belowPrefix().matcher("GBAPERSOON2018TABV1.sav").matches()).isFalse();
    assertThat(oneLevel.belowPrefix().matcher("2018/old/GBAPERSOON2018TABV1.sav").matches())
        .isFalse();
  }

  @Test
  void resolvesRelativePathsUnderTheBaseAndRefusesAMissingDrive(@TempDir Path dir) {
    assertThat(CbsRaPath.parse("a b\\c.sav").resolve(dir)).isEqualTo(dir.resolve("a b/c.sav"));
    assertThatThrownBy(() -> CbsRaPath.parse("Q:\\Bevolking").resolve(dir))
        .hasMessageContaining("starts at Q:, which this machine does not have");
  }

  @Test
  void choosesTheHighestVersionOrTheNamedFile(@TempDir Path dir) throws Exception {
    Path inhatab = Files.createDirectories(dir.resolve("InkomenBestedingen/INHATAB"));
    for (String name :
        List.of(
            "INHA2011TABV2.sav", "INHA2011TABV3.sav", "INHA2011TABV10.sav", "INHA2012TABV1.sav")) {
      Files.writeString(inhatab.resolve(name), "");
    }
    Files.createDirectories(inhatab.resolve("geconverteerde data"));
    Files.writeString(inhatab.resolve("geconverteerde data/INHA2011TABV3.csv"), "");
    CbsRaFiles files = new CbsRaFiles(dir);
    String pattern = "inkomenbestedingen\\INHATAB\\**\\INHA2011TAB*.sav";
    assertThat(files.find("incomes.household_file", pattern, "highest").getFileName().toString())
        .isEqualTo("INHA2011TABV10.sav");
    assertThat(
            files
                .find("incomes.household_file", pattern, "inha2011tabv2.sav")
                .getFileName()
                .toString())
        .isEqualTo("INHA2011TABV2.sav");
    assertThatThrownBy(() -> files.find("incomes.household_file", pattern, "INHA2011TABV4.sav"))
        .hasMessageEndingWith(
            "has no file named 'INHA2011TABV4.sav' (its version setting); it matches "
                + "INHA2011TABV10.sav, INHA2011TABV2.sav, INHA2011TABV3.sav");
  }

  @Test
  void theNewestExtractYearWinsBeforeTheVersion(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("GBAPERSOONTAB/2017"));
    Files.createDirectories(dir.resolve("GBAPERSOONTAB/2018"));
    Files.writeString(dir.resolve("GBAPERSOONTAB/2017/GBAPERSOON2017TABV3.sav"), "");
    Files.writeString(dir.resolve("GBAPERSOONTAB/2018/GBAPERSOON2018TABV1.sav"), "");
    Files.writeString(dir.resolve("KOPPELPERSOONHUISHOUDEN2019.sav"), "");
    Files.writeString(dir.resolve("KOPPELPERSOONHUISHOUDEN2019V2.sav"), "");
    Files.writeString(dir.resolve("a.sav"), "");
    Files.writeString(dir.resolve("b.sav"), "");
    CbsRaFiles files = new CbsRaFiles(dir);
    assertThat(files.find("persons.file", "GBAPERSOONTAB\\**\\*.sav", "highest"))
        .isEqualTo(dir.resolve("GBAPERSOONTAB/2018/GBAPERSOON2018TABV1.sav"));
    assertThat(files.find("x", "KOPPELPERSOONHUISHOUDEN2019*.sav", "highest").getFileName())
        .hasToString("KOPPELPERSOONHUISHOUDEN2019V2.sav");
    assertThatThrownBy(() -> files.find("x", "?.sav", "highest"))
        .hasMessageContaining(
            "matches 2 files and no version number tells which is newest (a.sav, b.sav)");
  }
}
