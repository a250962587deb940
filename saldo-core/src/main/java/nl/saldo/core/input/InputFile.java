package nl.saldo.core.input;

import java.nio.file.Path;
import nl.saldo.core.study.InputProfile;

/**
 * One file to load: which table it holds, where it is, and for overlays the overlay's name (its
 * file name without extension). {@code bundledResource} names a table that is not one file on disk:
 * a bundled study's gemeenten.csv (read from the class path), or a table an {@link InputProfile}
 * derives from other files in the directory {@code path} ({@code profile} says which). {@code url}
 * is a file under a file system URL ({@code hdfs://…/persons.csv}), read by an engine that reads
 * such URLs (Spark); its {@code path} is null.
 */
public record InputFile(
    InputTable table,
    Path path,
    String overlay,
    String bundledResource,
    String url,
    InputProfile profile) {

  public InputFile(InputTable table, Path path, String overlay, String bundledResource) {
    this(table, path, overlay, bundledResource, null, null);
  }

  /** A file under a file system URL. */
  public static InputFile remote(InputTable table, String url) {
    return new InputFile(table, null, null, null, url, null);
  }

  /** A table the chosen input profile derives from the files in {@code dir}. */
  public static InputFile derived(InputTable table, Path dir, InputProfile.Choice choice) {
    return new InputFile(
        table, dir, null, choice.tableName(table.tableName()), null, choice.profile());
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

  /** True for a table that is not one of the user's files: bundled, or derived by a profile. */
  public boolean bundled() {
    return bundledResource != null;
  }

  /** True for a table an input profile derives ({@link #profile()} says which). */
  public boolean derived() {
    return profile != null;
  }

  /** True for a file under a file system URL (no local path). */
  public boolean remote() {
    return url != null;
  }

  /** Where a reader finds it: the URL, else the local path. */
  public String location() {
    return url != null ? url : path.toString();
  }
}
