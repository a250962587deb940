package nl.saldo.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** charts/*.svg and charts/*.png of sections a–f for the top layers, for pasting into documents. */
final class ChartFiles {
  static final String DIRECTORY = "charts";

  private ChartFiles() {}

  static List<Path> write(RunTables tables, ReportOptions options, Path directory) {
    System.setProperty("java.awt.headless", "true");
    Texts texts = Texts.of(options.lang());
    ChartPainter painter = new ChartPainter(texts);
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(directory);
      for (ChartSpec spec : new ChartSpecs(tables, texts).all()) {
        SvgCanvas svg = new SvgCanvas(ChartPainter.WIDTH, ChartPainter.HEIGHT);
        painter.paint(spec, svg);
        Path svgFile = directory.resolve(spec.file() + ".svg");
        Files.writeString(svgFile, svg.document(), StandardCharsets.UTF_8);
        written.add(svgFile);
        PngCanvas png = new PngCanvas(ChartPainter.WIDTH, ChartPainter.HEIGHT);
        painter.paint(spec, png);
        Path pngFile = directory.resolve(spec.file() + ".png");
        PngImage.write(png.image(), pngFile.toFile());
        written.add(pngFile);
      }
    } catch (IOException e) {
      throw new ReportException("cannot write charts to " + directory + ": " + e.getMessage(), e);
    }
    return written;
  }
}
