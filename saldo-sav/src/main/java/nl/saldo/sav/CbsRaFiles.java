package nl.saldo.sav;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds a register file in the data folder by its pattern: {@code *} any characters, {@code ?} one
 * character, upper and lower case alike (Windows folders), exactly one match.
 */
final class CbsRaFiles {

  private final Path dataDir;

  CbsRaFiles(Path dataDir) {
    this.dataDir = dataDir;
  }

  Path find(String setting, String pattern) throws IOException {
    Pattern regex =
        Pattern.compile(globToRegex(pattern), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    List<Path> matches;
    try (Stream<Path> files = Files.list(dataDir)) {
      matches =
          files
              .filter(Files::isRegularFile)
              .filter(file -> regex.matcher(file.getFileName().toString()).matches())
              .sorted()
              .toList();
    }
    if (matches.size() == 1) {
      return matches.get(0);
    }
    String problem =
        matches.isEmpty()
            ? "matches no file; the folder holds " + listing()
            : "matches "
                + matches.size()
                + " files ("
                + names(matches)
                + "); make the pattern match one";
    throw new CbsRaException(
        "cbs_ra." + setting + " '" + pattern + "' in " + dataDir + " " + problem);
  }

  private String listing() throws IOException {
    try (Stream<Path> files = Files.list(dataDir)) {
      List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
      return all.isEmpty() ? "no files" : names(all);
    }
  }

  private static String names(List<Path> files) {
    return files.stream()
        .map(file -> file.getFileName().toString())
        .collect(Collectors.joining(", "));
  }

  static String globToRegex(String glob) {
    StringBuilder regex = new StringBuilder();
    for (char c : glob.toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return regex.toString();
  }
}
