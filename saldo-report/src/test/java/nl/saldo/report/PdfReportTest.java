package nl.saldo.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.pdf of run-small, read back with PDFBox: A4 pages, each with its number ("Pagina 3 van
 * 14") and the source line, every section's title, the key findings with the study's names, every
 * unit's profile, the disclosure note, the synthetic banner when the data are synthetic.
 */
class PdfReportTest {
  @TempDir Path dir;

  @Test
  void dutchPdfHasEverySectionAndNumberedA4Pages() throws IOException {
    Path run = RunDirs.copyOfSmall(dir.resolve("run"));
    Path pdf =
        PdfReport.write(
            RunTables.read(run, "nl"), ReportOptions.defaults(), run.resolve("report.pdf"));
    Texts texts = Texts.of("nl");
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      int pages = document.getNumberOfPages();
      assertThat(pages).isGreaterThan(8);
      for (PDPage page : document.getPages()) {
        assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(1));
        assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(1));
      }
      for (int p = 1; p <= pages; p++) {
        String page = text(document, p, p);
        assertThat(page).as("page %d", p).contains("Pagina " + p + " van " + pages);
        assertThat(page).as("page %d", p).contains("Bron: saldo");
        assertThat(page)
            .as("page %d", p)
            .contains("Elk aantal is apart afgerond op een veelvoud van 10");
      }
      String all = text(document, 1, pages);
      for (String section :
          List.of(
              "findings.title",
              "section.a",
              "section.b",
              "section.c",
              "section.d",
              "section.e",
              "section.f",
              "section.g",
              "section.j",
              "section.k",
              "section.h",
              "section.i")) {
        assertThat(all).as(section).contains(texts.get(section));
      }
      // the study's names, in the findings and a profile per unit of area types and regions
      assertThat(all)
          .contains("Krimpgebieden", "Anticipeergebieden", "Provinciehoofdsteden")
          .contains("Overig Noord-Nederland", "Totaal Noord-Nederland")
          .contains("Er waren in totaal")
          .contains("Geheimhouding: alle aantallen zijn afzonderlijk afgerond op 10-tallen")
          .doesNotContain("anticipeer ")
          .doesNotContain("Synthetische gegevens");
      RunTables tables = RunTables.read(run, "nl");
      for (String layer : List.of("area_type", "region")) {
        for (String name : tables.units(layer).values()) {
          assertThat(count(all, name)).as(name).isGreaterThanOrEqualTo(3);
        }
      }
      // contents with page numbers and one bookmark per section
      assertThat(document.getDocumentCatalog().getDocumentOutline().children()).hasSize(12);
    }
  }

  @Test
  void syntheticDataCarryTheBannerOnEveryPageInEnglish() throws IOException {
    Path run = RunDirs.copyOfSmall(dir.resolve("run"));
    Files.writeString(run.resolve("SYNTHETIC.txt"), "fraction=0.2\n");
    Path pdf =
        PdfReport.write(
            RunTables.read(run, "en"),
            new ReportOptions("en", null, false),
            run.resolve("report.pdf"));
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      int pages = document.getNumberOfPages();
      for (int p = 1; p <= pages; p++) {
        String page = text(document, p, p);
        assertThat(page).as("page %d", p).contains("Synthetic data (scale 0.2)");
        assertThat(page).as("page %d", p).contains("Page " + p + " of " + pages);
      }
      assertThat(text(document, 1, pages))
          .contains("Key findings", "Shrinking regions", "more out-movers than in-movers");
    }
  }

  @Test
  void reportsWritesThePdfBesideTheHtml() {
    Path run = RunDirs.copyOfSmall(dir.resolve("run"));
    assertThat(Reports.write(run, new ReportOptions("nl", null, false)))
        .contains(
            run.resolve("report.html"), run.resolve("report.xlsx"), run.resolve("report.pdf"));
  }

  private static org.assertj.core.data.Offset<Float> within(float offset) {
    return org.assertj.core.data.Offset.offset(offset);
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  private static String text(PDDocument document, int from, int to) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(from);
    stripper.setEndPage(to);
    return stripper.getText(document).replace('\u00a0', ' ');
  }
}
