package nl.saldo.sav;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.saldo.sav.SavWriter.Variable;

/**
 * A small seeded population written twice: as CBS Remote Access register files (.sav, CBS's
 * variable names and conventions: yyyymmdd dates, inclusive end dates, the 20501231 open end, "-"
 * codes, 9999999999 sentinels, RIN keys in two parts) and as the same data in format v1 (CSV).
 */
final class CbsPopulation {

  static final List<Integer> YEARS = List.of(2011, 2012, 2013);
  static final Map<String, String> ORIGIN_CODES =
      Map.of("6030", "nl", "5022", "non_western", "6014", "western");
  private static final String[] BUURTEN = {
    "00140000", "00140101", "00800203", "01060105", "03630000", "05990711"
  };
  private static final String[] ORIGIN_DRAWS = {
    "6030", "6030", "6030", "6030", "5022", "6014", "-"
  };

  private final Random random;
  private final int personCount;
  private final List<String> rins = new ArrayList<>();
  private final List<Object[]> gbaPersons = new ArrayList<>();
  private final List<Object[]> gbaAddresses = new ArrayList<>();
  private final List<Object[]> vslgwb = new ArrayList<>();
  private final List<String> v1Persons = new ArrayList<>();
  private final List<String> v1Residences = new ArrayList<>();
  private final List<String> v1Addresses = new ArrayList<>();
  private final List<String> v1Incomes = new ArrayList<>();
  private final Map<Integer, List<Object[]>> households = new LinkedHashMap<>();
  private final Map<Integer, List<Object[]>> personHouseholds = new LinkedHashMap<>();

  CbsPopulation(long seed, int personCount) {
    this.random = new Random(seed);
    this.personCount = personCount;
    makeAddresses();
    makePersons();
    makeIncomes();
  }

  private void makeAddresses() {
    for (int a = 0; a < 60; a++) {
      long number = 100_000L + a * 13L;
      String buurt = BUURTEN[random.nextInt(BUURTEN.length)];
      String other = BUURTEN[random.nextInt(BUURTEN.length)];
      vslgwb.add(
          new Object[] {
            "I", (double) number, buurt.substring(0, 4), buurt.substring(0, 6), other, buurt
          });
      v1Addresses.add("I" + number + ",BU" + buurt);
    }
  }

  private void makePersons() {
    for (int p = 0; p < personCount; p++) {
      String rin = String.format("%09d", 1000 + p * 7);
      rins.add(rin);
      int year = 1930 + random.nextInt(85);
      int month = 1 + random.nextInt(12);
      int day = 1 + random.nextInt(28);
      boolean monthKnown = random.nextInt(30) != 0;
      String origin = ORIGIN_DRAWS[random.nextInt(ORIGIN_DRAWS.length)];
      gbaPersons.add(
          new Object[] {
            "R",
            rin,
            Integer.toString(year),
            monthKnown ? String.format("%02d", month) : "--",
            String.format("%02d", day),
            origin
          });
      String birth = monthKnown ? LocalDate.of(year, month, day).toString() : "";
      String firstStart = makeSpells(rin);
      v1Persons.add(
          "R"
              + rin
              + ","
              + birth
              + ","
              + ORIGIN_CODES.getOrDefault(origin, "unknown")
              + ","
              + firstStart);
    }
  }

  /** 1 to 3 spells; returns the first start (ISO). */
  private String makeSpells(String rin) {
    LocalDate start = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(4_500));
    String first = start.toString();
    int spells = 1 + random.nextInt(3);
    for (int s = 0; s < spells; s++) {
      long number = 100_000L + random.nextInt(60) * 13L;
      boolean last = s == spells - 1;
      boolean open = last && random.nextInt(5) != 0;
      LocalDate endExclusive = start.plusDays(100 + random.nextInt(1_400));
      String cbsEnd = open ? "20501231" : ymd(endExclusive.minusDays(1));
      gbaAddresses.add(
          new Object[] {"R", rin, Double.parseDouble(ymd(start)), cbsEnd, "I", (double) number});
      v1Residences.add(
          "R" + rin + ",I" + number + "," + start + "," + (open ? "" : endExclusive.toString()));
      start = endExclusive.plusDays(new int[] {0, 1, 30}[random.nextInt(3)]);
    }
    return first;
  }

  private void makeIncomes() {
    for (int year : YEARS) {
      Map<String, Object[]> householdByKey = new LinkedHashMap<>();
      List<Object[]> keys = new ArrayList<>();
      java.util.Set<String> absent = new java.util.HashSet<>();
      for (int p = 0; p < personCount; p++) {
        if (random.nextInt(100) < 15) {
          continue;
        }
        String earner = random.nextInt(10) < 7 ? rins.get(p) : rins.get(random.nextInt(p + 1));
        keys.add(new Object[] {"R", rins.get(p), "R", earner});
        boolean known = householdByKey.containsKey(earner);
        if (absent.contains(earner) || (!known && random.nextInt(100) < 3)) {
          absent.add(earner); // a household key without INHATAB row: no income row
          continue;
        }
        Object[] household = householdByKey.computeIfAbsent(earner, key -> newHousehold(key));
        v1Incomes.add("R" + rins.get(p) + "," + year + "," + v1Household(household));
      }
      households.put(year, new ArrayList<>(householdByKey.values()));
      personHouseholds.put(year, keys);
    }
  }

  private Object[] newHousehold(String earner) {
    int draw = random.nextInt(100);
    double populationType = draw < 85 ? 1 : draw < 92 ? 3 : 4;
    int tenths = 400 + random.nextInt(3_600);
    Double income = random.nextInt(20) == 0 ? 9_999_999_999d : tenths / 10d;
    return new Object[] {"R", earner, income, populationType};
  }

  private static String v1Household(Object[] household) {
    double populationType = (Double) household[3];
    double income = (Double) household[2];
    String incomeText = income == 9_999_999_999d ? "" : SavValueText.number(income);
    return (populationType == 3 ? "institutional" : "private")
        + ","
        + (populationType == 4)
        + ","
        + incomeText;
  }

  void writeCbs(Path dir) throws IOException {
    write(
        dir.resolve("GBAPERSOON2018TABV1.sav"),
        true,
        gbaPersons,
        Variable.string("RINPERSOONS", 1),
        Variable.string("RINPERSOON", 9),
        Variable.string("GBAGEBOORTEJAAR", 4),
        Variable.string("GBAGEBOORTEMAAND", 2),
        Variable.string("GBAGEBOORTEDAG", 2),
        Variable.string("GBAHERKOMSTGROEPERING", 4));
    write(
        dir.resolve("GBAADRESOBJECT2018BUSV1.sav"),
        false,
        gbaAddresses,
        Variable.string("RINPERSOONS", 1),
        Variable.string("RINPERSOON", 9),
        Variable.numeric("GBADATUMAANVANGADRESHOUDING"),
        Variable.string("GBADATUMEINDEADRESHOUDING", 8),
        Variable.string("SOORTOBJECTNUMMER", 1),
        Variable.numeric("RINOBJECTNUMMER"));
    write(
        dir.resolve("vslgwb2019tab03v1.sav"),
        true,
        vslgwb,
        Variable.string("SOORTOBJECTNUMMER", 1),
        Variable.numeric("RINOBJECTNUMMER"),
        Variable.string("gem2018", 4),
        Variable.string("wc2018", 6),
        Variable.string("bc2017", 8),
        Variable.string("bc2018", 8));
    for (int year : YEARS) {
      write(
          dir.resolve("INHA" + year + "TABV3.sav"),
          true,
          households.get(year),
          Variable.string("RINPERSOONSHKW", 1),
          Variable.string("RINPERSOONHKW", 9),
          Variable.numeric("INHARMSOC"),
          Variable.numeric("INHPOPIIV"));
      write(
          dir.resolve("INPA" + year + "TABV2.sav"),
          true,
          personHouseholds.get(year),
          Variable.string("RINPERSOONS", 1),
          Variable.string("RINPERSOON", 9),
          Variable.string("RINPERSOONSHKW", 1),
          Variable.string("RINPERSOONHKW", 9));
    }
  }

  void writeV1(Path dir) throws IOException {
    writeCsv(
        dir.resolve("persons.csv"), "person_id,birth_date,origin,register_entry_date", v1Persons);
    writeCsv(
        dir.resolve("residences.csv"), "person_id,address_id,start_date,end_date", v1Residences);
    writeCsv(dir.resolve("addresses.csv"), "address_id,buurt_code", v1Addresses);
    writeCsv(
        dir.resolve("incomes.csv"), "person_id,year,household_kind,student,income_pct", v1Incomes);
  }

  private static void write(
      Path file, boolean compressed, List<Object[]> rows, Variable... variables)
      throws IOException {
    try (SavWriter writer = new SavWriter(file, List.of(variables), compressed)) {
      for (Object[] row : rows) {
        writer.row(row);
      }
    }
  }

  private static void writeCsv(Path file, String header, List<String> rows) throws IOException {
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      out.print(header + "\n");
      rows.forEach(row -> out.print(row + "\n"));
    }
  }

  private static String ymd(LocalDate date) {
    return date.toString().replace("-", "");
  }
}
