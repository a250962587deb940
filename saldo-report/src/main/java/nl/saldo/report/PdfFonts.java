package nl.saldo.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.File;
import java.util.List;

/**
 * The font report.pdf embeds: DejaVu Sans (Linux), Arial (Windows) or Liberation Sans, found on the
 * machine; without one the PDF's built-in Helvetica, with the few characters it lacks replaced.
 */
record PdfFonts(File regular, File bold) {
  private static final List<String[]> CANDIDATES =
      List.of(
          new String[] {
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
          },
          new String[] {"C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"},
          new String[] {
            "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"
          });

  static PdfFonts find() {
    for (String[] candidate : CANDIDATES) {
      File regular = new File(candidate[0]);
      File bold = new File(candidate[1]);
      if (regular.isFile() && bold.isFile()) {
        return new PdfFonts(regular, bold);
      }
    }
    return none();
  }

  static PdfFonts none() {
    return new PdfFonts(null, null);
  }

  String family() {
    return regular == null ? "sans-serif" : "saldo, sans-serif";
  }

  void register(PdfRendererBuilder builder) {
    if (regular != null) {
      builder.useFont(regular, "saldo", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
      builder.useFont(bold, "saldo", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
    }
  }

  /** The text as the font can show it (Helvetica has no minus sign, arrow or ≥). */
  String safe(String text) {
    if (regular != null) {
      return text.replace("DejaVu Sans, Arial, sans-serif", "saldo, sans-serif");
    }
    return text.replace('−', '-').replace("→", "->").replace("≥", ">=").replace("≤", "<=");
  }
}
