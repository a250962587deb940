package nl.saldo.sav;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The data of a .zsav file (compression 2): consecutive ZLIB streams, {@code compressedLength}
 * bytes in all, inflated one after the other into the bytecode stream they compress.
 */
final class ZlibBlocksInputStream extends InputStream {

  private final InputStream raw;
  private long compressedLeft;
  private final byte[] input = new byte[1 << 16];
  private int inputEnd;
  private final Inflater inflater = new Inflater();
  private final byte[] single = new byte[1];

  ZlibBlocksInputStream(InputStream raw, long compressedLength) {
    this.raw = raw;
    this.compressedLeft = compressedLength;
  }

  @Override
  public int read() throws IOException {
    return read(single, 0, 1) < 0 ? -1 : Byte.toUnsignedInt(single[0]);
  }

  @Override
  public int read(byte[] into, int from, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (true) {
      if (inflater.finished() && !startNextBlock()) {
        return -1;
      }
      if (inflater.needsInput() && !refill()) {
        throw new EOFException("zlib data ends inside a compressed block");
      }
      try {
        int inflated = inflater.inflate(into, from, length);
        if (inflated > 0) {
          return inflated;
        }
      } catch (DataFormatException corrupt) {
        throw new IOException("corrupt zlib block: " + corrupt.getMessage(), corrupt);
      }
    }
  }

  /** After one ZLIB stream ends, the next begins with the bytes the inflater did not use. */
  private boolean startNextBlock() {
    int unused = inflater.getRemaining();
    inflater.reset();
    if (unused > 0) {
      inflater.setInput(input, inputEnd - unused, unused);
      return true;
    }
    return compressedLeft > 0;
  }

  private boolean refill() throws IOException {
    if (compressedLeft == 0) {
      return false;
    }
    int n = raw.read(input, 0, (int) Math.min(input.length, compressedLeft));
    if (n < 0) {
      return false;
    }
    compressedLeft -= n;
    inputEnd = n;
    inflater.setInput(input, 0, n);
    return true;
  }

  @Override
  public void close() throws IOException {
    inflater.end();
    raw.close();
  }
}
