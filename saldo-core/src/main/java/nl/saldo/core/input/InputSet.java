package nl.saldo.core.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import nl.saldo.core.SaldoException;
import nl.saldo.core.study.BundledStudies;
import nl.saldo.core.study.InputProfile;
import nl.saldo.core.study.StudySettings;

/**
 * Finds the input files of a run: the four microdata tables in the data directory, the area files
 * in the areas directory (METHOD.md §2). A table is {@code NAME.csv}, {@code NAME.parquet} or
 * {@code NAME.sav}; the file extension picks the reader. When the study file chooses an {@link
 * InputProfile}, the four microdata tables are the profile's, derived from the data directory.
 */
public record InputSet(List<InputFile> files) {
  public static final List<String> EXTENSIONS = List.of("csv", "parquet", "sav", "zsav");

  private static final List<InputTable> MICRODATA =
      List.of(InputTable.PERSONS, InputTable.RESIDENCES, InputTable.ADDRESSES, InputTable.INCOMES);

  /**
   * @param dataDir the microdata directory
   * @param areasDir the areas directory, or null for {@code dataDir/areas}
   */
  public static InputSet find(Path dataDir, Path areasDir, StudySettings settings) {
    requireDirectory(dataDir, "--data");
    Path areas = areasDir != null ? areasDir : dataDir.resolve("areas");
    if (areasDir != null) {
      requireDirectory(areasDir, "--areas");
    } else if (!Files.isDirectory(areas)) {
      throw SaldoException.invalidInput(
          "no areas: give --areas DIR with buurten.csv and gemeenten.csv (no "
              + areas
              + " either)");
    }
    List<InputFile> files = new ArrayList<>();
    for (InputTable table : MICRODATA) {
      files.add(
          settings.inputProfile() != null
              ? InputFile.derived(table, dataDir, settings.inputProfile())
              : new InputFile(table, single(dataDir, table.tableName()), null, null));
    }
    return withAreas(files, areas, settings);
  }

  /**
   * The four microdata tables under a file system URL ({@code hdfs://…}, {@code s3a://…}, {@code
   * file://…}), as CSV or Parquet, found with {@code exists} (the engine's file system); the area
   * files in the local areas directory, read on this machine as for a local run.
   *
   * @param exists whether a file under a URL exists ({@link
   *     nl.saldo.core.pipeline.EngineFactory#exists}: only engines that read URLs say)
   */
  public static InputSet find(
      String dataUrl, Path areasDir, StudySettings settings, Predicate<String> exists) {
    if (settings.inputProfile() != null) {
      InputProfile profile = settings.inputProfile().profile();
      throw SaldoException.invalidInput(
          "--data "
              + dataUrl
              + ": "
              + profile.derivedFrom()
              + " ("
              + profile.section()
              + ") are read from a local directory");
    }
    if (areasDir == null) {
      throw SaldoException.invalidInput(
          "--data "
              + dataUrl
              + ": give --areas DIR (buurten.csv and gemeenten.csv on this machine) with a --data"
              + " URL");
    }
    requireDirectory(areasDir, "--areas");
    String base = dataUrl.endsWith("/") ? dataUrl : dataUrl + "/";
    List<InputFile> files = new ArrayList<>();
    for (InputTable table : MICRODATA) {
      List<String> found =
          Stream.of("csv", "parquet")
              .map(ext -> base + table.tableName() + "." + ext)
              .filter(exists)
              .toList();
      if (found.size() != 1) {
        throw SaldoException.invalidInput(
            found.isEmpty()
                ? "missing table "
                    + table.tableName()
                    + ": expected "
                    + table.tableName()
                    + ".csv or "
                    + table.tableName()
                    + ".parquet in "
                    + dataUrl
                : "table " + table.tableName() + " is given twice in " + dataUrl + ": keep one");
      }
      files.add(InputFile.remote(table, found.get(0)));
    }
    return withAreas(files, areasDir, settings);
  }

  /**
   * True for a file system URL (a scheme of two or more letters, then {@code ://}), not a local
   * path (a Windows drive letter is one letter).
   */
  public static boolean isUrl(String location) {
    return location != null && location.matches("(?s)[A-Za-z][A-Za-z0-9+.-]+://.*");
  }

  private static InputSet withAreas(List<InputFile> files, Path areas, StudySettings settings) {
    files.add(new InputFile(InputTable.BUURTEN, single(areas, "buurten"), null, null));
    Path gemeenten = optional(areas, "gemeenten");
    if (gemeenten != null) {
      files.add(new InputFile(InputTable.GEMEENTEN, gemeenten, null, null));
    } else if (BundledStudies.exists(settings.name())) {
      files.add(
          new InputFile(
              InputTable.GEMEENTEN, null, null, "study " + settings.name() + ": gemeenten.csv"));
    } else {
      throw SaldoException.invalidInput(
          "missing table gemeenten: expected gemeenten.csv in "
              + areas
              + " (or a bundled study name)");
    }
    files.addAll(overlays(areas.resolve("overlays")));
    return new InputSet(List.copyOf(files));
  }

  public List<InputFile> of(InputTable table) {
    return files.stream().filter(file -> file.table() == table).toList();
  }

  private static List<InputFile> overlays(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(dir)) {
      List<InputFile> overlays = new ArrayList<>();
      for (Path file : entries.sorted().toList()) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
          overlays.add(new InputFile(InputTable.OVERLAYS, file, name.substring(0, dot), null));
        }
      }
      return overlays;
    } catch (IOException e) {
      throw new SaldoException(
          SaldoException.FAILED, "cannot list overlays in " + dir + ": " + e.getMessage(), e);
    }
  }

  private static Path single(Path dir, String table) {
    Path found = optional(dir, table);
    if (found == null) {
      throw SaldoException.invalidInput(
          "missing table "
              + table
              + ": expected "
              + table
              + ".csv or "
              + table
              + ".parquet in "
              + dir);
    }
    return found;
  }

  private static Path optional(Path dir, String table) {
    List<Path> found =
        EXTENSIONS.stream()
            .map(ext -> dir.resolve(table + "." + ext))
            .filter(Files::isRegularFile)
            .toList();
    if (found.size() > 1) {
      throw SaldoException.invalidInput(
          "table "
              + table
              + " is given twice in "
              + dir
              + " ("
              + found.stream().map(p -> p.getFileName().toString()).toList()
              + "): keep one");
    }
    return found.isEmpty() ? null : found.get(0);
  }

  private static void requireDirectory(Path dir, String option) {
    if (!Files.isDirectory(dir)) {
      throw SaldoException.invalidInput(option + " " + dir + ": no such directory");
    }
  }
}
