package nl.saldo.report;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.Raster;
import java.awt.image.RenderedImage;
import java.awt.image.SampleModel;
import java.awt.image.WritableRaster;
import java.io.File;
import java.io.IOException;
import java.util.Vector;
import javax.imageio.ImageIO;

/**
 * A painted chart as ImageIO's PNG writer reads it, without a copy per row: the writer of Java 17
 * asks for every row with {@code getData(rect)}, which a BufferedImage answers with a new raster
 * filled pixel by pixel (most of the time of the charts). Here a row is a view of the image's own
 * raster; the writer reads the same samples, so the file is the same byte for byte.
 */
final class PngImage implements RenderedImage {
  private final BufferedImage image;

  private PngImage(BufferedImage image) {
    this.image = image;
  }

  /** Writes the image as PNG with ImageIO's writer and its default settings. */
  static void write(BufferedImage image, File file) throws IOException {
    if (!ImageIO.write(new PngImage(image), "png", file)) {
      throw new IOException("no PNG writer for " + file);
    }
  }

  @Override
  public Raster getData(Rectangle rect) {
    return image
        .getRaster()
        .createChild(rect.x, rect.y, rect.width, rect.height, rect.x, rect.y, null);
  }

  @Override
  public Raster getData() {
    return image.getData();
  }

  @Override
  public Raster getTile(int tileX, int tileY) {
    return image.getTile(tileX, tileY);
  }

  @Override
  public WritableRaster copyData(WritableRaster raster) {
    return image.copyData(raster);
  }

  @Override
  public Vector<RenderedImage> getSources() {
    return image.getSources();
  }

  @Override
  public Object getProperty(String name) {
    return image.getProperty(name);
  }

  @Override
  public String[] getPropertyNames() {
    return image.getPropertyNames();
  }

  @Override
  public ColorModel getColorModel() {
    return image.getColorModel();
  }

  @Override
  public SampleModel getSampleModel() {
    return image.getSampleModel();
  }

  @Override
  public int getWidth() {
    return image.getWidth();
  }

  @Override
  public int getHeight() {
    return image.getHeight();
  }

  @Override
  public int getMinX() {
    return image.getMinX();
  }

  @Override
  public int getMinY() {
    return image.getMinY();
  }

  @Override
  public int getNumXTiles() {
    return image.getNumXTiles();
  }

  @Override
  public int getNumYTiles() {
    return image.getNumYTiles();
  }

  @Override
  public int getMinTileX() {
    return image.getMinTileX();
  }

  @Override
  public int getMinTileY() {
    return image.getMinTileY();
  }

  @Override
  public int getTileWidth() {
    return image.getTileWidth();
  }

  @Override
  public int getTileHeight() {
    return image.getTileHeight();
  }

  @Override
  public int getTileGridXOffset() {
    return image.getTileGridXOffset();
  }

  @Override
  public int getTileGridYOffset() {
    return image.getTileGridYOffset();
  }
}
