package nl.saldo.core.input;

import java.nio.file.Path;

/**
 * One file to load: which table it holds, where it is, and for overlays the overlay's name (its
 * file name without extension). {@code bundledResource} names a table that is not one file on disk:
 * a bundled study's gemeenten.csv (read from the class path), or a table the cbs-ra profile derives
 * from CBS register files in the directory {@code path}.
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

  public boolean fromCbsRaProfile() {
    return bundledResource != null && bundledResource.startsWith(InputSet.CBS_RA);
  }
}
