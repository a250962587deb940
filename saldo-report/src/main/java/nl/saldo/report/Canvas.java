package nl.saldo.report;

/** What a chart file is drawn on: an SVG document or a PNG image, with the same few primitives. */
interface Canvas {
  enum Anchor {
    START,
    MIDDLE,
    END
  }

  void rect(double x, double y, double width, double height, String fill);

  void line(
      double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed);

  void circle(double x, double y, double radius, String fill);

  void text(double x, double y, String text, double size, Anchor anchor, boolean bold, String fill);

  /**
   * Rotated text (an axis title, a crowded category label), rotated by the given degrees around (x,
   * y).
   */
  void rotatedText(double x, double y, String text, double size, double degrees, Anchor anchor);
}
