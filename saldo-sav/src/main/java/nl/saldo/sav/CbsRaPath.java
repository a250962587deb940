package nl.saldo.sav;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A path as a Remote Access user writes it, read the same on Windows and Linux: {@code \} and
 * {@code /} both separate folders, a drive letter ({@code G:}) or a UNC share ({@code
 * \\server\share}) makes it absolute, spaces belong to the names. The names may be glob patterns
 * ({@code *}, {@code ?}, {@code {year}} already replaced; {@code **} any number of folders).
 *
 * @param root the drive ({@code G:}), the UNC share ({@code \\server\share}), {@code /} for a path
 *     from the file system root, or empty for a relative path
 * @param names the folder and file names after the root, never empty strings
 */
record CbsRaPath(String root, List<String> names) {

  private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:");

  CbsRaPath {
    names = List.copyOf(names);
  }

  /** Splits {@code text} on {@code \} and {@code /}; repeated separators count as one. */
  static CbsRaPath parse(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("an empty path");
    }
    String root = "";
    String rest = trimmed;
    if (trimmed.length() >= 2 && DRIVE.matcher(trimmed.substring(0, 2)).matches()) {
      root = trimmed.substring(0, 2).toUpperCase(Locale.ROOT);
      rest = trimmed.substring(2);
    } else if (trimmed.startsWith("\\\\") || trimmed.startsWith("//")) {
      List<String> share = split(trimmed.substring(2));
      if (share.size() < 2) {
        throw new IllegalArgumentException(
            "'" + text + "' names a network share without a share name (\\\\server\\share\\...)");
      }
      root = "\\\\" + share.get(0) + "\\" + share.get(1);
      return new CbsRaPath(root, share.subList(2, share.size()));
    } else if (trimmed.startsWith("\\") || trimmed.startsWith("/")) {
      root = "/";
    }
    return new CbsRaPath(root, split(rest));
  }

  private static List<String> split(String text) {
    List<String> names = new ArrayList<>();
    for (String name : text.split("[\\\\/]+")) {
      if (!name.isEmpty() && !name.equals(".")) {
        names.add(name);
      }
    }
    return names;
  }

  boolean absolute() {
    return !root.isEmpty();
  }

  /** True when a name holds a glob character. */
  boolean hasPattern() {
    return names.stream().anyMatch(CbsRaPath::isPattern);
  }

  static boolean isPattern(String name) {
    return name.contains("*") || name.contains("?");
  }

  /** The leading names without glob characters (the folder to search from). */
  List<String> fixedPrefix() {
    List<String> fixed = new ArrayList<>();
    for (String name : names) {
      if (isPattern(name)) {
        break;
      }
      fixed.add(name);
    }
    return fixed;
  }

  /**
   * This path as a {@link Path}: relative ones under {@code base}; absolute ones from their drive
   * or share, which must exist on this machine (a drive letter on Linux is refused with a message).
   */
  Path resolve(Path base, List<String> namesToUse) {
    Path start;
    if (root.isEmpty()) {
      start = base;
    } else if (root.equals("/")) {
      start = FileSystems.getDefault().getRootDirectories().iterator().next();
    } else {
      start = rootDirectory();
    }
    for (String name : namesToUse) {
      start = start.resolve(name);
    }
    return start;
  }

  Path resolve(Path base) {
    return resolve(base, names);
  }

  private Path rootDirectory() {
    String wanted = root + "\\";
    for (Path directory : FileSystems.getDefault().getRootDirectories()) {
      if (directory.toString().equalsIgnoreCase(wanted)) {
        return directory;
      }
    }
    if (root.startsWith("\\\\") && FileSystems.getDefault().getSeparator().equals("\\")) {
      return Path.of(wanted);
    }
    throw new IllegalArgumentException(
        "'"
            + this
            + "' starts at "
            + root
            + ", which this machine does not have (its roots are "
            + FileSystems.getDefault().getRootDirectories()
            + "); give the path relative to cbs_ra.root or --data");
  }

  /**
   * A regular expression for the path below {@code fixedPrefix()}, with {@code /} between names:
   * {@code *} and {@code ?} stay within a name, {@code **} matches any number of folders; upper and
   * lower case alike.
   */
  Pattern belowPrefix() {
    List<String> rest = names.subList(fixedPrefix().size(), names.size());
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < rest.size(); i++) {
      String name = rest.get(i);
      boolean last = i == rest.size() - 1;
      if (name.equals("**")) {
        regex.append("(?:[^/]+/)*");
        continue;
      }
      regex.append(globToRegex(name));
      if (!last) {
        regex.append('/');
      }
    }
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  static String globToRegex(String glob) {
    StringBuilder regex = new StringBuilder();
    for (char c : glob.toCharArray()) {
      switch (c) {
        case '*' -> regex.append("[^/]*");
        case '?' -> regex.append("[^/]");
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return regex.toString();
  }

  @Override
  public String toString() {
    String joined = String.join("\\", names);
    if (root.isEmpty()) {
      return joined;
    }
    return (root.equals("/") ? "\\" : root + "\\") + joined;
  }
}
