package nl.saldo.sav;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One check of the registers as the cbs-ra profile read them, for one income year (or the whole
 * file when {@code year} is null): {@code count} of {@code of} rows have the problem; {@code
 * warning} when that share is above {@code cbs_ra.warn_share_pct} (or, for population types, when a
 * code is in no list). Checks never stop a run.
 */
public record CbsRaCheck(
    String name, Integer year, long count, long of, String detail, boolean warning) {

  /** What each check counts, as printed. */
  static final Map<String, String> MEANING =
      Map.of(
          "persons_without_address_spell",
          "persons in GBAPERSOONTAB without any address spell in GBAADRESOBJECTBUS",
          "spells_without_buurt",
          "address spells in the year whose address has no buurt in the classification year",
          "residents_without_key_row",
          "residents of the year (an address spell in the year) without a KOPPELPERSOONHUISHOUDEN row",
          "key_rows_without_household",
          "KOPPELPERSOONHUISHOUDEN rows whose household is not in INHATAB",
          "other_share",
          "residents of the year in income group other",
          "population_type_counts",
          "INHATAB households by population type (INHPOPIIV); households with a code in no list");

  public double sharePct() {
    return of == 0 ? 0 : 100.0 * count / of;
  }

  public String meaning() {
    return MEANING.getOrDefault(name, name);
  }

  /** One line: name, year, count of total (share), detail. */
  public String line() {
    String text =
        String.format(
            Locale.ROOT,
            "%-6s %-34s %,d of %,d (%.1f%%)",
            warning ? "WARN" : "ok",
            name + (year == null ? "" : " " + year),
            count,
            of,
            sharePct());
    return detail == null || detail.isBlank() ? text : text + ": " + detail;
  }

  /** For the run manifest. */
  public Map<String, Object> asMap() {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("check", name);
    if (year != null) {
      entry.put("year", year);
    }
    entry.put("count", count);
    entry.put("of", of);
    entry.put("share_pct", Math.round(sharePct() * 10) / 10.0);
    if (detail != null && !detail.isBlank()) {
      entry.put("detail", detail);
    }
    entry.put("warning", warning);
    entry.put("meaning", meaning());
    return entry;
  }
}
