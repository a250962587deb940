package nl.saldo.duckdb;

import static nl.saldo.duckdb.TinyDataset.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.saldo.core.SaldoException;
import nl.saldo.core.input.InputSet;
import nl.saldo.core.input.InvalidInputException;
import nl.saldo.core.pipeline.InputReport;
import nl.saldo.core.pipeline.Pipeline;
import nl.saldo.core.pipeline.ProgressListener;
import nl.saldo.core.pipeline.RunResult;
import nl.saldo.core.study.RepairPolicy;
import nl.saldo.core.study.StudyFile;
import nl.saldo.core.study.StudySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per class of invalid input (METHOD.md §1, §9), each pinning the message a user sees. The
 * base dataset is valid: two persons in two municipalities, P1 moving once.
 */
class InvalidInputTest {
  @TempDir Path dir;

  private final Map<String, String> files = new LinkedHashMap<>();

  InvalidInputTest() {
    files.put(
        "persons.csv",
        """
        person_id,birth_date,origin,register_entry_date
        P1,1980-01-01,nl,1980-01-01
        P2,1990-05-05,non_western,1995-05-05
        """);
    files.put(
        "residences.csv",
        """
        person_id,address_id,start_date,end_date
        P1,A1,2000-01-01,2012-03-01
        P1,A2,2012-03-01,
        P2,A2,2005-01-01,
        """);
    files.put(
        "addresses.csv",
        """
        address_id,buurt_code
        A1,BU00010001
        A2,BU00020001
        """);
    files.put(
        "incomes.csv",
        """
        person_id,year,household_kind,student,income_pct
        P1,2013,private,false,120
        P2,2011,private,,
        """);
    files.put(
        "areas/buurten.csv",
        """
        buurt_code,gemeente_code,oad
        BU00010001,GM0001,800
        BU00020001,GM0002,1600
        BU00030001,GM0003,
        """);
    files.put(
        "areas/gemeenten.csv",
        """
        gemeente_code,gemeente_name,province,region,area_type
        GM0001,Een,Groningen,Noord,krimp
        GM0002,Twee,Drenthe,Zuid,overig
        """);
  }

  @Test
  void theBaseDatasetIsValid() throws IOException {
    RunResult result = run(Set.of());
    assertThat(result.facts().get("moves_counted")).isEqualTo(1);
  }

  @Test
  void missingTable() throws IOException {
    files.remove("incomes.csv");
    assertThatThrownBy(() -> run(Set.of()))
        .isInstanceOf(SaldoException.class)
        .hasMessage("missing table incomes: expected incomes.csv or incomes.parquet in " + dir)
        .extracting(e -> ((SaldoException) e).exitCode())
        .isEqualTo(2);
  }

  @Test
  void columnsAreRemappedByTheStudyFile() throws IOException {
    replace(
        "persons.csv",
        "person_id,birth_date,origin,register_entry_date",
        "RINPERSOON,GBAGEBOORTEDATUM,origin,entry");
    replace(
        "residences.csv",
        "person_id,address_id,start_date,end_date",
        "RINPERSOON,address_id,GBADATUMAANVANGADRESHOUDING,end_date");
    Path study = dir.resolve("study.yaml");
    Files.writeString(
        study,
        """
        columns:
          persons: {person_id: RINPERSOON, birth_date: GBAGEBOORTEDATUM, register_entry_date: entry}
          residences: {person_id: rinpersoon, start_date: GBADATUMAANVANGADRESHOUDING}
        """);
    RunResult result = run(StudyFile.load(study.toString()));
    assertThat(result.facts().get("moves_counted")).isEqualTo(1);
  }

  @Test
  void aRemappedColumnThatIsMissingNamesTheMapping() throws IOException {
    Path study = dir.resolve("study.yaml");
    Files.writeString(study, "columns:\n  persons: {person_id: RINPERSOON}\n");
    assertThatThrownBy(() -> run(StudyFile.load(study.toString())))
        .hasMessage(
            "persons.csv: missing column RINPERSOON (mapped to person_id by the study file); expected "
                + "columns RINPERSOON, birth_date, origin, register_entry_date; found person_id, birth_date, origin, "
                + "register_entry_date");
  }

  @Test
  void missingColumn() {
    replace("persons.csv", "register_entry_date", "entry");
    assertThatThrownBy(() -> run(Set.of()))
        .hasMessage(
            "persons.csv: missing column register_entry_date; expected columns person_id, birth_date, "
                + "origin, register_entry_date; found person_id, birth_date, origin, entry");
  }

  @Test
  void aRowWithTooManyFieldsNamesItsLine() {
    replace("residences.csv", "P1,A2,2012-03-01,", "P1,A2,2012-03-01,,extra");
    assertThatThrownBy(() -> run(Set.of()))
        .hasMessage(
            "residences.csv line 3: expected 4 fields as in the header, found 5 (P1,A2,2012-03-01,,extra)")
        .extracting(e -> ((SaldoException) e).exitCode())
        .isEqualTo(2);
  }

  @Test
  void anEmptyFileIsNotATable() {
    files.put("addresses.csv", "");
    assertThatThrownBy(() -> run(Set.of()))
        .hasMessage(
            "addresses.csv: the file is empty; expected a header row with the column names");
  }

  @Test
  void badDate() {
    replace("residences.csv", "P1,A2,2012-03-01,", "P1,A2,2012-13-01,");
    assertFault(
        "residences.csv row 2, column start_date: \"2012-13-01\" is not a date; expected YYYY-MM-DD; "
            + "1 row has this fault: row 2 \"2012-13-01\"");
  }

  @Test
  void wrongTypeOfNumber() {
    replace("incomes.csv", "P1,2013,private,false,120", "P1,2013,private,false,1a0");
    assertFault(
        "incomes.csv row 1, column income_pct: \"1a0\" is not a number; expected a number such as 123.4; "
            + "1 row has this fault: row 1 \"1a0\"");
  }

  @Test
  void wrongTypeOfYear() {
    replace("incomes.csv", "P1,2013,", "P1,twee,");
    assertFault(
        "incomes.csv row 1, column year: \"twee\" is not a year; expected a whole number such as 2011; "
            + "1 row has this fault: row 1 \"twee\"");
  }

  @Test
  void valueOutsideItsSet() {
    replace("persons.csv", "P2,1990-05-05,non_western", "P2,1990-05-05,martian");
    assertFault(
        "persons.csv row 2, column origin: \"martian\" is not an allowed value; expected one of nl, "
            + "western, non_western, unknown; 1 row has this fault: row 2 \"martian\"");
  }

  @Test
  void valuesAreComparedTrimmedAndCaseInsensitive() throws IOException {
    replace("persons.csv", "P2,1990-05-05,non_western", "P2,1990-05-05, Non_Western ");
    replace("incomes.csv", "P1,2013,private,false", "P1,2013,PRIVATE,Nee");
    assertThat(run(Set.of()).facts().get("moves_counted")).isEqualTo(1);
  }

  @Test
  void badBoolean() {
    replace("incomes.csv", "P1,2013,private,false", "P1,2013,private,maybe");
    assertFault(
        "incomes.csv row 1, column student: \"maybe\" is not a yes/no value; expected true/false, 1/0, "
            + "yes/no or ja/nee (empty = false); 1 row has this fault: row 1 \"maybe\"");
  }

  @Test
  void missingRequiredValue() {
    replace("persons.csv", "P2,1990-05-05,non_western", "P2,1990-05-05,");
    assertFault(
        "persons.csv row 2, column origin: is empty; expected one of nl, western, non_western, unknown; "
            + "1 row has this fault: row 2");
  }

  @Test
  void duplicateKey() {
    replace("addresses.csv", "A2,BU00020001", "A2,BU00020001\nA1,BU00020001");
    assertFault(
        "addresses.csv row 1, column address_id: \"A1\" occurs more than once; expected each key once; "
            + "2 rows have this fault: row 1 \"A1\", row 3 \"A1\"");
  }

  @Test
  void twoIncomeRowsForOnePersonAndYear() {
    replace("incomes.csv", "P2,2011,private,,", "P2,2011,private,,\nP2,2011,private,,90");
    assertFault(
        "incomes.csv row 2, column person_id, year: \"P2, 2011\" occurs more than once; expected each "
            + "key once; 2 rows have this fault: row 2 \"P2, 2011\", row 3 \"P2, 2011\"");
  }

  @Test
  void spellThatEndsBeforeItStarts() {
    replace("residences.csv", "P1,A1,2000-01-01,2012-03-01", "P1,A1,2000-01-01,1999-03-01");
    assertFault(
        "residences.csv row 1, column end_date: \"1999-03-01\" ends before it starts (start_date "
            + "2000-01-01); expected end_date on or after start_date; 1 row has this fault: row 1 \"1999-03-01\"; "
            + "fix the extract or choose --repair end_before_start=drop_row");
  }

  @Test
  void overlappingSpells() {
    replace("residences.csv", "P1,A2,2012-03-01,", "P1,A2,2012-02-01,");
    assertFault(
        "residences.csv row 2, column person_id: \"P1\" has spells that overlap (2000-01-01 … 2012-03-01 "
            + "in row 1 and 2012-02-01 … open in row 2); expected spells of one person that do not overlap; "
            + "1 row has this fault (1 person): row 2 \"P1\"; fix the extract or choose --repair "
            + "overlapping_spells=drop_person");
  }

  @Test
  void anOpenSpellFollowedByALaterSpellOverlapsIt() {
    replace("residences.csv", "P1,A1,2000-01-01,2012-03-01", "P1,A1,2000-01-01,");
    assertFault(
        "residences.csv row 2, column person_id: \"P1\" has spells that overlap (2000-01-01 … open "
            + "in row 1 and 2012-03-01 … open in row 2); expected spells of one person that do not overlap; "
            + "1 row has this fault (1 person): row 2 \"P1\"; fix the extract or choose --repair "
            + "overlapping_spells=drop_person");
  }

  @Test
  void residenceOfAnUnknownPerson() {
    replace("residences.csv", "P2,A2,2005-01-01,", "P9,A2,2005-01-01,");
    assertFault(
        "residences.csv row 3, column person_id: \"P9\" is not in persons; expected a person_id of "
            + "persons; 1 row has this fault: row 3 \"P9\"; fix the extract or choose --repair unknown_person=drop_row");
  }

  @Test
  void residenceAtAnUnknownAddress() {
    replace("residences.csv", "P2,A2,2005-01-01,", "P2,A7,2005-01-01,");
    assertFault(
        "residences.csv row 3, column address_id: \"A7\" is not in addresses; expected an address_id of "
            + "addresses; 1 row has this fault: row 3 \"A7\"; fix the extract or choose --repair "
            + "unknown_address=drop_row");
  }

  @Test
  void addressWithoutAKnownBuurt() {
    replace("addresses.csv", "A2,BU00020001", "A2,BU00990001");
    assertFault(
        "addresses.csv row 2, column buurt_code: \"BU00990001\" is not in buurten; expected a buurt_code "
            + "of buurten; 1 row has this fault: row 2 \"BU00990001\"");
  }

  @Test
  void studyBuurtWithoutOad() {
    replace("areas/buurten.csv", "BU00010001,GM0001,800", "BU00010001,GM0001,");
    assertFault(
        "buurten.csv row 1, column oad: \"BU00010001\" is a buurt of the study area without oad; "
            + "expected an oad for every buurt of the study area; 1 row has this fault: row 1 \"BU00010001\"");
  }

  @Test
  void aUnitCalledRest() {
    replace("areas/gemeenten.csv", "Zuid,overig", "Rest,overig");
    assertFault(
        "gemeenten.csv row 2, column region: \"Rest\" is reserved for the rest of the Netherlands; "
            + "expected any unit code but rest; 1 row has this fault: row 2 \"Rest\"");
  }

  @Test
  void everyFaultClassIsReportedAtOnce() {
    replace("residences.csv", "P2,A2,2005-01-01,", "P9,A7,2005-01-01,");
    assertThatThrownBy(() -> run(Set.of()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.faults()).hasSize(2))
        .hasMessageStartingWith("invalid input, 2 faults:");
  }

  @Test
  void overlapRepairDropsThePersonAndCountsEveryRow() throws IOException {
    replace("residences.csv", "P1,A2,2012-03-01,", "P1,A2,2012-02-01,");
    RunResult result = run(Set.of(RepairPolicy.OVERLAPPING_SPELLS));
    assertThat(result.facts().get("moves_found")).isZero();
    assertThat(report(result, "persons").rowsDropped()).containsEntry("overlapping_spells", 1L);
    assertThat(report(result, "residences").rowsDropped()).containsEntry("overlapping_spells", 2L);
    assertThat(report(result, "incomes").rowsDropped()).containsEntry("overlapping_spells", 1L);
    for (InputReport report : result.inputs()) {
      long dropped = report.rowsDropped().values().stream().mapToLong(Long::longValue).sum();
      assertThat(report.rowsUsed() + dropped).as(report.file()).isEqualTo(report.rowsRead());
    }
  }

  @Test
  void unknownPersonRepairDropsTheRows() throws IOException {
    replace("residences.csv", "P2,A2,2005-01-01,", "P9,A2,2005-01-01,");
    RunResult result = run(Set.of(RepairPolicy.UNKNOWN_PERSON));
    assertThat(report(result, "residences").rowsDropped()).containsEntry("unknown_person", 1L);
    assertThat(report(result, "residences").rowsUsed()).isEqualTo(2);
  }

  @Test
  void aSpellThatCoversNoDayIsCountedNotUsed() throws IOException {
    replace(
        "residences.csv", "P2,A2,2005-01-01,", "P2,A2,2005-01-01,\nP2,A1,2004-06-01,2004-06-01");
    RunResult result = run(Set.of());
    assertThat(report(result, "residences").rowsDropped()).containsEntry("zero_length_spell", 1L);
    assertThat(report(result, "residences").rowsUsed()).isEqualTo(3);
  }

  /**
   * The default study looks at income years 2011 (stocks) to 2017 (moves of 2016 + 1, stocks of
   * 2017): a row of 2010 and one of 2018 are read and checked, not grouped, and counted apart.
   */
  @Test
  void incomeRowsOfYearsTheStudyDoesNotUseAreCountedApart() throws IOException {
    replace("incomes.csv", "P2,2011,private,,", "P2,2011,private,,\nP1,2010,private,false,90");
    replace("incomes.csv", "P1,2013,private,false,120", "P1,2013,private,false,120\nP2,2018,x,,");
    assertFault(
        "incomes.csv row 2, column household_kind: \"x\" is not an allowed value;"
            + " expected one of private, institutional; 1 row has this fault: row 2 \"x\"");
    replace("incomes.csv", "P2,2018,x,,", "P2,2018,private,,\nP2,2017,private,true,");
    RunResult result = run(Set.of());
    assertThat(report(result, "incomes").rowsRead()).isEqualTo(5);
    assertThat(report(result, "incomes").rowsDropped()).containsEntry("outside_study_years", 2L);
    assertThat(report(result, "incomes").rowsUsed()).isEqualTo(3);
    assertThat(result.facts().get("moves_counted")).isEqualTo(1);
  }

  private void assertFault(String message) {
    assertThatThrownBy(() -> run(Set.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("invalid input:\n  " + message)
        .extracting(e -> ((SaldoException) e).exitCode())
        .isEqualTo(2);
  }

  private void replace(String file, String from, String to) {
    String text = files.get(file);
    assertThat(text).as(file).contains(from);
    files.put(file, text.replace(from, to));
  }

  private RunResult run(Set<RepairPolicy> repairs) throws IOException {
    return run(StudyFile.defaults().withRepairs(repairs));
  }

  private RunResult run(StudySettings settings) throws IOException {
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = dir.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue());
    }
    InputSet inputs = InputSet.find(dir, dir.resolve("areas"), settings);
    try (var engine = new DuckDbEngineFactory().create(null, "1GB", 1)) {
      return new Pipeline(engine, ProgressListener.SILENT).run(inputs, settings);
    }
  }
}
