package nl.saldo.synth.life;

/** Migration background (METHOD §1 persons.origin). */
public enum Origin {
  NL("nl"),
  WESTERN("western"),
  NON_WESTERN("non_western");

  private final String code;

  Origin(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
