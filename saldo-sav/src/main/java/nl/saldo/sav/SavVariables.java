package nl.saldo.sav;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the stored variable records into the variables a user sees: decodes names and labels in the
 * file's encoding, applies long names, joins the segments of very long strings, and attaches
 * missing values and value labels.
 */
final class SavVariables {

  private final Path file;
  private final List<RawVariableRecord> records;
  private final Map<Integer, List<RawValueLabel>> labelsByRecord;
  private final ByteOrder order;
  private final Charset charset;

  private SavVariables(
      Path file,
      List<RawVariableRecord> records,
      Map<Integer, List<RawValueLabel>> labelsByRecord,
      ByteOrder order,
      Charset charset) {
    this.file = file;
    this.records = records;
    this.labelsByRecord = labelsByRecord;
    this.order = order;
    this.charset = charset;
  }

  static SavDictionary build(
      Path file,
      List<RawVariableRecord> records,
      Map<Integer, List<RawValueLabel>> labelsByRecord,
      SavExtensions extensions,
      ByteOrder order,
      String product,
      String compression,
      long rowCount,
      byte[] fileLabel,
      double bias)
      throws SavFormatException {
    Charset charset;
    try {
      charset = extensions.charset();
    } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
      throw new SavFormatException(
          file, "unknown character encoding '" + unknown.getMessage() + "'");
    }
    SavVariables builder = new SavVariables(file, records, labelsByRecord, order, charset);
    List<SavVariable> variables = builder.variables(extensions);
    boolean[] numericSlots = new boolean[records.size()];
    for (int i = 0; i < records.size(); i++) {
      numericSlots[i] = records.get(i).type() == 0;
    }
    SavHeader header =
        new SavHeader(
            product,
            compression,
            rowCount,
            SavExtensions.stripTrailing(new String(fileLabel, charset)),
            charset);
    return new SavDictionary(header, variables, numericSlots, bias, order);
  }

  private List<SavVariable> variables(SavExtensions extensions) throws SavFormatException {
    Map<String, String> longNames = extensions.longNames(charset);
    Map<String, Integer> veryLongWidths = extensions.veryLongStringWidths(charset);
    Map<String, Map<String, String>> longLabels = extensions.longStringValueLabels(charset, order);
    Map<String, List<String>> longMissing = extensions.longStringMissingValues(charset, order);
    List<SavVariable> variables = new ArrayList<>();
    int i = 0;
    while (i < records.size()) {
      RawVariableRecord record = records.get(i);
      if (record.isContinuation()) {
        throw new SavFormatException(
            file, "variable record " + (i + 1) + " continues no string variable");
      }
      String shortName = text(record.shortName());
      String name = longNames.getOrDefault(shortName.toUpperCase(), shortName);
      Integer veryLongWidth = veryLongWidths.get(shortName.toUpperCase());
      int width = veryLongWidth != null ? veryLongWidth : record.type();
      List<SavVariable.Segment> segments = new ArrayList<>();
      int segmentCount = veryLongWidth == null ? 1 : (veryLongWidth + 251) / 252;
      int first = i;
      for (int s = 0; s < segmentCount; s++) {
        if (i >= records.size()) {
          throw new SavFormatException(
              file, "very long string " + name + " lacks segment " + (s + 1));
        }
        RawVariableRecord segment = records.get(i); // record i, continuations included, is slot i
        segments.add(new SavVariable.Segment(i, segment.type() == 0 ? 8 : segment.type()));
        i += segment.slots();
      }
      String key = name.toUpperCase();
      SavMissing missing =
          width == 0
              ? numericMissing(record)
              : longMissing.containsKey(key)
                  ? new SavMissing(List.of(), null, null, longMissing.get(key))
                  : stringMissing(record);
      Map<String, String> labels =
          longLabels.containsKey(key) ? longLabels.get(key) : valueLabels(first, width == 0);
      variables.add(
          new SavVariable(
              variables.size(),
              name,
              width,
              text(record.label()),
              format(record, veryLongWidth),
              missing,
              labels,
              List.copyOf(segments)));
    }
    return List.copyOf(variables);
  }

  /**
   * The stored format holds one byte of width, so a very long string's is {@code A<width>} anew.
   */
  private static SavFormat format(RawVariableRecord record, Integer veryLongWidth) {
    SavFormat stored = SavFormat.decode(record.printFormat());
    return veryLongWidth == null ? stored : new SavFormat(stored.type(), veryLongWidth, 0);
  }

  private SavMissing numericMissing(RawVariableRecord record) {
    double[] values = record.missingNumbers();
    if (record.missingCount() >= 0) {
      return new SavMissing(Arrays.stream(values).boxed().toList(), null, null, List.of());
    }
    List<Double> discrete = values.length > 2 ? List.of(values[2]) : List.of();
    return new SavMissing(discrete, values[0], values[1], List.of());
  }

  private SavMissing stringMissing(RawVariableRecord record) {
    List<String> values = new ArrayList<>();
    for (byte[] raw : record.missingStrings()) {
      values.add(text(raw));
    }
    return values.isEmpty() ? SavMissing.NONE : new SavMissing(List.of(), null, null, values);
  }

  private Map<String, String> valueLabels(int recordIndex, boolean numeric) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (RawValueLabel label : labelsByRecord.getOrDefault(recordIndex, List.of())) {
      String value =
          numeric
              ? SavValueText.number(ByteBuffer.wrap(label.value()).order(order).getDouble())
              : text(label.value());
      labels.put(value, text(label.label()));
    }
    return labels;
  }

  private String text(byte[] bytes) {
    return SavExtensions.stripTrailing(new String(bytes, charset));
  }
}
