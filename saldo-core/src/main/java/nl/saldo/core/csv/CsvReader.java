package nl.saldo.core.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import nl.saldo.core.SaldoException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The one reader of saldo's small CSV files (area files' headers, a run's tables, synth's facts):
 * RFC 4180 by Apache Commons CSV, so quoted separators and newlines, CRLF and a UTF-8 byte-order
 * mark are read as they are meant. Faults are {@link SaldoException#INVALID_INPUT} naming the file
 * and line: a header with an empty or repeated column name, bad quoting, bytes that are not UTF-8.
 */
public final class CsvReader {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  /** How much of a file {@link #header} reads at most: the header row is in it. */
  private static final int HEADER_BYTES = 1 << 20;

  private CsvReader() {}

  /** A file's header and data rows; {@code number} of a row is its record number (header = 1). */
  public record Table(String source, List<String> header, List<Row> rows) {}

  /** One data row, as many values as the file has on it. */
  public record Row(long number, List<String> values) {}

  /** The header row alone (the file may be large); empty when the file is empty. */
  public static List<String> header(Path path, String displayName) {
    byte[] start;
    try (InputStream in = Files.newInputStream(path)) {
      start = in.readNBytes(HEADER_BYTES);
    } catch (IOException e) {
      throw SaldoException.invalidInput(displayName + ": cannot be read: " + e.getMessage());
    }
    int end = 0;
    while (end < start.length && start[end] != '\n') {
      end++;
    }
    String firstLine = decode(java.util.Arrays.copyOf(start, end), displayName);
    return parse(new StringReader(firstLine), displayName, true).header();
  }

  /** Every row of a small file; the header is checked as in {@link #header}. */
  public static Table read(Path path, String displayName) throws IOException {
    return parse(
        new StringReader(decode(Files.readAllBytes(path), displayName)), displayName, false);
  }

  /** UTF-8 text; a byte that is not UTF-8 is named with its line. */
  static String decode(byte[] bytes, String source) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      throw SaldoException.invalidInput(
          String.format(
              "%s line %d: byte 0x%02X is not UTF-8 text (save the file as UTF-8)",
              source, line, bytes[in.position()] & 0xFF));
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /** Every row of a small text, e.g. a resource; {@code source} names it in messages. */
  public static Table read(Reader reader, String source) {
    return parse(reader, source, false);
  }

  private static Table parse(Reader text, String source, boolean headerOnly) {
    Reader reader = withoutBom(text);
    try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
      Iterator<CSVRecord> records = parser.iterator();
      try {
        List<String> header = List.of();
        List<Row> rows = new ArrayList<>();
        while (records.hasNext()) {
          CSVRecord record = records.next();
          List<String> values = record.toList();
          if (header.isEmpty()) {
            if (!blank(values)) {
              header = checked(source, List.copyOf(values));
              if (headerOnly) {
                break;
              }
            }
          } else if (!blank(values)) {
            rows.add(new Row(record.getRecordNumber(), List.copyOf(values)));
          }
        }
        return new Table(source, header, List.copyOf(rows));
      } catch (UncheckedIOException e) {
        throw fault(source, parser.getCurrentLineNumber(), e.getCause());
      }
    } catch (IOException e) {
      throw fault(source, 1, e);
    }
  }

  private static SaldoException fault(String source, long line, IOException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    message = message.replaceFirst(" at line: \\d+, position: \\d+$", "");
    return SaldoException.invalidInput(source + " line " + line + ": not valid CSV: " + message);
  }

  /** The reader past a UTF-8 byte-order mark, if the text starts with one. */
  private static Reader withoutBom(Reader text) {
    java.io.PushbackReader reader = new java.io.PushbackReader(text, 1);
    try {
      int first = reader.read();
      if (first != -1 && first != '\uFEFF') {
        reader.unread(first);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return reader;
  }

  private static List<String> checked(String source, List<String> header) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip();
      if (name.isEmpty()) {
        throw SaldoException.invalidInput(
            source
                + " line 1: column "
                + (i + 1)
                + " of the header has no name"
                + (i == header.size() - 1 ? " (a comma at the end of the header?)" : ""));
      }
      if (!seen.add(name)) {
        throw SaldoException.invalidInput(
            source + " line 1: the header names column \"" + name + "\" twice");
      }
    }
    return header;
  }

  private static boolean blank(List<String> values) {
    return values.size() == 1 && values.get(0).isBlank();
  }
}
