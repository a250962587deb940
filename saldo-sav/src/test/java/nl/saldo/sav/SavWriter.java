package nl.saldo.sav;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Test helper: writes a UTF-8 system file with numeric and string (up to 255 bytes) variables,
 * uncompressed or bytecode-compressed, following the PSPP manual. Used to put generated CBS-layout
 * registers and the 10-million-row timing file on disk. The reader is checked against PSPP-made
 * fixtures; this writer's files were checked once by reading them with PSPP 1.6.2.
 */
final class SavWriter implements AutoCloseable {

  /** width 0 = numeric. */
  record Variable(String name, int width) {
    static Variable numeric(String name) {
      return new Variable(name, 0);
    }

    static Variable string(String name, int width) {
      return new Variable(name, width);
    }

    int slots() {
      return width == 0 ? 1 : (width + 7) / 8;
    }
  }

  private static final double BIAS = 100;
  private final OutputStream out;
  private final List<Variable> variables;
  private final boolean compressed;
  private final ByteBuffer buffer = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
  private final byte[] commands = new byte[8];
  private final byte[] literals = new byte[64];
  private int commandCount;
  private int literalCount;

  SavWriter(Path file, List<Variable> variables, boolean compressed) throws IOException {
    this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    this.variables = variables;
    this.compressed = compressed;
    writeDictionary();
  }

  /** One row: Double (null = system-missing) for numeric variables, String for string variables. */
  void row(Object... values) throws IOException {
    for (int v = 0; v < variables.size(); v++) {
      Variable variable = variables.get(v);
      if (variable.width() == 0) {
        number(values[v] == null ? -Double.MAX_VALUE : ((Number) values[v]).doubleValue());
      } else {
        string(values[v] == null ? "" : (String) values[v], variable.slots());
      }
    }
  }

  private void number(double value) throws IOException {
    if (!compressed) {
      out.write(le(value));
    } else if (value == -Double.MAX_VALUE) {
      command(255, null);
    } else if (value == Math.rint(value) && value >= 1 - BIAS && value <= 251 - BIAS) {
      command((int) (value + BIAS), null);
    } else {
      command(253, le(value));
    }
  }

  private void string(String value, int slots) throws IOException {
    byte[] padded = new byte[slots * 8];
    Arrays.fill(padded, (byte) ' ');
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(bytes, 0, padded, 0, Math.min(bytes.length, padded.length));
    for (int s = 0; s < slots; s++) {
      byte[] slot = Arrays.copyOfRange(padded, s * 8, s * 8 + 8);
      if (!compressed) {
        out.write(slot);
      } else if (Arrays.equals(slot, "        ".getBytes(StandardCharsets.US_ASCII))) {
        command(254, null);
      } else {
        command(253, slot);
      }
    }
  }

  private void command(int code, byte[] literal) throws IOException {
    commands[commandCount++] = (byte) code;
    if (literal != null) {
      System.arraycopy(literal, 0, literals, literalCount, 8);
      literalCount += 8;
    }
    if (commandCount == 8) {
      flushBlock();
    }
  }

  private void flushBlock() throws IOException {
    out.write(commands);
    out.write(literals, 0, literalCount);
    Arrays.fill(commands, (byte) 0);
    commandCount = 0;
    literalCount = 0;
  }

  private void writeDictionary() throws IOException {
    out.write(ascii("$FL2", 4));
    out.write(ascii("@(#) SPSS DATA FILE saldo test writer", 60));
    int slots = variables.stream().mapToInt(Variable::slots).sum();
    int32(2);
    int32(slots);
    int32(compressed ? 1 : 0);
    int32(0);
    int32(-1);
    out.write(le(BIAS));
    out.write(ascii("01 Jan 26", 9));
    out.write(ascii("00:00:00", 8));
    out.write(ascii("", 64));
    out.write(new byte[3]);
    StringBuilder longNames = new StringBuilder();
    int number = 0;
    for (Variable variable : variables) {
      String shortName = "V" + (++number);
      longNames
          .append(number == 1 ? "" : "\t")
          .append(shortName)
          .append('=')
          .append(variable.name());
      variableRecord(
          variable.width(),
          shortName,
          variable.width() == 0 ? (5 << 16) | (12 << 8) : (1 << 16) | (variable.width() << 8));
      for (int s = 1; s < variable.slots(); s++) {
        variableRecord(-1, "", 0);
      }
    }
    byte[] names = longNames.toString().getBytes(StandardCharsets.UTF_8);
    int32(7);
    int32(13);
    int32(1);
    int32(names.length);
    out.write(names);
    byte[] encoding = "UTF-8".getBytes(StandardCharsets.US_ASCII);
    int32(7);
    int32(20);
    int32(1);
    int32(encoding.length);
    out.write(encoding);
    int32(999);
    int32(0);
  }

  private void variableRecord(int type, String name, int format) throws IOException {
    int32(2);
    int32(type);
    int32(0);
    int32(0);
    int32(format);
    int32(format);
    out.write(ascii(name.toUpperCase(), 8));
  }

  private void int32(int value) throws IOException {
    out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array());
  }

  private byte[] le(double value) {
    buffer.putDouble(0, value);
    return buffer.array().clone();
  }

  private static byte[] ascii(String text, int length) {
    byte[] bytes = new byte[length];
    Arrays.fill(bytes, (byte) ' ');
    byte[] source = text.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(source, 0, bytes, 0, Math.min(source.length, length));
    return bytes;
  }

  @Override
  public void close() throws IOException {
    if (compressed && commandCount > 0) {
      flushBlock();
    }
    out.close();
  }
}
