package nl.saldo.cli.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The checks on the bundle's files: no audit file, and no path of this machine in any of them. */
record FileChecks(Path bundle, Set<String> localPaths, CheckLog log) {
  /** An absolute path in a data file: /dir/… or a drive letter. */
  private static final Pattern ABSOLUTE_PATH =
      Pattern.compile(
          "(^|[\\s\"'=,(])(/[A-Za-z0-9._-]+/[A-Za-z0-9._/-]*|[A-Za-z]:[\\\\/][^\\s\"']*)");

  void noAudit() throws IOException {
    List<String> failures = new ArrayList<>();
    long checked;
    try (Stream<Path> files = Files.walk(bundle)) {
      List<Path> all = files.toList();
      checked = all.size();
      for (Path file : all) {
        String relative = relative(file);
        if (relative.equals("audit")
            || relative.startsWith("audit/")
            || file.getFileName().toString().equals("accounting.json")
            || file.getFileName().toString().startsWith("UNSAFE")) {
          failures.add(relative + " must not leave the secure environment");
        }
      }
    }
    log.add("bundle", "no_audit", checked, failures);
  }

  /**
   * No absolute path: none of this machine's own (run directory, working directory, home, temp) in
   * any file, the xlsx's parts included; and in the data files (csv, json, md) none at all.
   */
  void noAbsolutePaths() throws IOException {
    List<String> failures = new ArrayList<>();
    long checked = 0;
    try (Stream<Path> files = Files.walk(bundle)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String relative = relative(file);
        checked++;
        boolean data = name.endsWith(".csv") || name.endsWith(".json") || name.endsWith(".md");
        for (String text : texts(file, name)) {
          for (String local : localPaths) {
            if (text.contains(local)) {
              failures.add(relative + " contains the local path " + local);
            }
          }
          if (data) {
            Matcher matcher = ABSOLUTE_PATH.matcher(text);
            if (matcher.find()) {
              failures.add(relative + " contains the absolute path " + matcher.group(2));
            }
          }
        }
      }
    }
    log.add("bundle", "no_absolute_paths", checked, failures);
  }

  private String relative(Path file) {
    return bundle.relativize(file).toString().replace('\\', '/');
  }

  /** The texts of a file a reader could find a path in; none for a picture. */
  private static List<String> texts(Path file, String name) throws IOException {
    if (name.endsWith(".xlsx")) {
      return zipTexts(file);
    } else if (name.endsWith(".pdf")) {
      return pdfTexts(file);
    } else if (name.endsWith(".png")) {
      return List.of();
    }
    return List.of(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** A PDF's words as a reader sees them, and its bytes (metadata, uncompressed parts). */
  private static List<String> pdfTexts(Path file) throws IOException {
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      return List.of(
          new PDFTextStripper().getText(document),
          new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
    }
  }

  private static List<String> zipTexts(Path file) throws IOException {
    List<String> texts = new ArrayList<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        if (entry.getName().endsWith(".xml")) {
          try (InputStream in = zip.getInputStream(entry)) {
            texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
    }
    return texts;
  }
}
