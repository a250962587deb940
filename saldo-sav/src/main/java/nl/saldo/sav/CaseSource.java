package nl.saldo.sav;

import java.io.IOException;

/**
 * Delivers the cases of the data record one at a time, as 8-byte slots in the file's byte order.
 */
interface CaseSource extends AutoCloseable {

  /** Fills {@code slots} (slot count × 8 bytes) with the next case; false after the last case. */
  boolean next(byte[] slots) throws IOException;

  @Override
  void close() throws IOException;
}
