package nl.saldo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's own study names its units in the study file's {@code names:} section: the run writes
 * them to names.csv, and the terminal summary (in the language of --lang) and the reports use them
 * instead of the codes.
 */
class StudyNamesTest {
  private static final Path EXAMPLE = Path.of("..", "examples", "small");

  @TempDir Path dir;

  @Test
  void theStudyFilesNamesReachNamesCsvAndTheDutchSummary() throws IOException {
    Path study = dir.resolve("eigen.yaml");
    Files.writeString(
        study,
        "name: eigen-studie\n"
            + "names:\n"
            + "  area_type:\n"
            + "    krimp: {nl: Krimpzones, en: Shrinking zones, nl_in_text: de krimpzones}\n"
            + "    anticipeer: {nl: Anticipeerzones}\n"
            + "    provinciehoofdstad: {nl: Hoofdsteden, nl_in_text: de hoofdsteden}\n"
            + "    overig: {nl: Overig gebied, nl_in_text: het overige gebied}\n"
            + "  study:\n"
            + "    study: {nl: Heel het Noorden, nl_in_text: het Noorden}\n");
    Path run = dir.resolve("run");
    RunCommandTest.Result result =
        RunCommandTest.saldo(
            "run",
            "--study",
            study.toString(),
            "--data",
            EXAMPLE.resolve("data").toString(),
            "--areas",
            EXAMPLE.resolve("areas").toString(),
            "--out",
            run.toString(),
            "--lang",
            "nl");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(Files.readString(run.resolve("names.csv")))
        .contains("area_type,krimp,nl,Krimpzones,de krimpzones")
        .contains("area_type,krimp,en,Shrinking zones,Shrinking zones")
        .contains("area_type,anticipeer,en,Anticipeerzones,Anticipeerzones");
    assertThat(result.out())
        .contains("Heel het Noorden")
        .contains("Krimpzones", "Anticipeerzones", "Hoofdsteden", "Overig gebied")
        .contains("in de krimpzones")
        .contains("Uitvoer in")
        .contains("report.pdf")
        .doesNotContain("Components of the change", "largest component", "Outputs in");
    assertThat(result.out()).doesNotContainPattern("\\b(krimp|anticipeer|provinciehoofdstad)\\b");
    assertThat(Files.readString(run.resolve("report.html"))).contains("Krimpzones");
  }
}
