package nl.saldo.report;

import java.util.Locale;

/** A Canvas that writes SVG 1.1 text. */
final class SvgCanvas implements Canvas {
  private final StringBuilder svg = new StringBuilder();
  private final int width;
  private final int height;

  SvgCanvas(int width, int height) {
    this.width = width;
    this.height = height;
    rect(0, 0, width, height, "#ffffff");
  }

  @Override
  public void rect(double x, double y, double w, double h, String fill) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>%n",
            x,
            y,
            w,
            h,
            fill));
  }

  @Override
  public void line(
      double x1, double y1, double x2, double y2, String stroke, double w, boolean dashed) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"%s/>%n",
            x1,
            y1,
            x2,
            y2,
            stroke,
            w,
            dashed ? " stroke-dasharray=\"5,4\"" : ""));
  }

  @Override
  public void circle(double x, double y, double radius, String fill) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>%n",
            x,
            y,
            radius,
            fill));
  }

  @Override
  public void text(
      double x, double y, String text, double size, Anchor anchor, boolean bold, String fill) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" text-anchor=\"%s\"%s fill=\"%s\">%s</text>%n",
            x,
            y,
            size,
            anchor.name().toLowerCase(Locale.ROOT),
            bold ? " font-weight=\"bold\"" : "",
            fill,
            HtmlReport.escape(text)));
  }

  @Override
  public void rotatedText(
      double x, double y, String text, double size, double degrees, Anchor anchor) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" text-anchor=\"%s\" transform=\"rotate(%.0f %.1f %.1f)\" fill=\"#333333\">%s</text>%n",
            x,
            y,
            size,
            anchor.name().toLowerCase(Locale.ROOT),
            degrees,
            x,
            y,
            HtmlReport.escape(text)));
  }

  String document() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + String.format(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"DejaVu Sans, Arial, sans-serif\">%n",
            width, height, width, height)
        + svg
        + "</svg>\n";
  }
}
