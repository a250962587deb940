package nl.saldo.sav;

import java.io.IOException;

/** Compression 0: every case is its slots, back to back. */
final class UncompressedCases implements CaseSource {

  private final SavInput in;

  UncompressedCases(SavInput in) {
    this.in = in;
  }

  @Override
  public boolean next(byte[] slots) throws IOException {
    return in.readFullyOrEnd(slots, 0, slots.length);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
