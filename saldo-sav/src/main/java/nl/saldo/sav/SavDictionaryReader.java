package nl.saldo.sav;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a system file from its first byte up to and including the dictionary termination record
 * (type 999), following the PSPP manual's "System File Format" chapter.
 */
final class SavDictionaryReader {

  private final SavInput in;
  private final List<RawVariableRecord> records = new ArrayList<>();
  private final Map<Integer, List<RawValueLabel>> labelsByRecord = new HashMap<>();
  private final SavExtensions extensions = new SavExtensions();

  private SavDictionaryReader(SavInput in) {
    this.in = in;
  }

  static SavDictionary read(SavInput in) throws IOException {
    return new SavDictionaryReader(in).read();
  }

  private SavDictionary read() throws IOException {
    String magic = new String(in.bytes(4), StandardCharsets.US_ASCII);
    if (!magic.equals("$FL2") && !magic.equals("$FL3")) {
      throw in.error(
          "not an SPSS system file (starts with '" + magic + "', expected $FL2 or $FL3)");
    }
    byte[] product = in.bytes(60);
    detectByteOrder();
    in.int32(); // nominal case size: unreliable, the variable records decide
    int compression = in.int32();
    in.int32(); // weight index
    long rowCount = in.int32();
    double bias = in.flt64();
    in.bytes(17); // creation date and time
    byte[] fileLabel = in.bytes(64);
    in.bytes(3);
    readRecords();
    return SavVariables.build(
        in.file(),
        records,
        labelsByRecord,
        extensions,
        in.order(),
        new String(product, StandardCharsets.US_ASCII).replace("@(#) SPSS DATA FILE", "").trim(),
        compressionName(compression),
        extensions.rowCount64 >= 0 ? extensions.rowCount64 : rowCount,
        fileLabel,
        bias);
  }

  private void detectByteOrder() throws IOException {
    in.order(ByteOrder.LITTLE_ENDIAN);
    int layout = in.int32();
    if (layout != 2 && layout != 3) {
      ByteOrder big = ByteOrder.BIG_ENDIAN;
      int swapped = Integer.reverseBytes(layout);
      if (swapped != 2 && swapped != 3) {
        throw in.error("layout code " + layout + " is neither 2 nor 3 in either byte order");
      }
      in.order(big);
    }
  }

  private String compressionName(int code) throws SavFormatException {
    return switch (code) {
      case 0 -> "none";
      case 1 -> "bytecode";
      case 2 -> "zlib";
      default -> throw in.error("unknown compression code " + code + " (expected 0, 1 or 2)");
    };
  }

  private void readRecords() throws IOException {
    while (true) {
      int type = in.int32();
      switch (type) {
        case 2 -> records.add(readVariableRecord());
        case 3 -> readValueLabels();
        case 6 -> in.skip(80L * in.int32());
        case 7 -> readExtension();
        case 999 -> {
          in.int32();
          return;
        }
        default -> throw in.error("unknown record type " + type);
      }
    }
  }

  private RawVariableRecord readVariableRecord() throws IOException {
    int type = in.int32();
    boolean hasLabel = in.int32() == 1;
    int missingCount = in.int32();
    int print = in.int32();
    in.int32(); // write format
    byte[] name = in.bytes(8);
    byte[] label = new byte[0];
    if (hasLabel) {
      int length = in.int32();
      label = in.bytes(length);
      in.skip((4 - length % 4) % 4);
    }
    int count = Math.abs(missingCount);
    double[] numbers = new double[count];
    byte[][] strings = new byte[count][];
    for (int i = 0; i < count; i++) {
      byte[] raw = in.bytes(8);
      strings[i] = raw;
      numbers[i] = ByteBuffer.wrap(raw).order(in.order()).getDouble();
    }
    return new RawVariableRecord(type, name, label, missingCount, numbers, strings, print);
  }

  private void readValueLabels() throws IOException {
    int count = in.int32();
    List<RawValueLabel> labels = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      byte[] value = in.bytes(8);
      int length = Byte.toUnsignedInt(in.bytes(1)[0]);
      labels.add(new RawValueLabel(value, in.bytes(length)));
      in.skip((8 - (length + 1) % 8) % 8);
    }
    if (in.int32() != 4) {
      throw in.error("value labels record (type 3) is not followed by a variables record (type 4)");
    }
    int variables = in.int32();
    for (int i = 0; i < variables; i++) {
      int recordIndex = in.int32() - 1;
      labelsByRecord.computeIfAbsent(recordIndex, k -> new ArrayList<>()).addAll(labels);
    }
  }

  private void readExtension() throws IOException {
    int subtype = in.int32();
    int size = in.int32();
    int count = in.int32();
    long length = (long) size * count;
    if (length < 0 || length > Integer.MAX_VALUE) {
      throw in.error("extension record " + subtype + " has impossible length " + length);
    }
    extensions.accept(subtype, in.bytes((int) length), in.order());
  }
}
