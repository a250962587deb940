package nl.saldo.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens report.html in Debian's headless Chromium (network blocked) through
 * src/test/browser/report-check.mjs: no console error or failed request, chart elements in every
 * section, a profile that follows the unit selector; screenshots go to target/browser-screenshots.
 * Chromium, node and playwright-core come from .ci/setup.d/browser.sh; under CI their absence
 * fails.
 */
class ReportBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path BROWSER_DIR = Path.of("src", "test", "browser");

  @TempDir Path dir;

  @Test
  void dutchReportWithTheBundledBoundariesRendersOffline() throws Exception {
    Path run = RunDirs.copyOfSmall(dir.resolve("nl"));
    Reports.write(run, new ReportOptions("nl", null, false));
    assertRenders(
        run.resolve("report.html"), Path.of("target", "browser-screenshots", "nl-bundled"));
  }

  @Test
  void englishReportWithRealBoundariesRendersOffline() throws Exception {
    assumeTrue(
        Files.exists(BoundariesTest.REAL_TOPOJSON), "shared/data is not beside the repository");
    Path run = RunDirs.copyOfSmall(dir.resolve("en"));
    Reports.write(run, new ReportOptions("en", BoundariesTest.REAL_TOPOJSON, false));
    assertRenders(
        run.resolve("report.html"), Path.of("target", "browser-screenshots", "en-polygons"));
  }

  /**
   * Printing report.html (Chromium's PDF, as a reader's Print): every unit's profile of the profile
   * section's layer with its sentences, not only the chosen unit; A4 pages with their number; no
   * chart wider than the page and no table cut in its scroll box (report-print.mjs).
   */
  @Test
  void printingTheHtmlPrintsEveryProfileOnNumberedA4Pages() throws Exception {
    requireBrowser();
    Path run = RunDirs.copyOfSmall(dir.resolve("print"));
    Reports.write(run, new ReportOptions("nl", null, false));
    Path pdf = Path.of("target", "browser-screenshots", "nl-print.pdf").toAbsolutePath();
    Files.createDirectories(pdf.getParent());
    Path log = Files.createTempFile("report-print", ".log");
    Process node =
        new ProcessBuilder(
                "node",
                "report-print.mjs",
                run.resolve("report.html").toAbsolutePath().toString(),
                pdf.toString())
            .directory(BROWSER_DIR.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!node.waitFor(120, TimeUnit.SECONDS)) {
      node.destroyForcibly();
      fail("report-print.mjs did not finish within 120 s: " + Files.readString(log));
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(node.exitValue()).as(output).isZero();
    assertThat(output).contains("\"problems\":[]");
    RunTables tables = RunTables.read(run, "nl");
    Profile profile = new Profile(tables, Texts.of("nl"));
    try (org.apache.pdfbox.pdmodel.PDDocument document =
        org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      int pages = document.getNumberOfPages();
      assertThat(pages).isGreaterThan(3);
      for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
        assertThat(page.getMediaBox().getWidth())
            .isCloseTo(
                org.apache.pdfbox.pdmodel.common.PDRectangle.A4.getWidth(),
                org.assertj.core.data.Offset.offset(2f));
      }
      String text =
          new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", "");
      assertThat(text).contains(("Pagina" + pages + "van" + pages));
      for (var unit : tables.units("area_type").entrySet()) {
        for (String paragraph :
            profile.paragraphs(
                "area_type", unit.getKey(), tables.inText("area_type", unit.getKey()))) {
          String start = paragraph.replaceAll("\\s+", "");
          assertThat(text)
              .as("profile of %s", unit.getValue())
              .contains(start.substring(0, Math.min(60, start.length())));
        }
      }
    }
  }

  private static void assertRenders(Path report, Path screenshots)
      throws IOException, InterruptedException {
    requireBrowser();
    Path log = Files.createTempFile("report-check", ".log");
    Process node =
        new ProcessBuilder(
                "node",
                "report-check.mjs",
                report.toAbsolutePath().toString(),
                screenshots.toAbsolutePath().toString(),
                String.join("|", names(report)))
            .directory(BROWSER_DIR.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!node.waitFor(120, TimeUnit.SECONDS)) {
      node.destroyForcibly();
      fail(
          "report-check.mjs did not finish within 120 s: "
              + Files.readString(log, StandardCharsets.UTF_8));
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(node.exitValue()).as(output).isZero();
    assertThat(output).contains("\"problems\":[]");
    assertThat(screenshots.resolve("section-h.png")).isRegularFile();
  }

  /** The study's names the report must show (from run-small's names.csv), per language. */
  private static java.util.List<String> names(Path report) throws IOException {
    boolean english =
        Files.readString(report, StandardCharsets.UTF_8).contains("<html lang=\"en\"");
    return english
        ? java.util.List.of(
            "Shrinking regions",
            "Provincial capitals",
            "Total North Netherlands",
            "in the shrinking regions",
            "Veenkoloniën")
        : java.util.List.of(
            "Krimpgebieden",
            "Anticipeergebieden",
            "Provinciehoofdsteden",
            "Overig Noord-Nederland",
            "Totaal Noord-Nederland",
            "in de krimpgebieden",
            "Veenkoloniën");
  }

  private static void requireBrowser() {
    boolean ready =
        Files.isExecutable(CHROMIUM)
            && onPath("node")
            && Files.isDirectory(BROWSER_DIR.resolve("node_modules").resolve("playwright-core"));
    if (!ready && System.getenv("CI") != null) {
      fail(
          "CI is set but the browser test cannot run: need /usr/bin/chromium, node and "
              + BROWSER_DIR.resolve("node_modules/playwright-core")
              + " (installed by .ci/setup.d/browser.sh)");
    }
    assumeTrue(ready, "chromium, node or playwright-core missing: run .ci/setup.d/browser.sh");
  }

  private static boolean onPath(String command) {
    for (String entry :
        System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(entry, command))) {
        return true;
      }
    }
    return false;
  }
}
