package nl.saldo.sav;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;

/**
 * Walks the rows of a {@link SavFile}. After {@link #next()} returns true, the accessors read the
 * current row. {@link #text} gives the value as it goes into a raw table: null when missing.
 */
public final class SavCursor {

  private static final double SYSTEM_MISSING = -Double.MAX_VALUE;

  private final CaseSource cases;
  private final byte[] slots;
  private final ByteBuffer view;
  private final Charset charset;
  private long rowNumber;

  SavCursor(CaseSource cases, SavDictionary dictionary) {
    this.cases = cases;
    this.slots = new byte[dictionary.slotCount() * 8];
    this.view = ByteBuffer.wrap(slots).order(dictionary.order());
    this.charset = dictionary.header().encoding();
  }

  public boolean next() throws IOException {
    if (!cases.next(slots)) {
      return false;
    }
    rowNumber++;
    return true;
  }

  /** 1-based number of the current row in the file. */
  public long rowNumber() {
    return rowNumber;
  }

  public double number(SavVariable variable) {
    return view.getDouble(variable.segments().get(0).firstSlot() * 8);
  }

  public boolean isSystemMissing(SavVariable variable) {
    return variable.isNumeric() && number(variable) == SYSTEM_MISSING;
  }

  /** System-missing, or one of the variable's user-missing values. */
  public boolean isMissing(SavVariable variable) {
    if (variable.isNumeric()) {
      double value = number(variable);
      return value == SYSTEM_MISSING || variable.missing().isMissing(value);
    }
    return !variable.missing().isEmpty() && variable.missing().isMissing(string(variable));
  }

  /** A string variable's value without its trailing spaces. */
  public String string(SavVariable variable) {
    if (variable.segments().size() == 1) {
      SavVariable.Segment segment = variable.segments().get(0);
      int from = segment.firstSlot() * 8;
      return new String(slots, from, trimmedLength(slots, from, segment.bytes()), charset);
    }
    byte[] joined = new byte[variable.segments().size() * 255];
    int length = 0;
    for (SavVariable.Segment segment : variable.segments()) {
      int bytes = Math.min(segment.bytes(), 255);
      System.arraycopy(slots, segment.firstSlot() * 8, joined, length, bytes);
      length += bytes;
    }
    length = Math.min(length, variable.width());
    return new String(joined, 0, trimmedLength(joined, 0, length), charset);
  }

  /** The value as raw-table text: null when missing or an empty string. */
  public String text(SavVariable variable) {
    if (isMissing(variable)) {
      return null;
    }
    if (variable.isNumeric()) {
      return SavValueText.of(variable, number(variable));
    }
    String value = string(variable);
    return value.isEmpty() ? null : value;
  }

  private static int trimmedLength(byte[] bytes, int from, int length) {
    int end = length;
    while (end > 0 && (bytes[from + end - 1] == ' ' || bytes[from + end - 1] == 0)) {
      end--;
    }
    return end;
  }
}
