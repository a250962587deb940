package nl.saldo.sav;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Compression 1 (and the inflated content of compression 2): blocks of 8 command bytes, each giving
 * one slot: 0 padding, 1–251 the number {@code code - bias}, 252 end of data, 253 the next 8
 * literal bytes, 254 eight spaces, 255 system-missing. Command blocks run across case borders.
 */
final class BytecodeCases implements CaseSource {

  private static final int END_OF_DATA = 252;
  private static final int LITERAL = 253;
  private static final int SPACES = 254;
  private static final int SYSTEM_MISSING = 255;

  private final SavInput in;
  private final boolean[] numericSlots;
  private final double bias;
  private final byte[] commands = new byte[8];
  private int nextCommand = 8;
  private boolean ended;
  private final ByteBuffer slotView;

  BytecodeCases(SavInput in, boolean[] numericSlots, double bias) {
    this.in = in;
    this.numericSlots = numericSlots;
    this.bias = bias;
    this.slotView = ByteBuffer.allocate(8).order(in.order());
  }

  @Override
  public boolean next(byte[] slots) throws IOException {
    for (int slot = 0; slot < numericSlots.length; slot++) {
      int code = nextCode();
      if (code < 0) {
        if (slot == 0) {
          return false;
        }
        throw in.error(
            "data end in the middle of a case (slot "
                + (slot + 1)
                + " of "
                + numericSlots.length
                + ")");
      }
      fill(slots, slot * 8, code, numericSlots[slot]);
    }
    return true;
  }

  /** The next command that stands for a slot; -1 at the end of the data. */
  private int nextCode() throws IOException {
    while (!ended) {
      if (nextCommand == 8) {
        if (!in.readFullyOrEnd(commands, 0, 8)) {
          ended = true;
          break;
        }
        nextCommand = 0;
      }
      int code = Byte.toUnsignedInt(commands[nextCommand++]);
      if (code == END_OF_DATA) {
        ended = true;
      } else if (code != 0) {
        return code;
      }
    }
    return -1;
  }

  private void fill(byte[] slots, int at, int code, boolean numeric) throws IOException {
    switch (code) {
      case LITERAL -> in.readFully(slots, at, 8);
      case SPACES -> Arrays.fill(slots, at, at + 8, (byte) ' ');
      case SYSTEM_MISSING -> putDouble(slots, at, -Double.MAX_VALUE);
      default -> {
        if (numeric) {
          putDouble(slots, at, code - bias);
        } else {
          Arrays.fill(slots, at, at + 8, (byte) ' ');
        }
      }
    }
  }

  private void putDouble(byte[] slots, int at, double value) {
    slotView.putDouble(0, value);
    System.arraycopy(slotView.array(), 0, slots, at, 8);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
