package nl.saldo.sav;

import java.util.List;
import java.util.Map;

/**
 * One variable of a system file as the user sees it: long name, numeric (width 0) or string of
 * {@code width} bytes, label, print format, user-missing values and value labels. {@code segments}
 * are the positions of its data in a case: one segment, or several for a very long string.
 */
public record SavVariable(
    int index,
    String name,
    int width,
    String label,
    SavFormat format,
    SavMissing missing,
    Map<String, String> valueLabels,
    List<Segment> segments) {

  /** Bytes of one segment in a case: from 8-byte slot {@code firstSlot}, {@code bytes} long. */
  public record Segment(int firstSlot, int bytes) {}

  public boolean isNumeric() {
    return width == 0;
  }

  /** {@code numeric}, {@code string(20)}. */
  public String typeName() {
    return isNumeric() ? "numeric" : "string(" + width + ")";
  }
}
