package nl.saldo.core.input;

import java.nio.file.Path;

/**
 * One file to load: which table it holds, where it is, and for overlays the overlay's name (its
 * file name without extension). {@code bundledResource} names a table that is not one file on disk:
 * a bundled study's gemeenten.csv (read from the class path), or a table the cbs-ra profile derives
 * from CBS register files in the directory {@code path}. {@code url} is a file under a file system
 * URL ({@code hdfs://…/persons.csv}), read by an engine that reads such URLs (Spark); its {@code
 * path} is null.
 */
public record InputFile(
    InputTable table, Path path, String overlay, String bundledResource, String url) {

  public InputFile(InputTable table, Path path, String overlay, String bundledResource) {
    this(table, path, overlay, bundledResource, null);
  }

  public String format() {
    String name = displayName().toLowerCase(java.util.Locale.ROOT);
    return name.substring(name.lastIndexOf('.') + 1);
  }

  public String displayName() {
    if (bundledResource != null) {
      return bundledResource;
    }
    return url != null ? url.substring(url.lastIndexOf('/') + 1) : path.getFileName().toString();
  }

  public boolean bundled() {
    return bundledResource != null;
  }

  /** True for a file under a file system URL (no local path). */
  public boolean remote() {
    return url != null;
  }

  /** Where a reader finds it: the URL, else the local path. */
  public String location() {
    return url != null ? url : path.toString();
  }

  public boolean fromCbsRaProfile() {
    return bundledResource != null && bundledResource.startsWith(InputSet.CBS_RA);
  }
}
