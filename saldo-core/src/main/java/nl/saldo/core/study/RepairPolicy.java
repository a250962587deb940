package nl.saldo.core.study;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import nl.saldo.core.SaldoException;

/**
 * Opt-in repairs of invalid input (METHOD.md §1). Without a policy a fault stops the run; with one,
 * every repaired or dropped row is counted in the manifest.
 */
public enum RepairPolicy {
  /**
   * residences: drop every row of a person with overlapping spells (and their persons and incomes
   * rows).
   */
  OVERLAPPING_SPELLS("overlapping_spells", "drop_person"),
  /** residences: drop spells whose end date lies before their start date. */
  END_BEFORE_START("end_before_start", "drop_row"),
  /** residences and incomes: drop rows whose person_id is not in persons. */
  UNKNOWN_PERSON("unknown_person", "drop_row"),
  /** residences: drop spells whose address_id is not in addresses. */
  UNKNOWN_ADDRESS("unknown_address", "drop_row");

  private final String fault;
  private final String action;

  RepairPolicy(String fault, String action) {
    this.fault = fault;
    this.action = action;
  }

  public String fault() {
    return fault;
  }

  public String action() {
    return action;
  }

  @JsonValue
  public String spelling() {
    return fault + "=" + action;
  }

  /** Parses {@code fault=action}, e.g. {@code overlapping_spells=drop_person}. */
  @JsonCreator
  public static RepairPolicy parse(String text) {
    String wanted = text.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(policy -> policy.spelling().equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                SaldoException.invalidInput(
                    "unknown repair policy \"" + text + "\" (expected one of " + known() + ")"));
  }

  /** The policies in the order of their spelling, unmodifiable (the manifest's order). */
  static Set<RepairPolicy> inSpellingOrder(Set<RepairPolicy> policies) {
    TreeSet<RepairPolicy> sorted = new TreeSet<>(Comparator.comparing(RepairPolicy::spelling));
    if (policies != null) {
      sorted.addAll(policies);
    }
    return Collections.unmodifiableSet(sorted);
  }

  public static String known() {
    return String.join(", ", Arrays.stream(values()).map(RepairPolicy::spelling).toList());
  }
}
