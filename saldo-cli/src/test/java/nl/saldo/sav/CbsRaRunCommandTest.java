package nl.saldo.sav;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.saldo.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code saldo run --study cbs-ra.yaml --data ROOT} on the CBS-layout test population in its Remote
 * Access folders: the run reads the highest version of each register and writes the profile's files
 * and checks into manifest.json.
 */
class CbsRaRunCommandTest {
  @TempDir Path dir;

  @Test
  void runsOnRegisterFoldersAndWritesTheChecksToTheManifest() throws Exception {
    Path root = Files.createDirectories(dir.resolve("G drive"));
    new CbsPopulation(20190601L, 300).writeCbs(root);
    Path areas = Files.createDirectories(dir.resolve("areas"));
    Files.writeString(
        areas.resolve("buurten.csv"),
        """
        buurt_code,gemeente_code,oad
        BU00140000,GM0014,2600
        BU00140101,GM0014,1700
        BU00800203,GM0080,1200
        BU01060105,GM0106,800
        BU03630000,GM0363,3000
        BU05990711,GM0599,2800
        """);
    Path study =
        Files.writeString(
            dir.resolve("cbs-ra.yaml"),
            """
            stock_years: [2011, 2013]
            move_window: {start: 2011-01-01, end: 2012-12-31}
            disclosure: {min_denominator: 10}
            cbs_ra:
              persons:
                origin_codes: {"6030": nl, "5022": non_western, "6014": western}
              incomes:
                years: [2011, 2012, 2013]
            """);
    Path out = dir.resolve("out");

    int exitCode =
        quietly(
            "run",
            "--study",
            study.toString(),
            "--data",
            root.toString(),
            "--areas",
            areas.toString(),
            "--out",
            out.toString(),
            "--repair",
            "unknown_address=drop_row");

    assertThat(exitCode).isZero();
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    assertThat(manifest.at("/source_files")).hasSize(9);
    assertThat(manifest.at("/source_files/3/file").asText()).isEqualTo("INHA2011TABV3.sav");
    assertThat(manifest.at("/source_files/8/file").asText())
        .isEqualTo("KOPPELPERSOONHUISHOUDEN2013V2.sav");
    assertThat(manifest.at("/study/cbs_ra/incomes/years").toString())
        .as("the study section writes the cbs_ra section back as written")
        .isEqualTo("[2011,2012,2013]");
    assertThat(manifest.at("/inputs").findValuesAsText("derived_from"))
        .as("the four microdata tables, then gemeenten (no file in the areas: the bundled one)")
        .containsExactly(
            "CBS register files",
            "CBS register files",
            "CBS register files",
            "CBS register files",
            "bundled with saldo");
    assertThat(manifest.at("/inputs").findValuesAsText("file"))
        .contains("cbs-ra profile: persons", "cbs-ra profile: incomes");
    JsonNode checks = manifest.at("/source_checks");
    assertThat(checks.get(0).get("check").asText()).isEqualTo("persons_without_address_spell");
    assertThat(checks.get(0).get("count").asLong())
        .as("3 persons, rounded like every count of the manifest (METHOD.md §7)")
        .isZero();
    JsonNode audit =
        new ObjectMapper().readTree(out.resolve("audit").resolve("accounting.json").toFile());
    assertThat(audit.at("/source_checks/0/count").asLong()).as("exact in the audit").isEqualTo(3);
    assertThat(checks.get(0).get("warning").asBoolean()).isFalse();
    assertThat(checks.findValuesAsText("check"))
        .contains("spells_without_buurt", "other_share", "population_type_counts");
  }

  private static int quietly(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    try {
      System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      return Main.execute(args);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }
}
