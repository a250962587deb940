package nl.saldo.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ChartFilesTest {
  @TempDir Path dir;

  @Test
  void writesSvgAndPngOfSectionsAtoFForTheTopLayers() throws Exception {
    Path run = RunDirs.copyOfSmall(dir.resolve("run"));
    List<Path> files =
        ChartFiles.write(RunTables.read(run), ReportOptions.defaults(), run.resolve("charts"));
    assertThat(files.stream().map(p -> p.getFileName().toString()))
        .contains(
            "a_population_area_type.svg",
            "b_net_area_type.svg",
            "c_relative_area_type.svg",
            "d_scatter.svg",
            "e_od_rest_area_type.svg",
            "f_urbanity.svg",
            "a_population_region.png",
            "f_urbanity.png");
    assertThat(files).hasSize(2 * (2 * 4 + 2));
  }

  @Test
  void pngFilesAreTheBytesOfImageIoWritingTheImageItself() throws Exception {
    Path run = RunDirs.copyOfSmall(dir.resolve("run"));
    RunTables tables = RunTables.read(run);
    Texts texts = Texts.of("nl");
    ChartPainter painter = new ChartPainter(texts);
    for (ChartSpec spec : new ChartSpecs(tables, texts).all()) {
      PngCanvas png = new PngCanvas(ChartPainter.WIDTH, ChartPainter.HEIGHT);
      painter.paint(spec, png);
      BufferedImage image = png.image();
      Path viaView = dir.resolve(spec.file() + "-view.png");
      Path viaImage = dir.resolve(spec.file() + "-image.png");
      PngImage.write(image, viaView.toFile());
      ImageIO.write(image, "png", viaImage.toFile());
      assertThat(Files.readAllBytes(viaView))
          .as(spec.file())
          .isEqualTo(Files.readAllBytes(viaImage));
    }
  }

  @Test
  void populationChartHasOneStackedBarSegmentPerUnitYearAndGroup() throws Exception {
    Path run = RunDirs.copyOfSmall(dir.resolve("run"));
    ChartFiles.write(RunTables.read(run), ReportOptions.defaults(), run.resolve("charts"));
    Document svg =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(run.resolve("charts/a_population_area_type.svg").toFile());
    // background + 5 legend keys + 4 area types × 2 years × 5 groups
    assertThat(svg.getElementsByTagName("rect").getLength()).isEqualTo(1 + 5 + 4 * 2 * 5);
    assertThat(svg.getDocumentElement().getTextContent())
        .contains("Bevolkingsopbouw naar inkomenspositie", "Krimpgebieden", "400.000");
  }

  @Test
  void noLabelIsCutShortAndUrbanityClassesAreNamed() throws Exception {
    Path run = RunDirs.copyOfSmall(dir.resolve("run"));
    ChartFiles.write(
        RunTables.read(run, "en"), new ReportOptions("en", null, true), run.resolve("charts"));
    try (var files = Files.list(run.resolve("charts"))) {
      for (Path svg : files.filter(p -> p.toString().endsWith(".svg")).toList()) {
        assertThat(Files.readString(svg)).as(svg.getFileName().toString()).doesNotContain("…");
      }
    }
    assertThat(Files.readString(run.resolve("charts/e_od_rest_area_type.svg")))
        .contains("net from Rest of the Netherlands", "Shrinking regions");
    assertThat(Files.readString(run.resolve("charts/f_urbanity.svg")))
        .contains("3 moderately urbanised", "Shrinking regions")
        .doesNotContain("matig stedelijk");
  }

  @Test
  void pngIsAPicture() throws IOException {
    Path run = RunDirs.copyOfSmall(dir.resolve("run"));
    ChartFiles.write(
        RunTables.read(run), new ReportOptions("en", null, true), run.resolve("charts"));
    BufferedImage image = ImageIO.read(run.resolve("charts/d_scatter.png").toFile());
    assertThat(image.getWidth()).isEqualTo(2 * ChartPainter.WIDTH);
    long coloured = 0;
    for (int x = 0; x < image.getWidth(); x += 3) {
      for (int y = 0; y < image.getHeight(); y += 3) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        coloured += rgb == 0xffffff ? 0 : 1;
      }
    }
    assertThat(coloured).isGreaterThan(500);
    assertThat(Files.readString(run.resolve("charts/d_scatter.svg")))
        .contains("Areas compared", "Lower incomes, net % per year");
  }
}
