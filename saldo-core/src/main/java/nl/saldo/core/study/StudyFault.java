package nl.saldo.core.study;

/** A setting that binds but does not hold; {@link StudyFile} names the file in the message. */
final class StudyFault extends RuntimeException {
  private final String key;

  StudyFault(String key, String what) {
    super(what);
    this.key = key;
  }

  String key() {
    return key;
  }

  static void nonNegative(String key, long value) {
    if (value < 0) {
      throw new StudyFault(key, "expected zero or more, found " + value);
    }
  }
}
