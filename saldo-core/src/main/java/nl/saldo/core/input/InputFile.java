package nl.saldo.core.input;

import java.nio.file.Path;

/**
 * One file to load: which table it holds, where it is, and for overlays the overlay's name (its
 * file name without extension). {@code bundled} marks a file shipped inside saldo (a bundled
 * study's gemeenten.csv), read from the class path rather than the disk.
 */
public record InputFile(InputTable table, Path path, String overlay, String bundledResource) {

  public String format() {
    String name = displayName().toLowerCase(java.util.Locale.ROOT);
    return name.substring(name.lastIndexOf('.') + 1);
  }

  public String displayName() {
    return bundledResource != null ? bundledResource : path.getFileName().toString();
  }

  public boolean bundled() {
    return bundledResource != null;
  }
}
