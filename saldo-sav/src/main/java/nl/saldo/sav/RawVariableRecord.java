package nl.saldo.sav;

/**
 * One variable record (type 2) as stored: {@code type} is 0 for numeric, the width for a string, -1
 * for the continuation of a long string. Names and labels stay bytes until the encoding is known.
 */
record RawVariableRecord(
    int type,
    byte[] shortName,
    byte[] label,
    int missingCount,
    double[] missingNumbers,
    byte[][] missingStrings,
    int printFormat) {

  boolean isContinuation() {
    return type == -1;
  }

  /** Number of 8-byte slots this variable occupies in a case (continuations excluded). */
  int slots() {
    return type == 0 ? 1 : (type + 7) / 8;
  }
}
