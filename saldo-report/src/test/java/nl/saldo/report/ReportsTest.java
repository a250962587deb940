package nl.saldo.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports.write and `saldo report --run DIR` on a directory holding only the three CSVs and the
 * manifest.
 */
class ReportsTest {
  @TempDir Path dir;

  @Test
  void writesEveryOutputFromTheTablesAlone() throws IOException {
    Path run = RunDirs.copyOfSmall(dir.resolve("run"));
    List<Path> written = Reports.write(run, ReportOptions.defaults());
    assertThat(written)
        .contains(
            run.resolve("report.html"),
            run.resolve("report.xlsx"),
            run.resolve("charts/a_population_area_type.svg"),
            run.resolve("charts/a_population_area_type.png"));
    assertThat(written).allSatisfy(path -> assertThat(path).isRegularFile());
  }

  @Test
  void theHtmlIsSelfContained() throws IOException {
    Path run = RunDirs.copyOfSmall(dir.resolve("run"));
    Reports.write(run, new ReportOptions("nl", null, false));
    String html = Files.readString(run.resolve("report.html"));
    assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//").doesNotContain("<link ");
    assertThat(html)
        .contains("echarts")
        .contains("window.SALDO = {")
        .contains("<html lang=\"nl\">");
    assertThat(html)
        .contains("Er waren in totaal")
        .doesNotContain("UNSAFE_UNROUNDED")
        .doesNotContain("id=\"unsafe\"");
  }

  @Test
  void englishReportUsesEnglishNumbers() throws IOException {
    Path run = RunDirs.copyOfSmall(dir.resolve("run"));
    Reports.write(run, new ReportOptions("en", null, false));
    assertThat(Files.readString(run.resolve("report.html")))
        .contains("<html lang=\"en\">")
        .contains("more out-movers than in-movers")
        .doesNotContain("meer vertrekkers");
  }

  @Test
  void anUnsafeRunCarriesALoudBanner() throws IOException {
    Path run = RunDirs.copyOfSmall(dir.resolve("run"));
    Files.writeString(run.resolve(RunTables.UNSAFE_MARKER), "counts are not rounded");
    Reports.write(run, new ReportOptions("nl", null, false));
    assertThat(Files.readString(run.resolve("report.html")))
        .contains(
            "<p class=\"banner\" id=\"unsafe\">ONVEILIG: DEZE RUN BEVAT NIET-AFGERONDE AANTALLEN");
  }

  @Test
  void theMapUsesTheBoundaryFileTheStudyNames() throws IOException {
    Path run = RunDirs.copyOfSmall(dir.resolve("run"));
    Files.writeString(
        run.resolve("gemeenten.geojson"),
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
            + "\"properties\":{\"statcode\":\"GM0014\",\"statnaam\":\"Groningen\"},"
            + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[6.5,53.2],[6.6,53.2],[6.6,53.3],[6.5,53.2]]]}}]}");
    RunTablesTest.replaceInFile(
        run.resolve("manifest.json"),
        "\"boundaries\": null",
        "\"boundaries\": \"gemeenten.geojson\"");
    RunTables tables = RunTables.read(run);
    assertThat(MapLayer.boundaries(ReportOptions.defaults(), tables))
        .isEqualTo(run.resolve("gemeenten.geojson"));
    var map = ReportData.of(tables, ReportOptions.defaults()).path("map");
    assertThat(map.path("kind").asText()).isEqualTo("polygons");
    assertThat(map.path("missing").toString())
        .contains("Appingedam (GM0003)")
        .doesNotContain("GM0014");
  }

  @Test
  void withoutBoundariesTheMapDrawsTheBundledMunicipalitiesOf2018() {
    var map = ReportData.of(RunTables.read(RunDirs.small()), ReportOptions.defaults()).path("map");
    assertThat(map.path("kind").asText()).isEqualTo("polygons");
    assertThat(map.path("features").path("features").size()).isEqualTo(380);
    assertThat(map.path("source").asText()).contains("CBS/PDOK", "CC BY 4.0");
    assertThat(map.path("missing").size()).isZero();
    // the municipal layers are drawn from their municipalities (members.csv of the run)
    assertThat(map.path("members").path("area_type").path("GM0003").asText()).isEqualTo("krimp");
    assertThat(map.path("members").path("study").size()).isEqualTo(8);
  }

  @Test
  void municipalitiesWithoutA2018BoundaryAreDotsAtTheirCentreOrListed() {
    var map =
        MapLayer.of(
            new java.util.LinkedHashMap<>(java.util.Map.of("GM9999", "Nergenshuizen")), null);
    assertThat(map.path("kind").asText()).isEqualTo("dots");
    assertThat(map.path("missing").toString()).contains("Nergenshuizen (GM9999)");
  }

  @Test
  void aMalformedTableStopsWithAClearMessage() throws IOException {
    Path run = RunDirs.copyOfSmall(dir.resolve("run"));
    RunTablesTest.replaceInFile(
        run.resolve("stocks.csv"),
        "gemeente,GM0003,Appingedam,lt101,930,",
        "gemeente,GM0003,Appingedam,lt101,9x30,");
    assertThatThrownBy(() -> Reports.write(run, ReportOptions.defaults()))
        .isInstanceOf(ReportException.class)
        .hasMessage("stocks.csv row 2: column pop_start is '9x30', expected a whole number");
    assertThat(run.resolve("report.html")).doesNotExist();
  }
}
