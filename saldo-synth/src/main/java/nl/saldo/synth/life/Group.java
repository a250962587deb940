package nl.saldo.synth.life;

/** Income position of a person in a year (METHOD §3), as the generator assigns it. */
public enum Group {
  LT101("lt101"),
  B101_150("101_150"),
  GE150("ge150"),
  STUDENT("student"),
  OTHER("other");

  /** The four groups that count as movers. */
  public static final Group[] MOVING = {LT101, B101_150, GE150, STUDENT};

  private final String code;

  Group(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
