package nl.saldo.core.input;

import java.util.Arrays;
import nl.saldo.core.study.RepairPolicy;

/**
 * The classes of invalid input of METHOD.md §1 and §9. The engine finds them; each renders as one
 * message a user can act on.
 */
public enum FaultKind {
  MISSING_VALUE("missing_value", "is empty", "a value"),
  BAD_DATE("bad_date", "is not a date", "YYYY-MM-DD"),
  BAD_NUMBER("bad_number", "is not a number", "a number such as 123.4"),
  BAD_YEAR("bad_year", "is not a year", "a whole number such as 2011"),
  BAD_BOOLEAN(
      "bad_boolean", "is not a yes/no value", "true/false, 1/0, yes/no or ja/nee (empty = false)"),
  OUTSIDE_SET("outside_set", "is not an allowed value", null),
  DUPLICATE_KEY("duplicate_key", "occurs more than once", "each key once"),
  END_BEFORE_START("end_before_start", "ends before it starts", "end_date on or after start_date"),
  OVERLAPPING_SPELLS(
      "overlapping_spells", "has spells that overlap", "spells of one person that do not overlap"),
  UNKNOWN_PERSON("unknown_person", "is not in persons", "a person_id of persons"),
  UNKNOWN_ADDRESS("unknown_address", "is not in addresses", "an address_id of addresses"),
  UNKNOWN_BUURT("unknown_buurt", "is not in buurten", "a buurt_code of buurten"),
  MISSING_OAD(
      "missing_oad",
      "is a buurt of the study area without oad",
      "an oad for every buurt of the study area"),
  RESERVED_UNIT(
      "reserved_unit", "is reserved for the rest of the Netherlands", "any unit code but rest");

  private final String code;
  private final String phrase;
  private final String expected;

  FaultKind(String code, String phrase, String expected) {
    this.code = code;
    this.phrase = phrase;
    this.expected = expected;
  }

  public String code() {
    return code;
  }

  public String phrase() {
    return phrase;
  }

  /** What was expected; null when it depends on the column (value sets). */
  public String expected() {
    return expected;
  }

  public static FaultKind of(String code) {
    return Arrays.stream(values())
        .filter(kind -> kind.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown fault " + code));
  }

  /** The repair policy that can mend this fault, or null. */
  public RepairPolicy repair() {
    return Arrays.stream(RepairPolicy.values())
        .filter(p -> p.fault().equals(code))
        .findFirst()
        .orElse(null);
  }
}
