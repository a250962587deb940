package nl.saldo.sav;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * Reads the primitive types of a system file (int32, int64, flt64, raw bytes) and counts the
 * offset.
 */
final class SavInput implements AutoCloseable {

  private final InputStream in;
  private final Path file;
  private final ByteBuffer scratch = ByteBuffer.allocate(8);
  private long offset;

  SavInput(InputStream in, Path file, long offset) {
    this.in = in;
    this.file = file;
    this.offset = offset;
  }

  void order(ByteOrder order) {
    scratch.order(order);
  }

  ByteOrder order() {
    return scratch.order();
  }

  long offset() {
    return offset;
  }

  Path file() {
    return file;
  }

  int int32() throws IOException {
    fill(4);
    return scratch.getInt(0);
  }

  long int64() throws IOException {
    fill(8);
    return scratch.getLong(0);
  }

  double flt64() throws IOException {
    fill(8);
    return scratch.getDouble(0);
  }

  byte[] bytes(int length) throws IOException {
    if (length < 0) {
      throw error("negative length " + length);
    }
    byte[] out = new byte[length];
    readFully(out, 0, length);
    return out;
  }

  /**
   * Reads exactly {@code length} bytes; returns false at a clean end of the stream (no byte read).
   */
  boolean readFullyOrEnd(byte[] into, int from, int length) throws IOException {
    int first = in.read(into, from, length);
    if (first < 0) {
      return false;
    }
    offset += first;
    if (first < length) {
      readFully(into, from + first, length - first);
    }
    return true;
  }

  void readFully(byte[] into, int from, int length) throws IOException {
    int done = 0;
    while (done < length) {
      int n = in.read(into, from + done, length - done);
      if (n < 0) {
        throw new EOFException(file + " at byte " + offset + ": file ends inside a record");
      }
      done += n;
      offset += n;
    }
  }

  void skip(long length) throws IOException {
    long left = length;
    while (left > 0) {
      long n = in.skip(left);
      if (n <= 0) {
        if (in.read() < 0) {
          throw new EOFException(file + " at byte " + offset + ": file ends inside a record");
        }
        n = 1;
      }
      left -= n;
      offset += n;
    }
  }

  SavFormatException error(String problem) {
    return new SavFormatException(file, offset, problem);
  }

  private void fill(int length) throws IOException {
    readFully(scratch.array(), 0, length);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
