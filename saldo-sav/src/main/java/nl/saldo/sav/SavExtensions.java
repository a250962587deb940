package nl.saldo.sav;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The extension records (type 7) a reader needs: long variable names (13), very long string widths
 * (14), extended row count (16), character encoding (20) and the character code of the machine
 * integer info (3), long string value labels (21) and missing values (22). Others are skipped, as
 * the PSPP manual advises.
 */
final class SavExtensions {

  byte[] longNames;
  byte[] veryLongStrings;
  byte[] encodingName;
  int characterCode;
  long rowCount64 = -1;
  final List<byte[]> longStringLabels = new ArrayList<>();
  final List<byte[]> longStringMissing = new ArrayList<>();

  void accept(int subtype, byte[] data, ByteOrder order) {
    ByteBuffer buffer = ByteBuffer.wrap(data).order(order);
    switch (subtype) {
      case 3 -> characterCode = data.length >= 32 ? buffer.getInt(28) : 0;
      case 13 -> longNames = data;
      case 14 -> veryLongStrings = data;
      case 16 -> rowCount64 = data.length >= 16 ? buffer.getLong(8) : -1;
      case 20 -> encodingName = data;
      case 21 -> longStringLabels.add(data);
      case 22 -> longStringMissing.add(data);
      default -> {
        // not needed to read the data
      }
    }
  }

  /** The encoding record wins over the character code, as the PSPP manual observes. */
  Charset charset() {
    if (encodingName != null) {
      return Charset.forName(new String(encodingName, StandardCharsets.US_ASCII).trim());
    }
    return switch (characterCode) {
      case 65001 -> StandardCharsets.UTF_8;
      case 20127 -> StandardCharsets.US_ASCII;
      case 28591, 819 -> StandardCharsets.ISO_8859_1;
      case 0, 2, 3, 1252 -> Charset.forName("windows-1252");
      default -> Charset.forName("windows-" + characterCode);
    };
  }

  /** Short name (upper case) to long name. */
  Map<String, String> longNames(Charset charset) {
    Map<String, String> names = new HashMap<>();
    if (longNames != null) {
      for (String pair : new String(longNames, charset).split("\t")) {
        int equals = pair.indexOf('=');
        if (equals > 0) {
          names.put(
              pair.substring(0, equals).trim().toUpperCase(), pair.substring(equals + 1).trim());
        }
      }
    }
    return names;
  }

  /** Short name (upper case) of the first segment to the width of a very long string. */
  Map<String, Integer> veryLongStringWidths(Charset charset) {
    Map<String, Integer> widths = new LinkedHashMap<>();
    if (veryLongStrings != null) {
      for (String pair : new String(veryLongStrings, charset).split("[\\x00\\t]+")) {
        int equals = pair.indexOf('=');
        if (equals > 0) {
          String width = pair.substring(equals + 1).trim();
          widths.put(pair.substring(0, equals).trim().toUpperCase(), Integer.parseInt(width));
        }
      }
    }
    return widths;
  }

  /** Variable name (upper case) to value → label, from records of subtype 21. */
  Map<String, Map<String, String>> longStringValueLabels(Charset charset, ByteOrder order) {
    Map<String, Map<String, String>> labels = new HashMap<>();
    for (byte[] record : longStringLabels) {
      ByteBuffer buffer = ByteBuffer.wrap(record).order(order);
      while (buffer.remaining() >= 4) {
        String name = text(buffer, buffer.getInt(), charset).toUpperCase();
        buffer.getInt(); // width
        int count = buffer.getInt();
        Map<String, String> forVariable = labels.computeIfAbsent(name, k -> new LinkedHashMap<>());
        for (int i = 0; i < count; i++) {
          String value = stripTrailing(text(buffer, buffer.getInt(), charset));
          forVariable.put(value, text(buffer, buffer.getInt(), charset));
        }
      }
    }
    return labels;
  }

  /** Variable name (upper case) to its missing strings, from records of subtype 22. */
  Map<String, List<String>> longStringMissingValues(Charset charset, ByteOrder order) {
    Map<String, List<String>> missing = new HashMap<>();
    for (byte[] record : longStringMissing) {
      ByteBuffer buffer = ByteBuffer.wrap(record).order(order);
      while (buffer.remaining() >= 4) {
        String name = text(buffer, buffer.getInt(), charset).toUpperCase();
        int count = buffer.get();
        int length = buffer.getInt();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
          values.add(stripTrailing(text(buffer, length, charset)));
        }
        missing.put(name, values);
      }
    }
    return missing;
  }

  static String stripTrailing(String text) {
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\0')) {
      end--;
    }
    return text.substring(0, end);
  }

  private static String text(ByteBuffer buffer, int length, Charset charset) {
    byte[] bytes = new byte[length];
    buffer.get(bytes);
    return new String(bytes, charset);
  }
}
