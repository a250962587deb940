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
 * variable names and conventions: yyyymmdd dates, inclusive end dates, the 20501231 open end, "--"
 * and "----" / "0000" unknown codes, 9999999999 sentinels, RIN keys in two parts, INHPOPIIV codes
 * 1, 2, 3, 7, 8, 9 with INHARMSOC -1 / -2, buurten partly unknown as 0363----), in per-register
 * folders as inside Remote Access with older versions side by side; and as the same data in format
 * v1 (CSV).
 */
final class CbsPopulation {

  static final List<Integer> YEARS = List.of(2011, 2012, 2013);
  static final Map<String, String> ORIGIN_CODES =
      Map.of("6030", "nl", "5022", "non_western", "6014", "western");
  private static final String[] BUURTEN = {
    "00140000", "00140101", "00800203", "01060105", "03630000", "05990711"
  };

  /** VSLGWBTAB's unknown buurten: wholly, or gemeente known but wijk and buurt not. */
  private static final String[] UNKNOWN_BUURTEN = {"--------", "0363----"};

  private static final String[] ORIGIN_DRAWS = {
    "6030", "6030", "6030", "6030", "5022", "6014", "----", "0000"
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
  private final java.util.Set<Long> addressesWithoutBuurt = new java.util.HashSet<>();

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
      boolean known = a % 20 != 7; // addresses 7, 27, 47: no buurt in the classification year
      String cbsBuurt = known ? buurt : UNKNOWN_BUURTEN[a % 2];
      vslgwb.add(
          new Object[] {
            "I", (double) number, buurt.substring(0, 4), buurt.substring(0, 6), other, cbsBuurt
          });
      if (known) {
        v1Addresses.add("I" + number + ",BU" + buurt);
      } else {
        addressesWithoutBuurt.add(number);
      }
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
      String firstStart = p % 97 == 50 ? "" : makeSpells(rin); // persons 50, 147, 244: no spell
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
        String v1 = v1Household(household);
        if (v1 != null) {
          v1Incomes.add("R" + rins.get(p) + "," + year + "," + v1);
        }
      }
      households.put(year, new ArrayList<>(householdByKey.values()));
      personHouseholds.put(year, keys);
    }
  }

  /**
   * INHPOPIIV: 1 private with observed income, 2 student household, 3 institutional with income, 7
   * private without observed income (INHARMSOC -1), 8 institutional without (-2), 9 not in the
   * household population. INHARMSOC: a percentage, now and then 9999999999 or -1.
   */
  private Object[] newHousehold(String earner) {
    int draw = random.nextInt(100);
    double populationType =
        draw < 72 ? 1 : draw < 82 ? 2 : draw < 87 ? 3 : draw < 92 ? 7 : draw < 95 ? 8 : 9;
    int tenths = 400 + random.nextInt(3_600);
    double observed =
        random.nextInt(20) == 0 ? 9_999_999_999d : random.nextInt(40) == 0 ? -1 : tenths / 10d;
    double income =
        populationType == 7 || populationType == 9 ? -1 : populationType == 8 ? -2 : observed;
    return new Object[] {"R", earner, income, populationType};
  }

  /** The household as format v1's incomes row, or null for no row (not in the population). */
  private static String v1Household(Object[] household) {
    double populationType = (Double) household[3];
    double income = (Double) household[2];
    if (populationType == 9) {
      return null;
    }
    boolean unknown = income == 9_999_999_999d || income < 0 || populationType == 7;
    String incomeText = unknown ? "" : SavValueText.number(income);
    return (populationType == 3 || populationType == 8 ? "institutional" : "private")
        + ","
        + (populationType == 2)
        + ","
        + incomeText;
  }

  /**
   * The registers in their folders below {@code root}, as inside Remote Access; beside each file an
   * older one that must not be chosen (GBAPERSOONTAB of 2017, INHA...TABV2, KOPPELPERSOONHUISHOUDEN
   * 2013 without V2): a decoy with the same variables whose rows would change the tables.
   */
  void writeCbs(Path root) throws IOException {
    Path persons = Files.createDirectories(root.resolve("Bevolking/GBAPERSOONTAB/2018"));
    Path oldPersons = Files.createDirectories(root.resolve("Bevolking/GBAPERSOONTAB/2017"));
    Path residences = Files.createDirectories(root.resolve("Bevolking/GBAADRESOBJECTBUS"));
    Path addresses = Files.createDirectories(root.resolve("BouwenWonen/VSLGWBTAB"));
    Path inhatab = Files.createDirectories(root.resolve("InkomenBestedingen/INHATAB"));
    Path keys = Files.createDirectories(root.resolve("InkomenBestedingen/KOPPELPERSOONHUISHOUDEN"));
    writePersons(persons.resolve("GBAPERSOON2018TABV1.sav"), gbaPersons);
    writePersons(oldPersons.resolve("GBAPERSOON2017TABV3.sav"), gbaPersons.subList(0, 10));
    write(
        residences.resolve("GBAADRESOBJECT2018BUSV1.sav"),
        false,
        gbaAddresses,
        Variable.string("RINPERSOONS", 1),
        Variable.string("RINPERSOON", 9),
        Variable.numeric("GBADATUMAANVANGADRESHOUDING"),
        Variable.string("GBADATUMEINDEADRESHOUDING", 8),
        Variable.string("SOORTOBJECTNUMMER", 1),
        Variable.numeric("RINOBJECTNUMMER"));
    write(
        addresses.resolve("vslgwb2019tab03v1.sav"),
        true,
        vslgwb,
        Variable.string("SOORTOBJECTNUMMER", 1),
        Variable.numeric("RINOBJECTNUMMER"),
        Variable.string("gem2018", 4),
        Variable.string("wc2018", 6),
        Variable.string("bc2017", 8),
        Variable.string("bc2018", 8));
    for (int year : YEARS) {
      writeHouseholds(inhatab.resolve("INHA" + year + "TABV3.sav"), households.get(year));
      List<Object[]> decoy = new ArrayList<>();
      for (Object[] household : households.get(year)) {
        decoy.add(new Object[] {household[0], household[1], 55.0, 1.0});
      }
      writeHouseholds(inhatab.resolve("INHA" + year + "TABV2.sav"), decoy);
      String key = "KOPPELPERSOONHUISHOUDEN" + year + (year == 2013 ? "V2" : "") + ".sav";
      writeKeys(keys.resolve(key), personHouseholds.get(year));
      if (year == 2013) {
        writeKeys(
            keys.resolve("KOPPELPERSOONHUISHOUDEN2013.sav"),
            personHouseholds.get(year).subList(0, 5));
      }
    }
  }

  private static void writePersons(Path file, List<Object[]> rows) throws IOException {
    write(
        file,
        true,
        rows,
        Variable.string("RINPERSOONS", 1),
        Variable.string("RINPERSOON", 9),
        Variable.string("GBAGEBOORTEJAAR", 4),
        Variable.string("GBAGEBOORTEMAAND", 2),
        Variable.string("GBAGEBOORTEDAG", 2),
        Variable.string("GBAHERKOMSTGROEPERING", 4));
  }

  private static void writeHouseholds(Path file, List<Object[]> rows) throws IOException {
    write(
        file,
        true,
        rows,
        Variable.string("RINPERSOONSHKW", 1),
        Variable.string("RINPERSOONHKW", 9),
        Variable.numeric("INHARMSOC"),
        Variable.numeric("INHPOPIIV"));
  }

  private static void writeKeys(Path file, List<Object[]> rows) throws IOException {
    write(
        file,
        true,
        rows,
        Variable.string("RINPERSOONS", 1),
        Variable.string("RINPERSOON", 9),
        Variable.string("RINPERSOONSHKW", 1),
        Variable.string("RINPERSOONHKW", 9));
  }

  /** Persons without any address spell (the checks must find these). */
  long personsWithoutSpell() {
    return v1Persons.stream().filter(row -> row.endsWith(",")).count();
  }

  /** Spells covering a day of {@code year} at an address without buurt, and all such spells. */
  long[] spellsWithoutBuurt(int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    long without = 0;
    long all = 0;
    for (String row : v1Residences) {
      String[] fields = row.split(",", -1);
      LocalDate start = LocalDate.parse(fields[2]);
      boolean covers =
          !start.isAfter(last)
              && (fields[3].isEmpty() || LocalDate.parse(fields[3]).isAfter(first));
      if (covers) {
        all++;
        if (addressesWithoutBuurt.contains(Long.parseLong(fields[1].substring(1)))) {
          without++;
        }
      }
    }
    return new long[] {without, all};
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
