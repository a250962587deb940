package nl.saldo.core;

import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path as a user types it on the command line or in a study file, parsed the same way on every
 * machine: drive letters ({@code G:\Bevolking\extract}), UNC shares ({@code
 * \\server\share\project}), backslashes and slashes alike as separators, spaces in names, and the
 * quote that cmd.exe leaves behind in {@code "C:\My data\"} (its argument rules read {@code \"} as
 * a literal quote, so Java receives {@code C:\My data"}). The parsed path becomes a {@link Path} of
 * this machine by {@link #toPath()}: on Windows with backslashes, elsewhere with slashes, where a
 * drive letter or a UNC share is refused with a message instead of becoming a file name with a
 * colon in it.
 *
 * @param kind what the path is anchored to
 * @param root the drive ({@code G:}) or the share ({@code \\server\share}); empty otherwise
 * @param names the names after the root, without empty names and {@code .}
 * @param text the text as given, for messages
 */
public record UserPath(Kind kind, String root, List<String> names, String text) {

  /** What a path is anchored to. */
  public enum Kind {
    /** {@code data\2018}: relative to the current directory. */
    RELATIVE,
    /** {@code \data} or {@code /data}: from the root (on Windows, of the current drive). */
    ROOTED,
    /** {@code G:\data}. */
    DRIVE_ABSOLUTE,
    /** {@code G:data}: relative to drive G's current directory, refused as a likely typo. */
    DRIVE_RELATIVE,
    /** {@code \\server\share\data}. */
    UNC
  }

  /** The two ways a machine writes paths. */
  public enum Platform {
    WINDOWS,
    POSIX;

    /** The platform of this machine's default file system. */
    public static Platform current() {
      return FileSystems.getDefault().getSeparator().equals("\\") ? WINDOWS : POSIX;
    }
  }

  private static final Pattern DRIVE = Pattern.compile("^([A-Za-z]):(.*)$", Pattern.DOTALL);
  private static final String WINDOWS_FORBIDDEN = "<>:\"|?*";

  public UserPath {
    names = List.copyOf(names);
  }

  /**
   * Parses {@code text}; never looks at the file system.
   *
   * @throws SaldoException (invalid input) for an empty path
   */
  public static UserPath parse(String text) {
    if (text == null) {
      throw SaldoException.invalidInput("a path is missing; expected a file or folder");
    }
    String s = text.strip();
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1).strip();
    } else if (s.endsWith("\"") && s.indexOf('"') == s.length() - 1) {
      // cmd.exe: "C:\My data\" arrives as C:\My data" (the \" is read as a literal quote)
      s = s.substring(0, s.length() - 1).strip() + "\\";
    }
    if (s.isEmpty()) {
      throw SaldoException.invalidInput(
          "path \"" + text + "\" is empty; expected a file or folder");
    }
    // \\?\C:\... and \\?\UNC\server\share\... are Windows' long-path spellings of the same paths
    if (s.startsWith("\\\\?\\") || s.startsWith("//?/")) {
      s = s.substring(4);
      if (s.regionMatches(true, 0, "UNC", 0, 3) && s.length() > 3 && isSeparator(s.charAt(3))) {
        s = "\\\\" + s.substring(4);
      }
    }
    if (s.length() >= 2 && isSeparator(s.charAt(0)) && isSeparator(s.charAt(1))) {
      List<String> parts = split(s.substring(2));
      if (parts.size() < 2) {
        throw SaldoException.invalidInput(
            "path \""
                + text
                + "\" names no share; expected a UNC path like \\\\server\\share\\folder");
      }
      String share = "\\\\" + parts.get(0) + "\\" + parts.get(1);
      return new UserPath(Kind.UNC, share, parts.subList(2, parts.size()), text);
    }
    Matcher drive = DRIVE.matcher(s);
    if (drive.matches()) {
      String root = drive.group(1).toUpperCase(Locale.ROOT) + ":";
      String rest = drive.group(2);
      Kind kind =
          !rest.isEmpty() && isSeparator(rest.charAt(0))
              ? Kind.DRIVE_ABSOLUTE
              : Kind.DRIVE_RELATIVE;
      if (rest.isEmpty()) {
        kind = Kind.DRIVE_ABSOLUTE; // "G:" alone: the drive itself
      }
      return new UserPath(kind, root, split(rest), text);
    }
    Kind kind = isSeparator(s.charAt(0)) ? Kind.ROOTED : Kind.RELATIVE;
    return new UserPath(kind, "", split(s), text);
  }

  /** {@link #parse} then {@link #toPath()}. */
  public static Path of(String text) {
    return parse(text).toPath();
  }

  /** This path on this machine. */
  public Path toPath() {
    String nativeText = toNative(Platform.current());
    try {
      return Path.of(nativeText);
    } catch (InvalidPathException e) {
      throw SaldoException.invalidInput(
          "path \"" + text + "\" is not a valid path here: " + e.getReason());
    }
  }

  /**
   * The path as {@code platform} writes it.
   *
   * @throws SaldoException (invalid input) for a drive letter or UNC share on a POSIX machine, a
   *     drive-relative path ({@code G:data}), or a name with a character Windows forbids
   */
  public String toNative(Platform platform) {
    if (kind == Kind.DRIVE_RELATIVE) {
      throw SaldoException.invalidInput(
          "path \""
              + text
              + "\" is relative to the current folder of drive "
              + root
              + ", which is rarely meant; expected "
              + root
              + "\\"
              + String.join("\\", names));
    }
    if (platform == Platform.POSIX && (kind == Kind.DRIVE_ABSOLUTE || kind == Kind.UNC)) {
      throw SaldoException.invalidInput(
          "path \""
              + text
              + "\" is a Windows path ("
              + (kind == Kind.UNC ? "share " : "drive ")
              + root
              + ") but this machine is not Windows; expected a path like /data/extract");
    }
    for (String name : names) {
      checkName(name, platform);
    }
    String separator = platform == Platform.WINDOWS ? "\\" : "/";
    String joined = String.join(separator, names);
    return switch (kind) {
      case RELATIVE -> joined.isEmpty() ? "." : joined;
      case ROOTED -> separator + joined;
      case DRIVE_ABSOLUTE, UNC -> root + "\\" + joined;
      case DRIVE_RELATIVE -> throw new IllegalStateException("refused above");
    };
  }

  private void checkName(String name, Platform platform) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean forbidden =
          c == 0 || (platform == Platform.WINDOWS && (c < 32 || WINDOWS_FORBIDDEN.indexOf(c) >= 0));
      if (forbidden) {
        throw SaldoException.invalidInput(
            "path \""
                + text
                + "\" has the character "
                + (c < 32 ? String.format("U+%04X", (int) c) : "'" + c + "'")
                + " in the name \""
                + name
                + "\", which "
                + (platform == Platform.WINDOWS ? "Windows does" : "file names do")
                + " not allow");
      }
    }
  }

  private static List<String> split(String s) {
    List<String> names = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || isSeparator(s.charAt(i))) {
        String name = s.substring(start, i);
        if (!name.isEmpty() && !name.equals(".")) {
          names.add(name);
        }
        start = i + 1;
      }
    }
    return names;
  }

  private static boolean isSeparator(char c) {
    return c == '\\' || c == '/';
  }
}
