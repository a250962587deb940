package nl.saldo.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/** A Canvas that paints a PNG image with Java2D (headless), at twice the size for sharp text. */
final class PngCanvas implements Canvas {
  private static final double SCALE = 2;
  private final BufferedImage image;
  private final Graphics2D g;

  PngCanvas(int width, int height) {
    image =
        new BufferedImage(
            (int) (width * SCALE), (int) (height * SCALE), BufferedImage.TYPE_INT_RGB);
    g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.scale(SCALE, SCALE);
    rect(0, 0, width, height, "#ffffff");
  }

  @Override
  public void rect(double x, double y, double w, double h, String fill) {
    g.setColor(Color.decode(fill));
    g.fill(new Rectangle2D.Double(x, y, w, h));
  }

  @Override
  public void line(
      double x1, double y1, double x2, double y2, String stroke, double w, boolean dashed) {
    g.setColor(Color.decode(stroke));
    g.setStroke(
        dashed
            ? new BasicStroke(
                (float) w,
                BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER,
                10f,
                new float[] {5f, 4f},
                0f)
            : new BasicStroke((float) w));
    g.draw(new Line2D.Double(x1, y1, x2, y2));
  }

  @Override
  public void circle(double x, double y, double radius, String fill) {
    g.setColor(Color.decode(fill));
    g.fill(new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius));
  }

  @Override
  public void text(
      double x, double y, String text, double size, Anchor anchor, boolean bold, String fill) {
    g.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size));
    g.setColor(Color.decode(fill));
    double width = g.getFontMetrics().getStringBounds(text, g).getWidth();
    double start =
        switch (anchor) {
          case START -> x;
          case MIDDLE -> x - width / 2;
          case END -> x - width;
        };
    g.drawString(text, (float) start, (float) y);
  }

  @Override
  public void rotatedText(
      double x, double y, String text, double size, double degrees, Anchor anchor) {
    AffineTransform saved = g.getTransform();
    g.rotate(Math.toRadians(degrees), x, y);
    text(x, y, text, size, anchor, false, "#333333");
    g.setTransform(saved);
  }

  BufferedImage image() {
    g.dispose();
    return image;
  }
}
