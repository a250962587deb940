package nl.saldo.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.saldo.core.SaldoException;
import nl.saldo.core.input.InputSet;
import nl.saldo.core.pipeline.Engine;
import nl.saldo.core.pipeline.EngineFactory;
import nl.saldo.core.pipeline.InputReport;
import nl.saldo.core.study.RepairPolicy;
import nl.saldo.core.study.StudyFile;
import nl.saldo.core.study.StudySettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every invalid input of saldo-duckdb's InvalidInputTest, InputShapeTest and IncomeKeysTest gives
 * the same outcome on both engines: the same exception class, message (fault class, file, row,
 * column, value, expectation) and exit code; a valid or repaired input the same row accounting. The
 * expected messages themselves are pinned by those tests; this one pins that Spark says the same.
 * CI runs a few cases (one per kind of message: a reader's, a cell fault, a key fault, a repair);
 * {@code -Dparity=all} (or {@code -Dparity.invalid=all}) runs every case.
 */
class InvalidInputParityTest {
  @TempDir Path temp;

  /** The cases CI runs: one of each kind of message, and a repair. */
  private static final Set<String> CI =
      Set.of(
          "aRowWithTooManyFieldsNamesItsLine",
          "badDate",
          "overlappingSpells",
          "everyFaultClassIsReportedAtOnce",
          "overlapRepairDropsThePersonAndCountsEveryRow");

  @BeforeAll
  static void startSpark() {
    SharedSpark.start();
  }

  static Stream<Arguments> cases() {
    Map<String, Consumer<Dataset>> cases = new LinkedHashMap<>();
    // InvalidInputTest
    cases.put("theBaseDatasetIsValid", data -> {});
    cases.put("missingTable", data -> data.files.remove("incomes.csv"));
    cases.put(
        "aRemappedColumnThatIsMissingNamesTheMapping",
        data -> data.files.put("study.yaml", "columns:\n  persons: {person_id: RINPERSOON}\n"));
    cases.put(
        "columnsAreRemappedByTheStudyFile",
        data ->
            data.replace(
                    "persons.csv",
                    "person_id,birth_date,origin,register_entry_date",
                    "RINPERSOON,GBAGEBOORTEDATUM,origin,entry")
                .replace(
                    "residences.csv",
                    "person_id,address_id,start_date,end_date",
                    "RINPERSOON,address_id,GBADATUMAANVANGADRESHOUDING,end_date")
                .files
                .put(
                    "study.yaml",
                    """
                    columns:
                      persons: {person_id: RINPERSOON, birth_date: GBAGEBOORTEDATUM, register_entry_date: entry}
                      residences: {person_id: rinpersoon, start_date: GBADATUMAANVANGADRESHOUDING}
                    """));
    cases.put("missingColumn", data -> data.replace("persons.csv", "register_entry_date", "entry"));
    cases.put(
        "aRowWithTooManyFieldsNamesItsLine",
        data -> data.replace("residences.csv", "P1,A2,2012-03-01,", "P1,A2,2012-03-01,,extra"));
    cases.put(
        "aRowWithTooFewFieldsNamesItsLine",
        data -> data.replace("residences.csv", "P1,A2,2012-03-01,", "P1,A2"));
    cases.put("anEmptyFileIsNotATable", data -> data.files.put("addresses.csv", ""));
    cases.put(
        "badDate",
        data -> data.replace("residences.csv", "P1,A2,2012-03-01,", "P1,A2,2012-13-01,"));
    cases.put(
        "wrongTypeOfNumber",
        data ->
            data.replace("incomes.csv", "P1,2013,private,false,120", "P1,2013,private,false,1a0"));
    cases.put("wrongTypeOfYear", data -> data.replace("incomes.csv", "P1,2013,", "P1,twee,"));
    cases.put(
        "valueOutsideItsSet",
        data -> data.replace("persons.csv", "P2,1990-05-05,non_western", "P2,1990-05-05,martian"));
    cases.put(
        "valuesAreComparedTrimmedAndCaseInsensitive",
        data ->
            data.replace("persons.csv", "P2,1990-05-05,non_western", "P2,1990-05-05, Non_Western ")
                .replace("incomes.csv", "P1,2013,private,false", "P1,2013,PRIVATE,Nee"));
    cases.put(
        "badBoolean",
        data -> data.replace("incomes.csv", "P1,2013,private,false", "P1,2013,private,maybe"));
    cases.put(
        "missingRequiredValue",
        data -> data.replace("persons.csv", "P2,1990-05-05,non_western", "P2,1990-05-05,"));
    cases.put(
        "duplicateKey",
        data -> data.replace("addresses.csv", "A2,BU00020001", "A2,BU00020001\nA1,BU00020001"));
    cases.put(
        "twoIncomeRowsForOnePersonAndYear",
        data ->
            data.replace(
                "incomes.csv", "P2,2011,private,,", "P2,2011,private,,\nP2,2011,private,,90"));
    cases.put(
        "spellThatEndsBeforeItStarts",
        data ->
            data.replace(
                "residences.csv", "P1,A1,2000-01-01,2012-03-01", "P1,A1,2000-01-01,1999-03-01"));
    cases.put(
        "overlappingSpells",
        data -> data.replace("residences.csv", "P1,A2,2012-03-01,", "P1,A2,2012-02-01,"));
    cases.put(
        "anOpenSpellFollowedByALaterSpellOverlapsIt",
        data -> data.replace("residences.csv", "P1,A1,2000-01-01,2012-03-01", "P1,A1,2000-01-01,"));
    cases.put(
        "residenceOfAnUnknownPerson",
        data -> data.replace("residences.csv", "P2,A2,2005-01-01,", "P9,A2,2005-01-01,"));
    cases.put(
        "residenceAtAnUnknownAddress",
        data -> data.replace("residences.csv", "P2,A2,2005-01-01,", "P2,A7,2005-01-01,"));
    cases.put(
        "addressWithoutAKnownBuurt",
        data -> data.replace("addresses.csv", "A2,BU00020001", "A2,BU00990001"));
    cases.put(
        "studyBuurtWithoutOad",
        data -> data.replace("areas/buurten.csv", "BU00010001,GM0001,800", "BU00010001,GM0001,"));
    cases.put(
        "aUnitCalledRest",
        data -> data.replace("areas/gemeenten.csv", "Zuid,overig", "Rest,overig"));
    cases.put(
        "everyFaultClassIsReportedAtOnce",
        data -> data.replace("residences.csv", "P2,A2,2005-01-01,", "P9,A7,2005-01-01,"));
    cases.put(
        "overlapRepairDropsThePersonAndCountsEveryRow",
        data ->
            data.repair(RepairPolicy.OVERLAPPING_SPELLS)
                .replace("residences.csv", "P1,A2,2012-03-01,", "P1,A2,2012-02-01,"));
    cases.put(
        "unknownPersonRepairDropsTheRows",
        data ->
            data.repair(RepairPolicy.UNKNOWN_PERSON)
                .replace("residences.csv", "P2,A2,2005-01-01,", "P9,A2,2005-01-01,"));
    cases.put(
        "endBeforeStartRepairDropsTheRow",
        data ->
            data.repair(RepairPolicy.END_BEFORE_START)
                .replace(
                    "residences.csv",
                    "P1,A1,2000-01-01,2012-03-01",
                    "P1,A1,2000-01-01,1999-03-01"));
    cases.put(
        "unknownAddressRepairDropsTheRow",
        data ->
            data.repair(RepairPolicy.UNKNOWN_ADDRESS)
                .replace("residences.csv", "P2,A2,2005-01-01,", "P2,A7,2005-01-01,"));
    cases.put(
        "aSpellThatCoversNoDayIsCountedNotUsed",
        data ->
            data.replace(
                "residences.csv",
                "P2,A2,2005-01-01,",
                "P2,A2,2005-01-01,\nP2,A1,2004-06-01,2004-06-01"));
    cases.put(
        "incomeRowsOfYearsTheStudyDoesNotUseAreCheckedButNotUsed",
        data ->
            data.replace(
                    "incomes.csv",
                    "P2,2011,private,,",
                    "P2,2011,private,,\nP1,2010,private,false,90")
                .replace(
                    "incomes.csv",
                    "P1,2013,private,false,120",
                    "P1,2013,private,false,120\nP2,2018,x,,"));
    cases.put(
        "incomeRowsOfYearsTheStudyDoesNotUseAreCountedApart",
        data ->
            data.replace(
                    "incomes.csv",
                    "P2,2011,private,,",
                    "P2,2011,private,,\nP1,2010,private,false,90")
                .replace(
                    "incomes.csv",
                    "P1,2013,private,false,120",
                    "P1,2013,private,false,120\nP2,2018,private,,\nP2,2017,private,true,"));
    // InputShapeTest
    cases.put(
        "aYearWithDecimalsIsNotAYear",
        data -> data.replace("incomes.csv", "P1,2013,", "P1,2010.5,"));
    cases.put(
        "aYearWithADigitSeparatorIsNotAYear",
        data -> data.replace("incomes.csv", "P1,2013,", "P1,2_011,"));
    cases.put(
        "aYearWrittenAsAWholeDoubleOrWithSpacesIsAYear",
        data ->
            data.replace("incomes.csv", "P1,2013,", "P1,2013.0,")
                .replace("incomes.csv", "P2,2011,", "P2, 2011 ,"));
    cases.put(
        "aNumberWithADigitSeparatorIsNotANumber",
        data -> data.replace("incomes.csv", "false,120", "false,1_50"));
    cases.put(
        "aNumberTooLargeForADoubleIsNotANumber",
        data -> data.replace("incomes.csv", "false,120", "false,1e400"));
    cases.put(
        "plainDecimalsStillRead",
        data ->
            data.replace("incomes.csv", "false,120", "false, 1.2e2 ")
                .replace("areas/buurten.csv", "GM0001,800", "GM0001,+800.0"));
    cases.put(
        "aTableWithAHeaderOnlyIsNamed",
        data -> {
          data.files.put("incomes.csv", "person_id,year,household_kind,student,income_pct\n");
          data.files.put("residences.csv", "person_id,address_id,start_date,end_date\n");
        });
    // IncomeKeysTest (its own incomes: years at and beyond the edges of the key mask)
    String edges =
        """
        person_id,year,household_kind,student,income_pct
        P1,1950,private,false,120
        P1,2076,private,false,120
        P1,1949,private,false,120
        P1,2077,private,false,120
        P2,2011,private,,
        """;
    cases.put(
        "aDuplicateYearOutsideTheMaskIsFound",
        data ->
            data.files.put(
                "incomes.csv",
                edges.replace(
                    "P1,1949,private,false,120", "P1,1949,private,false,120\nP1,1949,private,,")));
    cases.put(
        "aDuplicateYearAtTheEdgeOfTheMaskIsFound",
        data ->
            data.files.put(
                "incomes.csv",
                edges.replace("P2,2011,private,,", "P2,2011,private,,\nP1,2076,institutional,,")));
    cases.put(
        "everyRowOfAnUnknownPersonIsFound",
        data -> data.files.put("incomes.csv", edges + "P9,2011,private,,\nP9,2012,private,,\n"));
    // -Dparity=all runs every case, as every fixture; -Dparity.invalid=all these alone
    String chosen = System.getProperty("parity.invalid", System.getProperty("parity", ""));
    return cases.entrySet().stream()
        .filter(
            c ->
                chosen.equals("all")
                    || CI.contains(c.getKey())
                    || List.of(chosen.split(",")).contains(c.getKey()))
        .map(c -> Arguments.of(c.getKey(), c.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void bothEnginesSayTheSame(String name, Consumer<Dataset> change) throws IOException {
    Dataset data = Dataset.base();
    change.accept(data);
    data.write(temp);
    Outcome duckdb = data.outcome("duckdb", temp);
    Outcome spark = data.outcome("spark", temp);
    assertThat(spark).isEqualTo(duckdb);
  }

  @Test
  void spssInputIsRefusedNamingTheEngine() throws IOException {
    Dataset data = Dataset.base();
    Path dir = temp.resolve("sav");
    data.write(dir);
    Files.delete(dir.resolve("persons.csv"));
    Files.write(dir.resolve("persons.sav"), new byte[] {'$', 'F', 'L', '2'});
    assertThatThrownBy(() -> data.validate("spark", dir))
        .isInstanceOf(SaldoException.class)
        .hasMessage(
            "persons.sav: SPSS files are read by the DuckDB engine only; convert the file to"
                + " Parquet or CSV for --engine spark, or run with --engine duckdb")
        .extracting(e -> ((SaldoException) e).exitCode())
        .isEqualTo(2);
  }

  @Test
  void theCbsRegisterProfileIsRefusedNamingTheEngine() throws IOException {
    Dataset data = Dataset.base();
    data.files.put("study.yaml", "cbs_ra:\n");
    Path dir = temp.resolve("cbs-ra");
    data.write(dir);
    assertThatThrownBy(() -> data.validate("spark", dir))
        .isInstanceOf(SaldoException.class)
        .hasMessage(
            "input profile cbs-ra (CBS register files) is read by the DuckDB engine only; run with"
                + " --engine duckdb, or convert the register files to format v1 (CSV or Parquet)")
        .extracting(e -> ((SaldoException) e).exitCode())
        .isEqualTo(2);
  }

  /** What loading and validating give: the failure, or the accounting of every row read. */
  record Outcome(String exception, Integer exitCode, String message, List<InputReport> inputs) {}

  /** InvalidInputTest's base dataset: two persons in two municipalities, P1 moving once. */
  static final class Dataset {
    final Map<String, String> files = new LinkedHashMap<>();
    private Set<RepairPolicy> repairs = Set.of();

    static Dataset base() {
      Dataset data = new Dataset();
      data.files.put(
          "persons.csv",
          """
          person_id,birth_date,origin,register_entry_date
          P1,1980-01-01,nl,1980-01-01
          P2,1990-05-05,non_western,1995-05-05
          """);
      data.files.put(
          "residences.csv",
          """
          person_id,address_id,start_date,end_date
          P1,A1,2000-01-01,2012-03-01
          P1,A2,2012-03-01,
          P2,A2,2005-01-01,
          """);
      data.files.put(
          "addresses.csv",
          """
          address_id,buurt_code
          A1,BU00010001
          A2,BU00020001
          """);
      data.files.put(
          "incomes.csv",
          """
          person_id,year,household_kind,student,income_pct
          P1,2013,private,false,120
          P2,2011,private,,
          """);
      data.files.put(
          "areas/buurten.csv",
          """
          buurt_code,gemeente_code,oad
          BU00010001,GM0001,800
          BU00020001,GM0002,1600
          BU00030001,GM0003,
          """);
      data.files.put(
          "areas/gemeenten.csv",
          """
          gemeente_code,gemeente_name,province,region,area_type
          GM0001,Een,Groningen,Noord,krimp
          GM0002,Twee,Drenthe,Zuid,overig
          """);
      return data;
    }

    /** Replaces the first occurrence of {@code from} in {@code file}; fails when it is absent. */
    Dataset replace(String file, String from, String to) {
      String text = files.get(file);
      if (text == null || !text.contains(from)) {
        throw new IllegalArgumentException(file + " has no " + from);
      }
      files.put(file, text.replaceFirst(Pattern.quote(from), to));
      return this;
    }

    Dataset repair(RepairPolicy policy) {
      repairs = Set.of(policy);
      return this;
    }

    void write(Path dir) throws IOException {
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path path = dir.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.getValue());
      }
    }

    /** Loads and validates (the method itself is EngineParityTest's). */
    Outcome outcome(String engine, Path dir) {
      try {
        return new Outcome(null, null, null, validate(engine, dir));
      } catch (SaldoException e) {
        return new Outcome(e.getClass().getName(), e.exitCode(), e.getMessage(), null);
      }
    }

    List<InputReport> validate(String engineName, Path dir) {
      Path study = dir.resolve("study.yaml");
      StudySettings settings =
          (Files.exists(study) ? StudyFile.load(study.toString()) : StudyFile.defaults())
              .withRepairs(repairs);
      InputSet inputs = InputSet.find(dir, dir.resolve("areas"), settings);
      try (Engine engine =
          EngineFactory.named(engineName)
              .create(null, "1GB", 1, Map.of(SparkEngineFactory.MASTER, "local[2]"))) {
        engine.load(inputs, settings);
        return engine.validate();
      }
    }
  }
}
