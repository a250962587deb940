package nl.saldo.sav;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds a register file below the root folder by its path pattern ({@link CbsRaPath}: {@code \} or
 * {@code /} between folders, {@code *} and {@code ?} within a name, {@code **} any number of
 * folders, upper and lower case alike) and a version rule: {@code highest} takes, of all files that
 * match, the one whose numbers read left to right are highest (the newest extract year, then the
 * highest {@code V} version: {@code INHA2011TABV3.sav} before {@code INHA2011TABV2.sav}); any other
 * value is the exact file name to take.
 */
final class CbsRaFiles {

  static final String HIGHEST = "highest";
  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private static final int NAMES_SHOWN = 12;

  private final Path root;

  CbsRaFiles(Path root) {
    this.root = root;
  }

  Path root() {
    return root;
  }

  /** The file of {@code pattern} chosen by {@code version}; a message names what was found. */
  Path find(String setting, String pattern, String version) throws IOException {
    CbsRaPath path;
    try {
      path = CbsRaPath.parse(pattern);
    } catch (IllegalArgumentException invalid) {
      throw new CbsRaException("cbs_ra." + setting + ": " + invalid.getMessage());
    }
    List<Path> matches = matches(setting, path);
    String where = "cbs_ra." + setting + " '" + pattern + "' (below " + root + ")";
    if (matches.isEmpty()) {
      throw new CbsRaException(where + " matches no file; " + listing(path));
    }
    if (version == null || version.isBlank() || version.strip().equalsIgnoreCase(HIGHEST)) {
      return highest(where, matches);
    }
    List<String> versionNames = CbsRaPath.parse(version).names();
    String wanted = versionNames.get(versionNames.size() - 1);
    return matches.stream()
        .filter(file -> file.getFileName().toString().equalsIgnoreCase(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new CbsRaException(
                    where
                        + " has no file named '"
                        + wanted
                        + "' (its version setting); it matches "
                        + names(matches)));
  }

  private List<Path> matches(String setting, CbsRaPath path) throws IOException {
    Optional<Path> start = existingFolder(path, path.fixedPrefix());
    if (start.isEmpty()) {
      return List.of();
    }
    if (!path.hasPattern()) {
      return Files.isRegularFile(start.get()) ? List.of(start.get()) : List.of();
    }
    Pattern below = path.belowPrefix();
    int depth =
        path.names().contains("**")
            ? Integer.MAX_VALUE
            : path.names().size() - path.fixedPrefix().size();
    Path from = start.get();
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(
        from,
        java.util.EnumSet.noneOf(java.nio.file.FileVisitOption.class),
        depth,
        new java.nio.file.SimpleFileVisitor<>() {
          @Override
          public java.nio.file.FileVisitResult visitFile(
              Path file, java.nio.file.attribute.BasicFileAttributes attributes) {
            if (attributes.isRegularFile()
                && below.matcher(slashes(from.relativize(file))).matches()) {
              found.add(file);
            }
            return java.nio.file.FileVisitResult.CONTINUE;
          }

          /** A folder the project may not read (shared drives have them) is passed over. */
          @Override
          public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException failure) {
            return java.nio.file.FileVisitResult.CONTINUE;
          }
        });
    found.sort(null);
    return found;
  }

  /** The folder (or file) of the names, found upper and lower case alike as Windows does. */
  private Optional<Path> existingFolder(CbsRaPath path, List<String> names) throws IOException {
    Path current = path.resolve(root, List.of());
    for (String name : names) {
      Path exact = current.resolve(name);
      if (Files.exists(exact)) {
        current = exact;
        continue;
      }
      if (!Files.isDirectory(current)) {
        return Optional.empty();
      }
      try (Stream<Path> children = Files.list(current)) {
        Optional<Path> other =
            children
                .filter(child -> child.getFileName().toString().equalsIgnoreCase(name))
                .findFirst();
        if (other.isEmpty()) {
          return Optional.empty();
        }
        current = other.get();
      }
    }
    return Optional.of(current);
  }

  private Path highest(String where, List<Path> matches) {
    Comparator<Path> byNumbers = Comparator.comparing(file -> numbers(file), CbsRaFiles::compare);
    List<Path> sorted = new ArrayList<>(matches);
    sorted.sort(byNumbers.reversed());
    if (sorted.size() > 1 && compare(numbers(sorted.get(0)), numbers(sorted.get(1))) == 0) {
      throw new CbsRaException(
          where
              + " matches "
              + matches.size()
              + " files and no version number tells which is newest ("
              + names(matches)
              + "); name the file in its version setting or narrow the pattern");
    }
    return sorted.get(0);
  }

  /** The numbers in the file's path below the root, left to right. */
  private List<BigInteger> numbers(Path file) {
    Path relative = file.startsWith(root) ? root.relativize(file) : file;
    List<BigInteger> numbers = new ArrayList<>();
    Matcher matcher = NUMBER.matcher(slashes(relative));
    while (matcher.find()) {
      numbers.add(new BigInteger(matcher.group()));
    }
    return numbers;
  }

  private static int compare(List<BigInteger> a, List<BigInteger> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int order = a.get(i).compareTo(b.get(i));
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /** What the deepest existing folder of the pattern holds, for the error message. */
  private String listing(CbsRaPath path) throws IOException {
    List<String> prefix = path.fixedPrefix();
    for (int keep = prefix.size(); keep >= 0; keep--) {
      Optional<Path> folder = existingFolder(path, prefix.subList(0, keep));
      if (folder.isPresent() && Files.isDirectory(folder.get())) {
        try (Stream<Path> children = Files.list(folder.get())) {
          List<Path> all = children.sorted().toList();
          return "the folder "
              + folder.get()
              + " holds "
              + (all.isEmpty() ? "nothing" : names(all));
        }
      }
    }
    return "its folder does not exist";
  }

  private static String names(List<Path> files) {
    String shown =
        files.stream()
            .limit(NAMES_SHOWN)
            .map(file -> file.getFileName().toString())
            .collect(Collectors.joining(", "));
    return files.size() > NAMES_SHOWN ? shown + ", … (" + files.size() + " in all)" : shown;
  }

  private static String slashes(Path relative) {
    return relative.toString().replace('\\', '/');
  }
}
